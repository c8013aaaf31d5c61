// Keys as a terminal over a slow or busy ssh link delivers them: several in one read, and pastes. Bytes are
// written to the real program's terminal in one write each; every key of a burst must act, in order, and a
// paste must never run commands.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {startTestChronos} from './chronos.js';
import {endProgramTest, startProgram} from './program.js';
import {tmuxAvailable} from './tmux.js';

const down = '\u001B[B';
const backspace = '\u007F';

/** Names of the jobs in the list, top to bottom. */
function listedNames(screen: string): string[] {
	return screen.split('\n').flatMap(line => /\b(e2e-[\w.-]+)/.exec(line)?.[1] ?? []);
}

async function openDashboard() {
	const {chronos} = await startTestChronos();
	const {terminal} = await startProgram({width: 80, height: 24, chronos});
	return {terminal, screen: await terminal.waitFor('▶ 2 running')};
}

describe.skipIf(!tmuxAvailable())('keys in bursts and pastes, at 80x24', () => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test('four ↓ in one write move the cursor four lines', async () => {
		const {terminal, screen} = await openDashboard();
		const fifth = listedNames(screen).filter(name => !name.includes('…'))[4]!;
		await terminal.sendBytes(down.repeat(4));
		await terminal.sendKeys('Enter');
		const details = await terminal.waitFor('[fields]');
		expect(details).toContain(fifth.slice(0, 20));
	}, 30_000);

	test('two backspaces in one write delete two characters of the filter', async () => {
		const {terminal} = await openDashboard();
		await terminal.sendKeys('/');
		await terminal.waitFor('esc clear');
		await terminal.type('resnet50');
		await terminal.waitFor('/resnet50');
		await terminal.sendBytes(backspace + backspace);
		const screen = await terminal.waitFor(/\/resnet\s*$/m);
		expect(screen).not.toContain('/resnet5');
	}, 30_000);

	test('a paste of "hello Dq" into the list runs nothing and says it was ignored', async () => {
		const {terminal} = await openDashboard();
		await terminal.paste('hello Dq');
		const screen = await terminal.waitFor('Ignored pasted text');
		expect(screen).not.toContain('Delete ');
		expect(screen).toContain('▶ 2 running');
		expect(await terminal.exitStatus()).toBeUndefined();
	}, 30_000);

	test('a paste into the filter goes in whole', async () => {
		const {terminal} = await openDashboard();
		await terminal.sendKeys('/');
		await terminal.waitFor('esc clear');
		await terminal.paste('resnet');
		const screen = await terminal.waitFor('1/12');
		expect(screen).toContain('/resnet');
	}, 30_000);

	test('two Tabs in one write move two fields of the wizard and put no tab into the GPUs field', async () => {
		const {chronos} = await startTestChronos({seed: 'none'});
		const {terminal} = await startProgram({width: 80, height: 24, args: ['new'], chronos});
		await terminal.waitFor("The cluster guide's first job");
		await terminal.sendKeys('Down');
		await terminal.waitFor(/❯ The cluster guide's first job/);
		await terminal.sendKeys('Enter');
		for (let step = 3; step <= 6; step++) {
			await terminal.waitFor(`step ${step - 1}/10`);
			await terminal.sendKeys('Enter');
		}

		await terminal.waitFor(/step 6\/10 · Resources/);
		await terminal.waitFor(/› GPUs/);
		await terminal.sendBytes('\t\t');
		const screen = await terminal.waitFor(/› Memory/);
		expect(screen).toMatch(/^ +GPUs +1 max 4 per job/m);
		expect(screen).not.toContain('✗');
	}, 40_000);
});
