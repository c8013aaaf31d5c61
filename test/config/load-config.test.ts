// Loading the configuration from real files in a temporary home, with real file modes.
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigError, defaultConfigPath, loadConfig, type LoadConfigOptions} from '../../source/config/index.js';
import {recasProfile} from '../../source/jobs/profile.js';
import {tempHome, type TempHome} from './config-dir.js';

let home: TempHome;

beforeEach(async () => {
	home = await tempHome();
});

afterEach(async () => {
	await home.remove();
});

function load(overrides: Partial<LoadConfigOptions> = {}, env: NodeJS.ProcessEnv = {}) {
	return loadConfig({flags: {}, env: {...home.env, ...env}, terminal: {input: nonTerminal(), output: sink()}, ...overrides});
}

async function configError(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as Error).name).toBe('ConfigError');
		expect((error as Error).message).not.toContain('\n');
		return (error as Error).message;
	}

	throw new Error('expected a ConfigError');
}

function nonTerminal() {
	return Object.assign(new PassThrough(), {isTTY: false});
}

function sink() {
	return new PassThrough();
}

describe('where the configuration comes from', () => {
	it('lives under XDG_CONFIG_HOME, else ~/.config', () => {
		expect(defaultConfigPath({HOME: '/home/alice'})).toBe('/home/alice/.config/chronos-tui/config.yaml');
		expect(defaultConfigPath({HOME: '/home/alice', XDG_CONFIG_HOME: '/xdg'})).toBe('/xdg/chronos-tui/config.yaml');
	});

	it('without any configuration, points to config init and demo', async () => {
		const message = await configError(load());
		expect(message).toContain(home.configPath);
		expect(message).toContain('chronos-tui config init');
		expect(message).toContain('chronos-tui demo');
	});

	it('reads the file with the documented defaults', async () => {
		await home.writeConfig('url: http://chronos.recas.ba.infn.it:4400/\nuser: alice\n');
		const config = await load();
		expect(config).toMatchObject({
			url: 'http://chronos.recas.ba.infn.it:4400',
			user: 'alice',
			configPath: home.configPath,
			pollIntervalMs: 2000,
			timeoutMs: 10_000,
			passwordSource: 'none',
		});
		expect(config.profile).toEqual(recasProfile);
		expect(await config.getPassword()).toBeUndefined();
	});

	it('lets the environment override the file, and flags override the environment', async () => {
		await home.writeConfig('url: http://file:4400\nuser: alice\n');
		const fromEnv = await load({}, {CHRONOS_URL: 'http://env:4400', CHRONOS_USER: 'bob'});
		expect([fromEnv.url, fromEnv.user]).toEqual(['http://env:4400', 'bob']);
		const fromFlags = await load({flags: {url: 'https://flag:4443', user: 'carol'}}, {CHRONOS_URL: 'http://env:4400', CHRONOS_USER: 'bob'});
		expect([fromFlags.url, fromFlags.user]).toEqual(['https://flag:4443', 'carol']);
	});

	it('works from the environment alone when there is no file', async () => {
		const config = await load({}, {CHRONOS_URL: 'http://env:4400', CHRONOS_USER: 'bob', CHRONOS_PASSWORD: 'pw'});
		expect(config.configPath).toBeUndefined();
		expect(config.passwordSource).toBe('env');
		expect(await config.getPassword()).toBe('pw');
	});

	it('reads the file named by --config or CHRONOS_CONFIG, and says when it is missing', async () => {
		const other = await home.write('elsewhere/chronos.yaml', 'url: http://other:4400\nuser: dora\n');
		expect((await load({flags: {config: other}})).url).toBe('http://other:4400');
		expect((await load({}, {CHRONOS_CONFIG: other})).user).toBe('dora');
		expect(await configError(load({flags: {config: `${home.home}/nope.yaml`}}))).toBe(`config file ${home.home}/nope.yaml does not exist`);
	});

	it('asks for a username when none is given anywhere', async () => {
		await home.writeConfig('url: http://file:4400\n');
		expect(await configError(load())).toContain('no username: add "user: <your ReCaS username>"');
	});
});

