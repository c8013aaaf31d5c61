// `chronos-tui emulator` in the foreground: it tells users how to point the CLI at it, serves the CLI, and
// stops cleanly on SIGTERM. A password file others can read is refused like the config's.
import {spawn} from 'node:child_process';
import {chmod, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test, vi} from 'vitest';
import {assertBuilt, cliPath} from '../helpers/built-program.js';
import {baseEnv, runCli} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let home: string;

beforeAll(async () => {
	assertBuilt();
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-emulator-'));
});

afterAll(async () => {
	await rm(home, {recursive: true, force: true});
});

function startForeground(args: string[]) {
	const child = spawn(process.execPath, [cliPath, 'emulator', ...args], {env: baseEnv(home), stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
	const listening = new Promise<string>((resolve, reject) => {
		child.stdout.on('data', () => {
			const match = /listening on (http:\/\/\S+)/.exec(stdout);
			if (match && stdout.includes('Stop with ctrl-c.')) {
				resolve(match[1]!);
			}
		});
		void exited.then((code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
	});
	return {child, listening, exited, output: () => ({stdout, stderr})};
}

test('serves the CLI, prints how to use it, and stops on SIGTERM with exit 0', async () => {
	const passwordFile = join(home, 'emulator-password');
	await writeFile(passwordFile, 'emulated-secret\n', {mode: 0o600});
	const emulator = startForeground(['--port', '0', '--user', 'alice', '--password-file', passwordFile, '--seed-jobs', '3']);
	try {
		const url = await emulator.listening;
		const {stdout} = emulator.output();
		expect(stdout).toContain(`export CHRONOS_URL=${url} CHRONOS_USER=alice`);
		expect(stdout).toContain(`export CHRONOS_PASSWORD="$(cat ${passwordFile})"`);
		expect(stdout).not.toContain('emulated-secret');

		const env = {CHRONOS_URL: url, CHRONOS_USER: 'alice', CHRONOS_PASSWORD: 'emulated-secret'};
		const listed = await runCli(['list', '--all', '--json'], {home, env});
		expect(listed.code).toBe(0);
		expect(JSON.parse(listed.stdout)).toHaveLength(3);

		const refused = await runCli(['list'], {home, env: {...env, CHRONOS_PASSWORD: 'wrong'}});
		expect(refused.code).toBe(3);
	} finally {
		emulator.child.kill('SIGTERM');
	}

	expect(await emulator.exited).toBe(0);
	expect(emulator.output().stdout).toContain('Emulator stopped (SIGTERM).');
});

test('a password file that others can read is refused with the chmod that fixes it, exit 3', async () => {
	const passwordFile = join(home, 'open-password');
	await writeFile(passwordFile, 'secret-in-the-open\n');
	await chmod(passwordFile, 0o644);
	const result = await runCli(['emulator', '--port', '0', '--password-file', passwordFile], {home});
	expect(result.code).toBe(3);
	expect(result.stderr).toBe(`chronos-tui: ${passwordFile} is readable by others; run: chmod 600 ${passwordFile}\n`);
	expect(result.stdout).toBe('');
});
