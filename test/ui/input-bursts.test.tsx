// The dashboard fed as terminals deliver keys: several in one read, pastes whole or cut in two.
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectedName, selectJob} from './dashboard-harness.js';

const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

/** A burst is a screen drawn per key: on a loaded machine that takes longer than one key's wait. */
const burstWait = 15_000;

afterEach(closeDashboards);

describe('keys that arrive together', {timeout: 30_000}, () => {
	it('moves four lines for four ↓ in one read, and back up for PgUp', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		const first = selectedName(terminal.lastFrame());
		terminal.stdin.write(keys.down.repeat(4));
		const names = terminal.lastFrame().split('\n').flatMap(line => /alice-[\w.-]+/.exec(line)?.[0] ?? []);
		await terminal.waitFor(text => selectedName(text) === names[4], burstWait);
		terminal.stdin.write(keys.pageUp);
		await terminal.waitFor(text => selectedName(text) === first);
	});

	it('deletes two characters of the filter for two backspaces in one read', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		terminal.stdin.write('/cifar10x');
		await terminal.waitFor('/cifar10x', burstWait);
		terminal.stdin.write(keys.backspace + keys.backspace + '0');
		const frame = await terminal.waitFor('filter "cifar10"', burstWait);
		expect(frame).toContain('3/12');
	});
});

describe('pasted text is text, never commands', {timeout: 30_000}, () => {
	it('ignores a paste into the list with a message, running none of its letters', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		terminal.stdin.write(paste('hello Dq'));
		const frame = await terminal.waitFor('Ignored pasted text');
		expect(frame).not.toContain('Delete ');
		expect(dashboard.quits).toBe(0);
		terminal.stdin.write(paste('sy'));
		await terminal.press('j');
		expect(terminal.lastFrame()).not.toContain('Stop ');
		expect(dashboard.copied).toEqual([]);
	});

	it('puts a paste cut across two reads whole into the filter', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		await terminal.press('/');
		terminal.stdin.write('\u001B[200~cif');
		terminal.stdin.write(`ar\r${'\u001B[201~'}`);
		const frame = await terminal.waitFor('filter "cifar "');
		// The line break in the paste did not keep the filter: the prompt is still open.
		expect(frame).toContain('esc clear');
	});

	it('puts pasted arguments into the rerun prompt and a pasted name into the delete prompt', async () => {
		const dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		// An idle job: a running one that allows no overlap is refused before the prompt opens.
		await selectJob(dashboard, 'alice-hyperparam');
		await terminal.press('r');
		await terminal.waitFor('arguments:');
		terminal.stdin.write(paste('--epochs 3') + paste(' --lr 0.1'));
		await terminal.waitFor('arguments: --epochs 3 --lr 0.1');
		await terminal.press(keys.esc);
		await terminal.press('D');
		await terminal.waitFor('name:');
		const name = selectedName(terminal.lastFrame())!;
		terminal.stdin.write(paste(name));
		await terminal.waitFor('enter deletes the job');
		await terminal.press(keys.enter);
		await terminal.waitFor(`Deleted ${name}`);
		expect(emulator.summary(name)).toBeUndefined();
	});
});
