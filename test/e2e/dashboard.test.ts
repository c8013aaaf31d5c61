// The dashboard as a user drives it: the built program in a real terminal (tmux) at 80x24 and 200x50,
// against an emulator in this process. Each action is checked twice: on the screen, and on the server.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {startTamperingServer, type TamperingServer} from '../helpers/tampering-proxy.js';
import {e2ePassword, e2eUser, eventually, startTestChronos} from './chronos.js';
import {endProgramTest, skipMessage, startProgram} from './program.js';
import {tmuxAvailable, type TmuxTerminal} from './tmux.js';

const sizes = [
	{width: 80, height: 24},
	{width: 200, height: 50},
];

const bert = 'e2e-bert-finetune-squad';
const resnet = 'e2e-resnet50-imagenet-training';
const tensorboard = 'e2e-tensorboard-export';
const yolo = 'e2e-yolo-inference-benchmark';

async function openDashboard(width: number, height: number) {
	const {emulator, chronos} = await startTestChronos();
	const {terminal} = await startProgram({width, height, chronos});
	await terminal.waitFor('e2e-resnet50');
	return {emulator, terminal, url: chronos.url};
}

/**
 * Types a filter and keeps it, waiting for each step to show, as a user watching the screen would. Keys are
 * never sent ahead of the screen: two keys that reach the program in one read count as one pasted string.
 */
async function filterTo(terminal: TmuxTerminal, text: string): Promise<void> {
	await terminal.sendKeys('/');
	await terminal.waitFor('esc clear');
	await terminal.type(text);
	await terminal.waitFor(`/${text}`);
	await terminal.sendKeys('Enter');
	// Back in the list, the hint bar offers to clear the filter that is now applied.
	await terminal.waitFor('esc clear filter');
}

/** Rows of the job list (lines with a state word), so header and hints never count as jobs. */
function listedJobs(screen: string): string[] {
	return screen.split('\n').filter(line => /\be2e-[\w.-]+/.test(line) && /running|queued|succeeded|finished|failed|disabled|idle|never/.test(line));
}

