// The built program in a real terminal (tmux), as a user runs it: against an emulator this test owns, so
// every keystroke's effect is checked on the Chronos side too, and in demo mode.
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {startEmulator, type RunningEmulator} from '../../../source/emulator/server.js';
import {TmuxTerminal, tmuxAvailable} from '../../e2e/tmux.js';
import {assertBuilt, cleanupHomes, skipMessage, startProgram} from '../../e2e/program.js';

const user = 'alice';
const password = 'correct-horse-battery';
const bert = 'alice-bert-finetune-squad';
const tensorboard = 'alice-tensorboard-export';

if (!tmuxAvailable()) {
	console.warn(skipMessage);
}

describe.skipIf(!tmuxAvailable())('dashboard in a real terminal', () => {
	let emulator: RunningEmulator | undefined;

	beforeAll(() => {
		assertBuilt();
	});

	afterEach(async () => {
		await TmuxTerminal.killAll();
		await emulator?.close();
		emulator = undefined;
	});

	afterAll(() => {
		cleanupHomes();
	});

	async function eventually(check: () => boolean, what: string): Promise<void> {
		const deadline = Date.now() + 10_000;
		while (!check()) {
			if (Date.now() > deadline) throw new Error(`Chronos never showed: ${what}`);
			await new Promise(resolve => setTimeout(resolve, 50));
		}
	}

	for (const [width, height] of [[80, 24], [200, 50]] as const) {
		test(`${width}x${height}: filter, details, stop, rerun, delete, resize, quit`, async () => {
			emulator = await startEmulator({seed: 'samples', sampleUser: user, credentials: {user, password}});
			const chronos = emulator;
			const {terminal} = await startProgram({width, height, chronos: {url: chronos.url, user, password}});
			let screen = await terminal.waitFor('▶ 2 running');
			expect(screen).toContain(`${user} @ ${chronos.url}`);
			expect(screen).toMatch(/data as of \d\d:\d\d:\d\d/);
			expect(await terminal.terminalModes()).toMatchObject({alternateScreen: true});

			// Filter down to one job.
			await terminal.sendKeys('/');
			await terminal.type('bert');
			await terminal.waitFor('1/12');
			await terminal.sendKeys('Enter');

			// Details, then back.
			await terminal.sendKeys('Enter');
			screen = await terminal.waitFor('[fields]');
			expect(screen).toContain('BERT base fine-tuning on SQuAD v2');
			await terminal.sendKeys('Escape');
			await terminal.waitFor('1/12');

			// Stop the running job: Cancel is focused, so tab to Stop first.
			await terminal.waitFor(/▶ running\s+alice-bert/);
			await terminal.sendKeys('s');
			screen = await terminal.waitFor(`Stop ${bert}?`);
			expect(screen).toContain('▸ Cancel ◂');
			await terminal.sendKeys('Tab', 'Enter');
			await terminal.waitFor(`Stopped the running tasks of ${bert}`);
			await eventually(() => !/running/.test(chronos.summary(bert)!.state), `${bert} no longer running`);

			// Rerun it.
			await terminal.sendKeys('r');
			await terminal.waitFor(`Run ${bert} now?`);
			await terminal.sendKeys('Enter');
			await terminal.waitFor(`Asked Chronos to run ${bert} now`);
			await eventually(() => /running|queued/.test(chronos.summary(bert)!.state), `${bert} queued or running again`);

			// Delete another job, typing its name to confirm.
			await terminal.sendKeys('/');
			await terminal.sendKeys('C-u');
			await terminal.type('tensorboard');
			await terminal.waitFor('1/12');
			await terminal.sendKeys('Enter', 'D');
			await terminal.waitFor(`Delete ${tensorboard}?`);
			await terminal.sendKeys('Enter');
			expect(chronos.job(tensorboard)).toBeDefined();
			await terminal.type(tensorboard);
			await terminal.sendKeys('Enter');
			await terminal.waitFor(`Deleted ${tensorboard}`);
			expect(chronos.job(tensorboard)).toBeUndefined();
			await terminal.sendKeys('/', 'Escape');
			await terminal.waitFor('11/11');

			// Resize: too small, then back.
			await terminal.resize(70, 20);
			await terminal.waitFor('(have 70x20, need 80x24)');
			await terminal.resize(width, height);
			screen = await terminal.waitFor('11/11');
			expect(screen.split('\n').filter(line => line.trim() !== '').length).toBeLessThanOrEqual(height);
			expect(screen).not.toContain(password);

			await terminal.sendKeys('q');
			expect(await terminal.waitForExit()).toBe(0);
			expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
		}, 90_000);
	}

	test('demo mode says DEMO and restores the terminal on SIGTERM', async () => {
		const {terminal} = await startProgram({width: 100, height: 30, args: ['demo']});
		await terminal.waitFor('[DEMO]');
		await terminal.waitFor('12/12');
		process.kill(await terminal.programPid(), 'SIGTERM');
		expect(await terminal.waitForExit()).toBe(143);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
	}, 30_000);

	for (const [signal, status, why] of [['SIGHUP', 129, 'the ssh connection drops'], ['SIGINT', 130, 'kill -INT comes from outside']] as const) {
		test(`restores the terminal when ${why} (${signal})`, async () => {
			const {terminal} = await startProgram({width: 80, height: 24, args: ['demo']});
			await terminal.waitFor('[DEMO]');
			process.kill(await terminal.programPid(), signal);
			expect(await terminal.waitForExit()).toBe(status);
			expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
		}, 30_000);
	}

	test('NO_COLOR turns every colour off; symbols and words still tell the states apart', async () => {
		const {terminal} = await startProgram({width: 100, height: 30, args: ['demo'], env: {NO_COLOR: '1'}});
		await terminal.waitFor('▶ 2 running');
		const screen = await terminal.capture({colours: true});
		// Foreground colours are SGR 30-37 and 90-97 (alone or after other attributes).
		expect(screen).not.toMatch(/\u001B\[(?:[\d;]*;)?(?:3[0-7]|9[0-7])(?:;[\d;]*)?m/);
		expect(screen).toContain('✗ failed');
		expect(screen).toContain('⏸ disabled');
	}, 30_000);

	test('ctrl-c quits and restores the terminal', async () => {
		const {terminal} = await startProgram({width: 80, height: 24, args: ['demo']});
		await terminal.waitFor('12/12');
		await terminal.sendKeys('C-c');
		expect(await terminal.waitForExit()).toBe(0);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
	}, 30_000);
});
