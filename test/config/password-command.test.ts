// passwordCommand takes the first line and ends the command's whole process group: background processes
// neither hold the program nor outlive it, and a command that never answers is killed with its children.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runPasswordCommand} from '../../source/config/password.js';
import {eventually} from '../ui/terminal.js';

let folder: string;

beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'chronos-pwcmd-'));
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function backgroundPid(): Promise<number> {
	return Number((await readFile(join(folder, 'pid'), 'utf8')).trim());
}

describe('passwordCommand', () => {
	it('answers with the first line without waiting for what it left in the background, and ends it', async () => {
		const password = await runPasswordCommand(`sleep 100 & echo $! > ${folder}/pid; echo Pw-now`);
		expect(password).toBe('Pw-now');
		const pid = await backgroundPid();
		await eventually(() => alive(pid), (running) => !running);
	});

	it('kills a command that never answers, with every process it started', async () => {
		await expect(runPasswordCommand(`sleep 100 & echo $! > ${folder}/pid; sleep 100`, 500)).rejects.toThrow(
			'passwordCommand did not finish within 0.5 s',
		);
		const pid = await backgroundPid();
		await eventually(() => alive(pid), (running) => !running);
	});

	it('still reports a failing command by its exit status, not by what it printed', async () => {
		await expect(runPasswordCommand('echo Leaky-output; exit 3')).rejects.toThrow('passwordCommand failed with exit status 3; run it yourself to see why');
	});

	it('takes a password printed without a line break', async () => {
		expect(await runPasswordCommand("printf 'Pw-no-newline'")).toBe('Pw-no-newline');
	});
});