describe.skipIf(!tmuxAvailable()).each(sizes)('dashboard at $width x $height', ({width, height}) => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test('fills the terminal exactly: header on the first line, key hints on the last', async () => {
		const {terminal, url} = await openDashboard(width, height);
		await terminal.waitFor('data as of');
		const screen = await terminal.waitFor('▶ 2 running');
		const lines = screen.replace(/\n$/, '').split('\n');
		expect(lines).toHaveLength(height);
		expect(lines[0]).toContain('chronos-tui');
		expect(screen).toContain(`${e2eUser} @ ${url}`);
		expect(screen).toMatch(/data as of \d\d:\d\d:\d\d/);
		expect(lines.at(-1)).toMatch(/q quit/);
		expect(lines.every(line => [...line].length <= width)).toBe(true);
		expect(listedJobs(screen)).toHaveLength(12);
		expect(screen).not.toContain(e2ePassword);
	}, 30_000);

	test('filters by name, opens the details of the one job left, and goes back', async () => {
		const {terminal} = await openDashboard(width, height);
		await filterTo(terminal, 'resnet');
		const filtered = await terminal.waitFor('1/12');
		expect(listedJobs(filtered)).toHaveLength(1);
		expect(filtered).not.toContain('e2e-bert');

		await terminal.sendKeys('Enter');
		const details = await terminal.waitFor(/command\s+cd \/lustre\/home\/e2e\/resnet/);
		expect(details).toContain(resnet);
		expect(details).toContain('[fields]');
		expect(details).toMatch(/description\s+ResNet-50 on ImageNet/);

		await terminal.sendKeys('Escape');
		const back = await terminal.waitForGone(/command\s+cd \/lustre/);
		expect(back).toContain('1/12');
		expect(listedJobs(back)).toHaveLength(1);
	}, 30_000);

	test('stop asks first with Cancel focused, then stops the running job; rerun runs it again', async () => {
		const {emulator, terminal} = await openDashboard(width, height);
		await eventually(`${bert} running`, () => emulator.summary(bert)?.state, state => state === 'running', {terminal});
		await filterTo(terminal, 'bert');
		await terminal.waitFor(/running\s+e2e-bert/);

		// Enter on the fresh dialog presses Cancel: nothing happens to the job.
		await terminal.sendKeys('s');
		const dialog = await terminal.waitFor(`Stop ${bert}?`);
		expect(dialog).toContain('▸ Cancel ◂');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('was not stopped');
		expect(emulator.summary(bert)?.state).toBe('running');

		await terminal.sendKeys('s');
		await terminal.waitFor(`Stop ${bert}?`);
		await terminal.sendKeys('Tab');
		await terminal.waitFor(/▸ Stop/);
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`Stopped the running tasks of ${bert}`);
		await eventually(`${bert} stopped`, () => emulator.summary(bert)?.state, state => state === 'idle', {terminal});
		await terminal.waitForGone(/running\s+e2e-bert/);
		expect(emulator.job(bert)).toBeDefined();

		await terminal.sendKeys('r');
		await terminal.waitFor(`Run ${bert} now?`);
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`Asked Chronos to run ${bert} now`);
		await eventually(`${bert} queued or running again`, () => emulator.summary(bert)?.state, state => state === 'queued' || state === 'running', {terminal});
		await terminal.waitFor(/(queued|running)\s+e2e-bert/);
	}, 45_000);

	test('delete needs the exact job name typed; a wrong name deletes nothing', async () => {
		const {emulator, terminal} = await openDashboard(width, height);
		await filterTo(terminal, 'tensorboard');
		await terminal.waitFor('1/12');

		await terminal.sendKeys('D');
		await terminal.waitFor(`Delete ${tensorboard}?`);
		await terminal.waitFor('Type its name to confirm');
		await terminal.type('e2e-tensorboard');
		await terminal.waitFor('name: e2e-tensorboard');
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`type ${tensorboard} to enable delete`);
		expect(emulator.job(tensorboard)).toBeDefined();

		await terminal.type('-export');
		await terminal.waitFor(`name: ${tensorboard}`);
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`Deleted ${tensorboard}`);
		await eventually(`${tensorboard} deleted`, () => emulator.job(tensorboard), job => job === undefined, {terminal});
		const after = await terminal.waitFor('0/11');
		expect(listedJobs(after)).toHaveLength(0);
		expect(emulator.jobs()).toHaveLength(11);

		// Clearing the filter shows every job left.
		await terminal.sendKeys('/');
		await terminal.waitFor('esc clear');
		await terminal.sendKeys('Escape');
		const all = await terminal.waitFor('11/11');
		expect(listedJobs(all)).toHaveLength(11);
	}, 30_000);

	test('follows resizes, says when the window is too small, and never draws past the last row', async () => {
		const {terminal} = await openDashboard(width, height);
		const other = width === 80 ? {width: 200, height: 50} : {width: 80, height: 24};
		await terminal.resize(other.width, other.height);
		// Names come first: the full names fit at 80 columns as at 200, while other columns give way.
		let screen = await terminal.waitFor(other.width === 200 ? 'LAST RESULT' : /NAME↓\s+GPU/);
		expect(screen).toContain(resnet);
		expect(screen.replace(/\n$/, '').split('\n')).toHaveLength(other.height);
		expect(screen.split('\n')[0]).toContain('chronos-tui');
		expect(listedJobs(screen)).toHaveLength(12);

		await terminal.resize(60, 20);
		screen = await terminal.waitFor('Terminal too small');
		expect(screen).toContain('have 60x20, need 80x24');

		await terminal.resize(width, height);
		screen = await terminal.waitUntil(
			text => listedJobs(text).length === 12 && text.split('\n')[0]!.includes('chronos-tui'),
			'the list back at the first size',
		);
		expect(screen.replace(/\n$/, '').split('\n')).toHaveLength(height);
	}, 30_000);

	test('q quits with status 0 and gives the terminal back: main screen, cursor shown', async () => {
		const {terminal} = await openDashboard(width, height);
		expect((await terminal.terminalModes()).alternateScreen).toBe(true);
		await terminal.sendKeys('q');
		expect(await terminal.waitForExit()).toBe(0);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
		expect(await terminal.capture()).not.toContain('e2e-resnet50');
	}, 30_000);
});

