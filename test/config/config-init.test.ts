// `chronos-tui config init`, driven by scripted answers, against the emulator over real HTTP.
import {readFile, stat} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {configInit} from '../../source/commands/config-init.js';
import {createClient, loadConfig} from '../../source/config/index.js';
import {linePrompts, type InitPrompts} from '../../source/config/line-prompts.js';
import {startEmulator, type RunningEmulator} from '../../source/emulator/server.js';
import {tempHome, type TempHome} from './config-dir.js';

const password = 'Init-distinctive-pw';
let home: TempHome;
let chronos: RunningEmulator;

beforeEach(async () => {
	home = await tempHome();
	chronos = await startEmulator({sampleUser: 'alice', credentials: {user: 'alice', password}});
});

afterEach(async () => {
	await chronos.close();
	await home.remove();
});

function scripted(answers: string[], secrets: string[] = []): {prompts: InitPrompts; asked: string[]} {
	const asked: string[] = [];
	return {
		asked,
		prompts: {
			ask: async (question) => {
				asked.push(question);
				return answers.shift();
			},
			askSecret: async (question) => {
				asked.push(question);
				return secrets.shift();
			},
			close() {},
		},
	};
}

async function run(answers: string[], secrets: string[] = [], env: NodeJS.ProcessEnv = {}) {
	const {prompts, asked} = scripted(answers, secrets);
	const stdout = new PassThrough();
	let output = '';
	stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
	});
	const code = await configInit({env: {...home.env, ...env}, stdout, prompt: prompts});
	return {code, output, asked};
}

async function mode(path: string): Promise<number> {
	return (await stat(path)).mode & 0o777;
}

