// The emulator given a state file it cannot use, a damaged one, or a username basic auth cannot carry: a clear
// line and a documented exit code, never a spinning process or exit 70. Its state file is for its owner only.
import {spawn} from 'node:child_process';
import {mkdir, mkdtemp, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {startEmulator} from '../../source/emulator/server.js';
import {eventually} from '../helpers/eventually.js';
import {assertBuilt, cliPath} from '../helpers/built-program.js';
import {baseEnv, runCli} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let home: string;

beforeAll(async () => {
	assertBuilt();
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-emulator-robust-'));
});

afterAll(async () => {
	await rm(home, {recursive: true, force: true});
});

async function emulatorWith(...args: string[]) {
	return runCli(['emulator', '--port', '0', ...args], {home});
}

describe('emulator start-up refusals', () => {
	test('a state file in a folder that cannot be made ends at once with exit 3, instead of spinning', async () => {
		const result = await emulatorWith('--state', '/proc/nope/x.json');
		expect(result.code).toBe(3);
		expect(result.stderr).toBe('chronos-tui: cannot keep emulator state in /proc/nope/x.json: cannot create /proc/nope (ENOENT)\n');
	});

	test('a damaged state file is refused with its path, exit 3', async () => {
		const path = join(home, 'damaged.json');
		await writeFile(path, '{"format":"chronos-tui-emulator-state","version":1,"jobs":[null]}');
		const result = await emulatorWith('--state', path);
		expect(result.code).toBe(3);
		expect(result.stderr).toBe(`chronos-tui: ${path} is not an emulator state file (or it is damaged); move it away to start empty\n`);

		await writeFile(path, '{not json');
		const notJson = await emulatorWith('--state', path);
		expect(notJson.code).toBe(3);
		expect(notJson.stderr).toBe(`chronos-tui: emulator state file ${path} is not valid JSON; move it away to start empty\n`);
	});

	test('a username with a colon is refused as a usage error', async () => {
		const result = await emulatorWith('--user', 'a:b');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^chronos-tui: --user "a:b" cannot be a Chronos username: it must be non-empty and hold no ':'\nusage: /);
	});
});

describe('emulator state file', () => {
	test('is written for its owner only (0600): it holds environment values', async () => {
		const path = join(home, 'state', 'kept.json');
		const emulator = await startEmulator({stateFile: path, seed: 'samples', sampleUser: 'alice'});
		try {
			const mode = await eventually('the state file to be written', async () => stat(path).then(info => info.mode & 0o777, () => undefined), (value) => value !== undefined);
			expect(mode!.toString(8)).toBe('600');
		} finally {
			await emulator.close();
		}
	});
});

describe('emulator password file', () => {
	test('a file ending in a blank line means the same password to the emulator and to the client', async () => {
		const passwordFile = join(home, 'pw-with-blank-line');
		await writeFile(passwordFile, 'Same-password\n\n', {mode: 0o600});
		const child = spawn(process.execPath, [cliPath, 'emulator', '--port', '0', '--user', 'alice', '--password-file', passwordFile], {
			env: baseEnv(home),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		try {
			let stdout = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
			const url = await eventually('the emulator to listen', () => /listening on (http:\/\/\S+)/.exec(stdout)?.[1], (found) => found !== undefined, {timeoutMs: 20_000});
			const configFolder = join(home, '.config', 'chronos-tui');
			await mkdir(configFolder, {recursive: true});
			await writeFile(join(configFolder, 'config.yaml'), `url: ${url!}\nuser: alice\npasswordFile: ${passwordFile}\n`, {mode: 0o600});
			const listed = await runCli(['list', '--all', '--json'], {home});
			expect(listed.stderr).toBe('');
			expect(listed.code).toBe(0);
		} finally {
			child.kill('SIGTERM');
		}
	});
});