describe('mistakes in the file', () => {
	it('points at YAML syntax errors with line and column', async () => {
		await home.writeConfig('url: http://x:4400\nuser: [alice\n');
		expect(await configError(load())).toMatch(new RegExp(`^${home.configPath}:\\d+:\\d+: `));
	});

	it('names an unknown key with its position and the key it probably meant', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npollInterval: 5\n');
		expect(await configError(load())).toBe(`${home.configPath}:3:1: unknown key "pollInterval" (did you mean "pollIntervalSeconds"?)`);
	});

	it('lists the known keys when nothing is close', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\ncolour: blue\n');
		expect(await configError(load())).toContain('unknown key "colour" (known keys: url, user, passwordFile');
	});

	it('refuses a password written into the file and says where it belongs', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npassword: hunter2-secret\n');
		const message = await configError(load());
		expect(message).toMatch(/^.*config\.yaml:3:1: "password" does not belong in the config file/);
		expect(message).toContain('passwordFile');
		expect(message).toContain('passwordCommand');
		expect(message).not.toContain('hunter2-secret');
	});

	it('refuses a poll interval under one second', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npollIntervalSeconds: 0.5\n');
		expect(await configError(load())).toBe(
			`${home.configPath}:3:22: pollIntervalSeconds must be at least 1 (got 0.5); polling faster loads your Chronos for no gain`,
		);
	});

	it('takes poll interval and timeout in seconds', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npollIntervalSeconds: 5\ntimeoutSeconds: 2.5\n');
		expect(await load()).toMatchObject({pollIntervalMs: 5000, timeoutMs: 2500});
	});

	it('refuses a timeout that is not a positive number of seconds', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\ntimeoutSeconds: "ten"\n');
		expect(await configError(load())).toBe(`${home.configPath}:3:17: timeoutSeconds must be a number`);
		await home.writeConfig('url: http://x:4400\nuser: alice\ntimeoutSeconds: 0\n');
		expect(await configError(load())).toContain('timeoutSeconds must be more than 0');
	});

	it('finds caFile next to the config file, and says when it is missing', async () => {
		await home.write('.config/chronos-tui/recas-ca.pem', 'not checked here\n');
		await home.writeConfig('url: https://x:4443\nuser: alice\ncaFile: recas-ca.pem\n');
		expect((await load()).caFile).toBe(`${home.home}/.config/chronos-tui/recas-ca.pem`);
		await home.writeConfig('url: https://x:4443\nuser: alice\ncaFile: ~/missing-ca.pem\n');
		expect(await configError(load())).toBe(`caFile ${home.home}/missing-ca.pem does not exist`);
	});

	it('explains a URL without a scheme', async () => {
		await home.writeConfig('url: chronos.recas.ba.infn.it:4400\nuser: alice\n');
		expect(await configError(load())).toBe(
			`${home.configPath}:1:6: url: "chronos.recas.ba.infn.it:4400" has no http:// or https:// in front; try http://chronos.recas.ba.infn.it:4400`,
		);
	});

	it('refuses credentials inside the URL without repeating them', async () => {
		const message = await configError(load({flags: {url: 'http://alice:s3cr3t-pw@x:4400'}}, {CHRONOS_USER: 'alice'}));
		expect(message).toBe('--url: the URL must not contain a username or password; set "user" and passwordFile or passwordCommand instead');
	});

	it('applies a partial profile over the ReCaS rules', async () => {
		await home.writeConfig(
			[
				'url: http://x:4400',
				'user: alice',
				'profile:',
				'  imageRegistry: registry.example.org/',
				'  allowedVolumeRoots: [/lustre, /scratch/]',
				'  limits: {gpus: 8, mem: 256G}',
				'  defaultSchedule: R1//P1D',
				'  requireUserPrefix: false',
				'',
			].join('\n'),
		);
		const {profile} = await load();
		expect(profile).toEqual({
			...recasProfile,
			imageRegistry: 'registry.example.org',
			allowedVolumeRoots: ['/lustre', '/scratch'],
			limits: {...recasProfile.limits, gpus: 8, mem: 256 * 1024},
			defaultSchedule: 'R1//P1D',
			requireUserPrefix: false,
		});
	});

	it('notifyRunEnds turns the dashboard\'s run-end notices off; they are on by default', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n');
		expect((await load()).notifyRunEnds).toBe(true);
		await home.writeConfig('url: http://x:4400\nuser: alice\nnotifyRunEnds: false\n');
		expect((await load()).notifyRunEnds).toBe(false);
		await home.writeConfig('url: http://x:4400\nuser: alice\nnotifyRunEnds: sometimes\n');
		expect(await configError(load())).toContain('notifyRunEnds');
	});

	it("lets another site give its own support texts, keeping the ones it leaves out", async () => {
		await home.writeConfig(
			'url: http://x:4400\nuser: alice\nprofile:\n  support:\n    title: "GPU farm: job problem"\n    page: https://help.example.org\n',
		);
		const {profile} = await load();
		expect(profile.support).toEqual({
			...recasProfile.support,
			title: 'GPU farm: job problem',
			page: 'https://help.example.org',
		});
		await home.writeConfig('url: http://x:4400\nuser: alice\nprofile:\n  support:\n    title: ""\n');
		expect(await configError(load())).toContain('profile.support.title must be a non-empty text');
	});

	it('checks the profile section as strictly as the top level', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\nprofile:\n  limits:\n    gpu: 2\n');
		expect(await configError(load())).toBe(`${home.configPath}:5:5: unknown key "profile.limits.gpu" (did you mean "gpus"?)`);
		await home.writeConfig('url: http://x:4400\nuser: alice\nprofile:\n  defaultSchedule: every day\n');
		expect(await configError(load())).toMatch(/config\.yaml:4:20: profile\.defaultSchedule: /);
		await home.writeConfig('url: http://x:4400\nuser: alice\nprofile:\n  allowedVolumeRoots: [lustre]\n');
		expect(await configError(load())).toContain('"lustre" must be an absolute path');
	});
});

