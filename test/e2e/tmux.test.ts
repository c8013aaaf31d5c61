// The terminal harness itself, checked with a tiny full-screen program, so an e2e failure always means the
// program under test misbehaved and never that keys or screens were lost on the way.
import {afterEach, describe, expect, test} from 'vitest';
import {TmuxTerminal, tmuxAvailable} from './tmux.js';
import {skipMessage} from './program.js';

// Enters the alternate screen, hides the cursor, shows its size and every key it reads; on 'q' restores the
// terminal and exits with status 7, as a well-behaved full-screen program does.
const fullScreenProgram = `
const out = process.stdout;
const show = text => out.write('\\x1b[2J\\x1b[H' + text);
out.write('\\x1b[?1049h\\x1b[?25l');
const draw = last => show('size ' + out.columns + 'x' + out.rows + '\\r\\nkey ' + JSON.stringify(last));
draw('');
out.on('resize', () => draw('resized'));
process.stdin.setRawMode(true);
process.stdin.on('data', data => {
	const text = data.toString();
	if (text === 'q') { out.write('\\x1b[?25h\\x1b[?1049l'); process.exit(7); }
	draw(text);
});
`;

describe.skipIf(!tmuxAvailable())('tmux terminal harness', () => {
	afterEach(async () => {
		await TmuxTerminal.killAll();
	});

	test('runs a program at the size asked for, sends keys and reads the screen', async () => {
		const terminal = await TmuxTerminal.start({
			width: 80,
			height: 24,
			command: [process.execPath, '-e', fullScreenProgram],
		});
		await terminal.waitFor('size 80x24');
		await terminal.type('x');
		await terminal.waitFor('key "x"');
		await terminal.sendKeys('Escape');
		await terminal.waitFor('key "\\u001b"');
		await terminal.sendKeys('Down');
		await terminal.waitFor('key "\\u001b[B"');
		expect(await terminal.terminalModes()).toEqual({alternateScreen: true, cursorVisible: false});
	});

	test('resizes the window and the program sees the new size', async () => {
		const terminal = await TmuxTerminal.start({
			width: 80,
			height: 24,
			command: [process.execPath, '-e', fullScreenProgram],
		});
		await terminal.waitFor('size 80x24');
		await terminal.resize(200, 50);
		await terminal.waitFor('size 200x50');
		expect(await terminal.size()).toEqual({width: 200, height: 50});
	});

	test('keeps the pane after exit, with the exit status and the restored terminal modes', async () => {
		const terminal = await TmuxTerminal.start({
			width: 80,
			height: 24,
			command: [process.execPath, '-e', fullScreenProgram],
		});
		await terminal.waitFor('size 80x24');
		await terminal.type('q');
		expect(await terminal.waitForExit()).toBe(7);
		expect(await terminal.terminalModes()).toEqual({alternateScreen: false, cursorVisible: true});
		expect(await terminal.capture()).not.toContain('size 80x24');
	});

	test('reaches the program itself with a signal, as an ssh drop would', async () => {
		const terminal = await TmuxTerminal.start({
			width: 80,
			height: 24,
			command: [process.execPath, '-e', fullScreenProgram],
		});
		await terminal.waitFor('size 80x24');
		process.kill(await terminal.programPid(), 'SIGHUP');
		expect(await terminal.waitForExit()).toBe(128 + 1);
	});

	test('passes the environment through, without the CI markers', async () => {
		const terminal = await TmuxTerminal.start({
			width: 80,
			height: 24,
			command: [process.execPath, '-e', 'console.log("E2E=" + process.env.E2E_MARK + " CI=" + process.env.CI); setTimeout(() => {}, 60000)'],
			env: {E2E_MARK: 'here'},
		});
		await terminal.waitFor('E2E=here CI=undefined');
	});
});

test.runIf(!tmuxAvailable())('end-to-end terminal tests need tmux', () => {
	console.warn(skipMessage);
});

describe('a machine without tmux', () => {
	const withoutTmux = {PATH: '/nonexistent'};

	test('skips the end-to-end suites on a developer machine', () => {
		expect(tmuxAvailable(withoutTmux)).toBe(false);
		expect(tmuxAvailable({...withoutTmux, CI: 'false'})).toBe(false);
	});

	test('fails them where CI is set, so a CI run cannot pass having tested nothing', () => {
		expect(() => tmuxAvailable({...withoutTmux, CI: 'true'})).toThrow(/tmux is not installed but CI is set/);
		expect(() => tmuxAvailable({...withoutTmux, CI: '1'})).toThrow(/CI is set/);
	});
});