describe.skipIf(!tmuxAvailable())('rerun that Chronos would drop', () => {
	let server: TamperingServer | undefined;
	afterEach(async () => {
		await endProgramTest();
		await server?.close();
		server = undefined;
	});

	/** The message on the status line, which wraps at 80 columns: the screen with its line breaks folded. */
	const folded = (screen: string) => screen.replaceAll(/\s+/g, ' ');

	test('r on a disabled job and on a running job without overlap is refused with the reason; nothing is sent', async () => {
		// Every request the program makes passes a proxy that records it: a refused run must never reach Chronos.
		const seen: string[] = [];
		server = await startTamperingServer(job => job, {seed: 'samples', sampleUser: e2eUser, credentials: {user: e2eUser, password: e2ePassword}}, async request => {
			seen.push(`${request.method} ${request.url}`);
		});
		const {emulator} = server;
		const {terminal} = await startProgram({width: 80, height: 24, chronos: {url: server.url, user: e2eUser, password: e2ePassword}});
		await terminal.waitFor('e2e-resnet50');
		const runRequests = () => seen.filter(request => /^PUT .*\/scheduler\/job\//.test(request));

		await filterTo(terminal, 'yolo');
		await terminal.waitFor(/disabled\s+e2e-yolo/);
		await terminal.sendKeys('r');
		let screen = await terminal.waitUntil(
			text => folded(text).includes(`Not run: ${yolo} is disabled, so Chronos would drop the run (e edits it: set disabled to false)`),
			'the refusal of a disabled job',
		);
		expect(screen).not.toContain(`Run ${yolo} now?`);
		expect(folded(screen)).not.toContain('Asked Chronos to run');

		await eventually(`${bert} running`, () => emulator.summary(bert)?.state, state => state === 'running', {terminal});
		await terminal.sendKeys('Escape');
		await terminal.waitFor('12/12');
		await filterTo(terminal, 'bert');
		await terminal.waitFor(/running\s+e2e-bert/);
		await terminal.sendKeys('r');
		screen = await terminal.waitUntil(
			text => folded(text).includes(`Not run: ${bert} is already running and does not allow overlapping runs, so Chronos would drop this one (s stops it)`),
			'the refusal of a running job',
		);
		expect(screen).not.toContain(`Run ${bert} now?`);
		expect(runRequests()).toEqual([]);
		expect(emulator.summary(yolo)?.state).toBe('idle');
	}, 45_000);
});

describe.skipIf(!tmuxAvailable())('demo mode', () => {
	afterEach(endProgramTest);

	test('`chronos-tui demo` needs no configuration: DEMO in the header, the sample jobs, q leaves', async () => {
		const {terminal} = await startProgram({width: 80, height: 24, args: ['demo']});
		const screen = await terminal.waitFor('demo-resnet50');
		expect(screen.split('\n')[0]).toContain('[DEMO]');
		expect(screen).toContain('12/12');
		await terminal.sendKeys('q');
		expect(await terminal.waitForExit()).toBe(0);
		expect((await terminal.terminalModes()).alternateScreen).toBe(false);
	}, 30_000);

	test('NO_COLOR turns every colour off; symbols and words still tell the states apart', async () => {
		const {terminal} = await startProgram({width: 100, height: 30, args: ['demo'], env: {NO_COLOR: '1'}});
		await terminal.waitFor('▶ 2 running');
		const screen = await terminal.capture({colours: true});
		// Foreground colours are SGR 30-37 and 90-97 (alone or after other attributes).
		expect(screen).not.toMatch(/\u001B\[(?:[\d;]*;)?(?:3[0-7]|9[0-7])(?:;[\d;]*)?m/);
		expect(screen).toContain('✗ failed');
		expect(screen).toContain('⏸ disabled');
	}, 30_000);
});

describe.skipIf(!tmuxAvailable())('dashboard leaving on signals', () => {
	afterEach(endProgramTest);

	test.each([
		{signal: 'SIGTERM' as const, status: 143},
		{signal: 'SIGHUP' as const, status: 129},
		{signal: 'SIGINT' as const, status: 130},
	])('$signal restores the terminal and exits with $status', async ({signal, status}) => {
		const {terminal} = await openDashboard(80, 24);
		process.kill(await terminal.programPid(), signal);
		expect(await terminal.waitForExit()).toBe(status);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
		expect(await terminal.capture()).not.toContain('e2e-resnet50');
	}, 30_000);

	test('ctrl-c quits like q', async () => {
		const {terminal} = await openDashboard(80, 24);
		await terminal.sendKeys('C-c');
		expect(await terminal.waitForExit()).toBe(0);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
	}, 30_000);
});

test.runIf(!tmuxAvailable())('dashboard end-to-end tests need tmux', () => {
	console.warn(skipMessage);
});
