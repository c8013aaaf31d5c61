// The `output:` and `mesos:` sections of the config file, read from real files in a temporary home.
import {PassThrough} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigError, loadConfig} from '../../source/config/index.js';
import {tempHome, type TempHome} from './config-dir.js';

let home: TempHome;
beforeEach(async () => {
	home = await tempHome();
});
afterEach(async () => {
	await home.remove();
});

const base = 'url: http://chronos.example:4400\nuser: alice\n';

function load(env: NodeJS.ProcessEnv = {}) {
	return loadConfig({flags: {}, env: {...home.env, ...env}, terminal: {input: Object.assign(new PassThrough(), {isTTY: false}), output: new PassThrough()}});
}

async function configError(promise: Promise<unknown>): Promise<string> {
	const error = await promise.then(() => undefined, (caught: unknown) => caught);
	expect(error).toBeInstanceOf(ConfigError);
	return (error as Error).message;
}

describe('output', () => {
	it('keeps output in the lustre home by default, as the ReCaS guides do', async () => {
		await home.writeConfig(base);
		const config = await load();
		expect(config.output).toEqual({dir: '/lustrehome/{user}/.chronos-output/{job}', keepByDefault: true});
		expect(config.mesos).toBeUndefined();
	});

	it('takes output.dir and keepByDefault from the file', async () => {
		await home.writeConfig(`${base}output:\n  dir: /lustre/home/{user}/logs/{job}\n  keepByDefault: false\n`);
		expect((await load()).output).toEqual({dir: '/lustre/home/{user}/logs/{job}', keepByDefault: false});
	});

	it('points at the line of an output.dir that would mix jobs or is not a path', async () => {
		const path = await home.writeConfig(`${base}output:\n  dir: /lustre/home/{user}/logs\n`);
		expect(await configError(load())).toBe(`${path}:4:8: output.dir: '/lustre/home/{user}/logs' has no {job}: every job needs its own folder, e.g. /lustrehome/{user}/.chronos-output/{job}`);
		await home.writeConfig(`${base}output:\n  folder: /x/{job}\n`);
		expect(await configError(load())).toMatch(/unknown key "output\.folder"/);
	});
});

describe('mesos', () => {
	it('needs no credentials, and reads them by the Chronos password rules when a user is given', async () => {
		await home.writeConfig(`${base}mesos:\n  url: http://mesos-master:5050\n`);
		const open = (await load()).mesos!;
		expect(open.url).toBe('http://mesos-master:5050');
		expect(await open.getPassword()).toBeUndefined();

		await home.writeConfig(`${base}mesos:\n  url: http://mesos-master:5050\n  user: alice\n`);
		const withUser = (await load({CHRONOS_MESOS_PASSWORD: 'mesos-secret', CHRONOS_PASSWORD: 'chronos-secret'})).mesos!;
		expect(withUser.user).toBe('alice');
		expect(await withUser.getPassword()).toBe('mesos-secret');
	});

	it('reads mesos.passwordFile only when only its owner can read it, as for Chronos', async () => {
		const secret = await home.write('mesos-password', 'from-file\n', 0o644);
		await home.writeConfig(`${base}mesos:\n  url: http://mesos-master:5050\n  user: alice\n  passwordFile: ${secret}\n`);
		expect(await configError(load())).toBe(`${secret} is readable by others; run: chmod 600 ${secret}`);
		await home.write('mesos-password', 'from-file\n', 0o600);
		expect(await (await load()).mesos!.getPassword()).toBe('from-file');
	});

	it('wants a url, without a password written into it', async () => {
		await home.writeConfig(`${base}mesos:\n  user: alice\n`);
		expect(await configError(load())).toMatch(/mesos needs a url/);
		await home.writeConfig(`${base}mesos:\n  url: http://alice:hunter2@mesos-master:5050\n`);
		const message = await configError(load());
		expect(message).toMatch(/mesos\.url: the URL must not contain a username or password/);
		expect(message).not.toContain('hunter2');
	});
});
