// Chronos refuses the password: the dashboard says so and names where that password came from, stops
// polling, and offers a masked field for another password (typed or pasted) that is used for this run only,
// against the emulator with auth over real HTTP. No frame ever holds a password.
import {afterEach, describe, expect, it} from 'vitest';
import {forgetSecrets} from '../../source/text/secrets.js';
import {openDashboard, type Dashboard} from './dashboard-harness.js';
import {keys} from './terminal.js';

const right = 'horse-battery-staple';
const wrong = 'tr0ub4dor-and-3';
const origin = 'password from the password file /home/alice/.config/chronos-tui/password';

let dashboard: Dashboard | undefined;
afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
	forgetSecrets();
});

async function refusedDashboard(): Promise<Dashboard> {
	dashboard = await openDashboard({
		emulator: {credentials: {user: 'alice', password: right}},
		client: {user: 'alice', password: wrong, passwordOrigin: origin},
		readyText: 'Chronos refused the password',
		size: {columns: 120, rows: 30},
	});
	return dashboard;
}

const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

function everyFrame(d: Dashboard): string {
	return d.terminal.stdout.frames.join('\n');
}

describe('a refused password in the dashboard', () => {
	it('says the password was refused and where it came from, and polls no more', async () => {
		const d = await refusedDashboard();
		const frame = d.terminal.lastFrame();
		expect(frame).toContain('/home/alice/.config/chronos-tui/password');
		expect(frame).toContain('polling stopped so the account is not locked');
		expect(frame).toContain('password:');
		expect(frame).toContain('enter tries it');
		expect(frame).not.toContain('alice-bert-finetune');
		expect(everyFrame(d)).not.toContain(wrong);
	});

	it('takes a new password typed in a burst, shows only dots, and the jobs appear', async () => {
		const d = await refusedDashboard();
		// A fast typist over ssh: the whole password arrives in one read.
		d.terminal.stdin.write(right);
		await d.terminal.waitFor('•'.repeat(right.length));
		expect(d.terminal.lastFrame()).not.toContain(right);
		await d.terminal.press(keys.enter);
		await d.terminal.waitFor(frame => frame.includes('alice-bert-finetune') && frame.includes('saved nowhere'), 10_000);
		expect(d.terminal.lastFrame()).not.toContain('refused');
		expect(everyFrame(d)).not.toContain(right);
		expect(everyFrame(d)).not.toContain(wrong);
	});

	it('takes a pasted password, line break and all, as the password alone', async () => {
		const d = await refusedDashboard();
		await d.terminal.press(paste(`${right}\n`));
		await d.terminal.waitFor('•'.repeat(right.length));
		await d.terminal.press(keys.enter);
		await d.terminal.waitFor('alice-bert-finetune', 10_000);
		expect(everyFrame(d)).not.toContain(right);
	});

	it('says so again when the new password is refused too, naming it as the one typed here', async () => {
		const d = await refusedDashboard();
		const another = 'still-not-the-one';
		d.terminal.stdin.write(another);
		await d.terminal.waitFor('•'.repeat(another.length));
		await d.terminal.press(keys.enter);
		const frame = await d.terminal.waitFor('Chronos refused the password again', 10_000);
		expect(frame).toContain('password typed in the dashboard');
		// The field is empty again, and the first password's source is no longer claimed.
		expect(frame).not.toContain('•');
		d.terminal.stdin.write(right);
		await d.terminal.waitFor('•'.repeat(right.length));
		await d.terminal.press(keys.enter);
		await d.terminal.waitFor('alice-bert-finetune', 10_000);
		expect(everyFrame(d)).not.toContain(another);
		expect(everyFrame(d)).not.toContain(right);
	});

	it('closes with esc, keeping polling stopped, opens again when ctrl+r is refused, and ctrl+c quits', async () => {
		const d = await refusedDashboard();
		await d.terminal.press(keys.esc);
		let frame = await d.terminal.waitFor(current => !current.includes('password:'));
		expect(frame).toContain('ctrl+r tries the same password again');
		expect(frame).toContain('polling stopped so the account is not locked');
		// The empty list says what happened, not that Chronos could not be reached: it answered, and refused.
		expect(frame).toContain('No data: Chronos refused the password');
		expect(frame).not.toContain('could not be reached');
		await d.terminal.press(keys.ctrlR);
		frame = await d.terminal.waitFor('Chronos refused the password again', 10_000);
		expect(frame).toContain('/home/alice/.config/chronos-tui/password');
		await d.terminal.press(keys.ctrlC);
		expect(d.quits).toBe(1);
	});
});
