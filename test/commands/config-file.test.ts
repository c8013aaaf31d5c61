// The setup a ReCaS user really has: a config file naming a private password file, no environment
// variables. Also what a timeout, a refused password and a config file others can read look like.
import {chmod, mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {aliceJob, password, startWorld, user, type CliWorld} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;
let configPath: string;
const noEnvironment = {CHRONOS_URL: undefined, CHRONOS_USER: undefined, CHRONOS_PASSWORD: undefined};

beforeAll(async () => {
	world = await startWorld();
	await world.client.saveJob(aliceJob('alice-from-config', {schedule: 'R1/2099-01-01T00:00:00.000Z/P1Y'}));
	const folder = join(world.home, '.config', 'chronos-tui');
	await mkdir(folder, {recursive: true});
	const passwordFile = join(world.home, '.chronos-password');
	await writeFile(passwordFile, `${password}\n`, {mode: 0o600});
	configPath = join(folder, 'config.yaml');
	await writeFile(
		configPath,
		`url: ${world.emulator.url}\nuser: ${user}\npasswordFile: ~/.chronos-password\ntimeoutSeconds: 1\n`,
		{mode: 0o600},
	);
});

afterAll(async () => {
	await world.close();
});

describe('with a config file', () => {
	test('list reads URL, user and password from the config and the password file', async () => {
		const result = await world.cli(['list'], {env: noEnvironment});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('alice-from-config');
		expect(result.stdout + result.stderr).not.toContain(password);
	});

	test('a Chronos slower than timeoutSeconds exits 4 and says it did not answer', async () => {
		world.emulator.setFaults({latencyMs: 2500});
		try {
			const result = await world.cli(['show', 'alice-from-config'], {env: noEnvironment});
			expect(result.code).toBe(4);
			expect(result.stderr).toMatch(/^chronos-tui: .*did not answer.*\n$/);
		} finally {
			world.emulator.setFaults({latencyMs: 0});
		}
	});

	test('a refused password from the password file names that file, never the password', async () => {
		const passwordFile = join(world.home, '.chronos-password');
		await writeFile(passwordFile, 'an-old-password\n', {mode: 0o600});
		try {
			const result = await world.cli(['list'], {env: noEnvironment});
			expect(result.code).toBe(3);
			expect(result.stderr).toBe(`chronos-tui: wrong username or password for ${world.emulator.url} (password from the password file ${passwordFile})\n`);
			expect(result.stdout + result.stderr).not.toContain('an-old-password');
		} finally {
			await writeFile(passwordFile, `${password}\n`, {mode: 0o600});
		}
	});

	test('a config file others can read is refused with the chmod that fixes it, exit 3', async () => {
		await chmod(configPath, 0o644);
		try {
			const result = await world.cli(['list'], {env: noEnvironment});
			expect(result.code).toBe(3);
			expect(result.stderr).toContain(`chmod 600 ${configPath}`);
			expect(result.stdout).toBe('');
		} finally {
			await chmod(configPath, 0o600);
		}
	});
});