describe('password sources', () => {
	it('reads the first line of an owner-only password file', async () => {
		await home.write('.chronos-password', 'Pw-from-file\nsecond line\n', 0o600);
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		const config = await load();
		expect(config.passwordSource).toBe('file');
		expect(await config.getPassword()).toBe('Pw-from-file');
	});

	it('refuses a password file others can read, with the exact chmod', async () => {
		const path = await home.write('.chronos-password', 'Pw-from-file\n', 0o644);
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		expect(await configError(load())).toBe(`${path} is readable by others; run: chmod 600 ${path}`);
	});

	it('says when the password file is missing', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: missing-password\n');
		expect(await configError(load())).toBe(`password file ${home.home}/.config/chronos-tui/missing-password does not exist`);
	});

	it('refuses a config file open to others when it names the password source', async () => {
		const path = await home.writeConfig('url: http://x:4400\nuser: alice\npasswordCommand: pass show chronos\n', 0o644);
		expect(await configError(load())).toBe(`${path} is readable by others and says where your password is; run: chmod 600 ${path}`);
	});

	it('accepts a config file others can read when it holds no secrets', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n', 0o644);
		expect((await load()).user).toBe('alice');
	});

	it('runs passwordCommand through the shell and takes its first line', async () => {
		await home.writeConfig("url: http://x:4400\nuser: alice\npasswordCommand: printf 'Pw-from-command\\nnoise' | cat\n");
		const config = await load();
		expect(config.passwordSource).toBe('command');
		expect(await config.getPassword()).toBe('Pw-from-command');
	});

	it('reports a failing passwordCommand without showing what it printed', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordCommand: echo Leaky-output; echo oops >&2; exit 3\n');
		const config = await load();
		const message = await configError(config.getPassword());
		expect(message).toBe('passwordCommand failed with exit status 3; run it yourself to see why');
		expect(message).not.toContain('Leaky-output');
	});

	it('prefers the password file over the command and the environment', async () => {
		await home.write('pw', 'Pw-from-file\n');
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/pw\npasswordCommand: echo other\n');
		const config = await load({}, {CHRONOS_PASSWORD: 'env-pw'});
		expect(await config.getPassword()).toBe('Pw-from-file');
	});

	it('prompts on a terminal when nothing else gives a password, and asks only once', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n');
		const questions: string[] = [];
		const config = await load({
			askPassword: async (question) => {
				questions.push(question);
				return 'Pw-typed';
			},
		});
		expect(config.passwordSource).toBe('prompt');
		expect(await config.getPassword()).toBe('Pw-typed');
		expect(await config.getPassword()).toBe('Pw-typed');
		expect(questions).toEqual(['Chronos password for alice at http://x:4400: ']);
	});
});

describe('the masked terminal prompt', () => {
	function fakeTerminal() {
		const rawModes: boolean[] = [];
		const input = Object.assign(new PassThrough(), {
			isTTY: true,
			isRaw: false,
			setRawMode(raw: boolean) {
				rawModes.push(raw);
				input.isRaw = raw;
				return input;
			},
		});
		const output = new PassThrough();
		let shown = '';
		output.on('data', (chunk: Buffer) => {
			shown += chunk.toString('utf8');
		});
		return {input, output, rawModes, shown: () => shown};
	}

	it('reads the password with echo off, showing stars, and restores the terminal', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n');
		const terminal = fakeTerminal();
		const config = await load({terminal});
		expect(config.passwordSource).toBe('prompt');
		const answer = config.getPassword();
		terminal.input.write('Pw-typX');
		terminal.input.write('\u007f');
		terminal.input.write('ed\r');
		expect(await answer).toBe('Pw-typed');
		expect(terminal.shown()).toBe('Chronos password for alice at http://x:4400: *******\b \b**\n');
		expect(terminal.shown()).not.toContain('Pw-typed');
		expect(terminal.rawModes).toEqual([true, false]);
	});

	it('treats ctrl-c as a cancelled prompt, not a crash', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n');
		const terminal = fakeTerminal();
		const config = await load({terminal});
		const answer = config.getPassword();
		terminal.input.write('abc\u0003');
		expect(await configError(answer)).toBe('no password given (prompt cancelled)');
	});

	it('never prompts when stdin is not a terminal', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n');
		const config = await load();
		expect(config.passwordSource).toBe('none');
	});
});
