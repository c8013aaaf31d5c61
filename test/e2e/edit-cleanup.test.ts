// The `e` flow's temporary folder holds the job's YAML with its environment values: it is gone when the
// program ends, whether by q or by a signal (the ssh connection dropped while the editor was open).
import {chmod, mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {aliceJob, password, startWorld, user, type CliWorld} from '../commands/cli-harness.js';
import {eventually} from '../helpers/eventually.js';
import {cleanupHomes, freshHome, startProgram} from './program.js';
import {TmuxTerminal, tmuxAvailable} from './tmux.js';

vi.setConfig({testTimeout: 60_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	await world.client.saveJob(aliceJob('alice-edit-me', {schedule: 'R1/2099-01-01T00:00:00.000Z/P1Y'}));
});

afterEach(async () => {
	await TmuxTerminal.killAll();
});

afterAll(async () => {
	await world.close();
	cleanupHomes();
});

/** An editor that notes which file it was given, changes the command, and takes `seconds` to close. */
async function recordingEditor(home: string, seconds: number): Promise<string> {
	const script = join(home, 'editor.sh');
	await writeFile(script, `#!/bin/sh\necho "$1" > "$HOME/edited-path"\nsed -i 's/nvidia-smi/nvidia-smi -L/' "$1"\nsleep ${seconds}\n`);
	await chmod(script, 0o755);
	return script;
}

async function editFolders(home: string): Promise<string[]> {
	return (await readdir(join(home, 'tmp'))).filter((name) => name.startsWith('chronos-tui-edit-'));
}

async function openEditor(seconds: number) {
	const home = freshHome();
	await mkdir(join(home, 'tmp'));
	const editor = await recordingEditor(home, seconds);
	const program = await startProgram({
		width: 100,
		height: 24,
		home,
		chronos: {url: world.emulator.url, user, password},
		env: {EDITOR: editor, VISUAL: undefined, TMPDIR: join(home, 'tmp')},
	});
	await program.terminal.waitFor('alice-edit-me');
	await program.terminal.sendKeys('e');
	const edited = await eventually('the editor to open the file', async () => readFile(join(home, 'edited-path'), 'utf8').catch(() => ''), (text) => text !== '', {timeoutMs: 20_000});
	expect(await editFolders(home)).toHaveLength(1);
	return {...program, edited: edited.trim()};
}

describe.skipIf(!tmuxAvailable())('temporary edit files', () => {
	test('are removed when the program is quit after a cancelled edit', async () => {
		const {terminal, home} = await openEditor(0);
		await terminal.waitFor('nvidia-smi -L');
		await terminal.sendKeys('Escape');
		await terminal.waitForGone('nvidia-smi -L');
		await terminal.sendKeys('q');
		await terminal.waitForExit(20_000);
		expect(await editFolders(home)).toEqual([]);
	});

	test.each([
		['the terminal hangs up', 'SIGHUP', 129],
		['the program is told to end', 'SIGTERM', 143],
	] as const)('are removed when %s (%s) while the editor is open', async (_when, signal, exitCode) => {
		const {terminal, home} = await openEditor(3);
		process.kill(await terminal.programPid(), signal);
		expect(await terminal.waitForExit(20_000)).toBe(exitCode);
		expect(await editFolders(home)).toEqual([]);
	});
});