describe('config init', () => {
	it('writes a private config and password file that then work for real', async () => {
		const {code, output} = await run([chronos.url, 'alice', '1', '', 'y'], [password], {USER: 'alice'});
		expect(code).toBe(0);
		const passwordFile = join(dirname(home.configPath), 'password');
		expect(output).toContain(`Stored the password in ${passwordFile}`);
		expect(output).toMatch(/Connected to http:\/\/127\.0\.0\.1:\d+ as alice: \d+ jobs\./);
		expect(output).toContain(`Wrote ${home.configPath} (readable only by you).`);
		expect(output).not.toContain(password);

		expect(await mode(home.configPath)).toBe(0o600);
		expect(await mode(dirname(home.configPath))).toBe(0o700);
		expect(await mode(passwordFile)).toBe(0o600);
		const text = await readFile(home.configPath, 'utf8');
		expect(text).not.toContain(password);
		expect(text).toContain(`url: ${chronos.url}`);
		expect(text).toContain(`passwordFile: ${passwordFile}`);

		const config = await loadConfig({flags: {}, env: home.env});
		expect(config).toMatchObject({url: chronos.url, user: 'alice', passwordSource: 'file'});
		const client = await createClient(config);
		expect((await client.listJobs()).length).toBe(chronos.jobs().length);
	});

	it('asks again after a URL it cannot use, saying why', async () => {
		const {code, output} = await run(['chronos.example:4400', chronos.url, 'alice', '3', 'n']);
		expect(code).toBe(0);
		expect(output).toContain('"chronos.example:4400" has no http:// or https:// in front; try http://chronos.example:4400');
		const text = await readFile(home.configPath, 'utf8');
		expect(text).not.toMatch(/password(File|Command):/);
	});

	it('offers the username from the environment', async () => {
		const {asked} = await run([chronos.url, '', '3', 'n'], [], {USER: 'alice'});
		expect(asked).toContain('Username [alice]: ');
		expect(await readFile(home.configPath, 'utf8')).toContain('user: alice');
	});

	it('never overwrites an existing config without a yes', async () => {
		await home.writeConfig('url: http://old:4400\nuser: alice\n');
		const {code, output} = await run(['']);
		expect(code).toBe(1);
		expect(output).toContain(`Kept ${home.configPath} unchanged.`);
		expect(await readFile(home.configPath, 'utf8')).toBe('url: http://old:4400\nuser: alice\n');

		expect((await run(['y', chronos.url, 'alice', '3', 'n'])).code).toBe(0);
		expect(await readFile(home.configPath, 'utf8')).toContain(`url: ${chronos.url}`);
	});

	it('tests a password command and writes nothing when the connection fails and the user declines', async () => {
		const {code, output} = await run([chronos.url, 'alice', '2', 'printf wrong-password', 'y', 'n']);
		expect(code).toBe(1);
		expect(output).toContain(`Could not connect: wrong username or password for ${chronos.url} (used the password printed by passwordCommand \`printf wrong-password\`)`);
		expect(output).toContain('Nothing written: no configuration file.');
		await expect(stat(home.configPath)).rejects.toThrow();
	});

	it('uses a password command that works', async () => {
		const {code, output} = await run([chronos.url, 'alice', '2', `printf '%s\\n' '${password}'`, 'y']);
		expect(code).toBe(0);
		expect(output).toContain('Connected to');
		expect(await readFile(home.configPath, 'utf8')).toContain('passwordCommand:');
	});

	it('offers to make an existing password file private', async () => {
		const passwordFile = await home.write('secret/pw', `${password}\n`, 0o644);
		const {code} = await run([chronos.url, 'alice', '1', passwordFile, 'y', 'y']);
		expect(code).toBe(0);
		expect(await mode(passwordFile)).toBe(0o600);
	});

	it('writes no password file before the tested connection is accepted, and says exactly what was not written', async () => {
		const passwordFile = join(dirname(home.configPath), 'password');
		// The typed password is wrong; enter at "type it again" stops trying; N declines saving anyway.
		const {code, output} = await run([chronos.url, 'alice', '1', '', 'y', 'n'], ['Wrong-typed-pw', '']);
		expect(code).toBe(1);
		expect(output).toContain(`Could not connect: wrong username or password for ${chronos.url} (used the password typed above)`);
		expect(output).toContain('Nothing written: no configuration file and no password file, and the password you typed was not stored.');
		expect(output).not.toContain('Stored the password');
		expect(output).not.toContain('Wrong-typed-pw');
		await expect(stat(passwordFile)).rejects.toThrow();
		await expect(stat(home.configPath)).rejects.toThrow();
	});

	it('a second run after a declined one asks for the password again, and stores the one that works', async () => {
		const passwordFile = join(dirname(home.configPath), 'password');
		await run([chronos.url, 'alice', '1', '', 'y', 'n'], ['Wrong-typed-pw', '']);
		const second = await run([chronos.url, 'alice', '1', '', 'y'], [password]);
		expect(second.asked.some(asked => asked.includes('Type the password to store it there'))).toBe(true);
		expect(second.code).toBe(0);
		expect(second.output).toMatch(/Connected to .* as alice/);
		expect((await readFile(passwordFile, 'utf8')).trim()).toBe(password);
		expect(await mode(passwordFile)).toBe(0o600);
	});

	it('a refused password can be typed again at once; only the one that works is stored', async () => {
		const passwordFile = join(dirname(home.configPath), 'password');
		const {code, output} = await run([chronos.url, 'alice', '1', '', 'y'], ['Wrong-typed-pw', password]);
		expect(code).toBe(0);
		expect(output.indexOf('Could not connect')).toBeLessThan(output.indexOf('Connected to'));
		expect((await readFile(passwordFile, 'utf8')).trim()).toBe(password);
		expect(output).not.toContain(password);
	});

	it('names a password file Chronos refuses, and the right password typed then replaces it on saving', async () => {
		// A file left by an earlier setup, holding a wrong password: the user is never stuck with it.
		const passwordFile = await home.write('secret/pw', 'Stale-file-pw\n', 0o600);
		const {code, output, asked} = await run([chronos.url, 'alice', '1', passwordFile, 'y'], [password]);
		expect(output).toContain(`Could not connect: wrong username or password for ${chronos.url} (used the password in ${passwordFile})`);
		expect(asked).toContain(`  Type the password again; it replaces the one in ${passwordFile} once saved (hidden; enter to stop trying): `);
		expect(code).toBe(0);
		expect((await readFile(passwordFile, 'utf8')).trim()).toBe(password);
	});

	it('names the environment variable as the source of a refused password, or says it is not set', async () => {
		const wrong = await run([chronos.url, 'alice', '3', 'y', 'n'], [], {CHRONOS_PASSWORD: 'Wrong-env-pw'});
		expect(wrong.output).toContain('(used the password in the CHRONOS_PASSWORD environment variable)');
		expect(wrong.output).not.toContain('Wrong-env-pw');
		const unset = await run([chronos.url, 'alice', '3', 'y', 'n']);
		expect(unset.output).toContain('(used no password: CHRONOS_PASSWORD is not set in this shell)');
		await expect(stat(home.configPath)).rejects.toThrow();
	});

	it('stops without writing when the answers run out', async () => {
		const {code, output} = await run([chronos.url]);
		expect(code).toBe(1);
		expect(output).toContain('Cancelled; nothing written.');
		await expect(stat(home.configPath)).rejects.toThrow();
	});
});

describe('line prompts', () => {
	it('reads one answer per line from a pipe and never asks for a secret without a terminal', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		const prompts = linePrompts(input, output);
		input.write('first\r\nsec');
		const first = await prompts.ask('A? ');
		const secondPromise = prompts.ask('B? ');
		input.end('ond\n');
		expect([first, await secondPromise]).toEqual(['first', 'second']);
		expect(await prompts.ask('C? ')).toBeUndefined();
		expect(await prompts.askSecret('Password: ')).toBeUndefined();
		prompts.close();
	});
});
