// On a shared login node other users must neither read the password nor change where it is sent. Every
// open mode is refused, not only 0644, and so is a file someone else owns, even behind a symbolic link.
import {chmod, chown, mkdir, symlink} from 'node:fs/promises';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigError} from '../../source/config/errors.js';
import {loadConfig} from '../../source/config/load.js';
import {tempHome, type TempHome} from './config-dir.js';

/** Another user of the machine: the tests run as root, so any other uid will do. */
const nobody = 65_534;

let home: TempHome;

beforeEach(async () => {
	home = await tempHome();
});

afterEach(async () => {
	await home.remove();
});

async function loadError(env: NodeJS.ProcessEnv = {}): Promise<string> {
	try {
		const config = await loadConfig({flags: {}, env: {...home.env, ...env}, askPassword: async () => 'typed'});
		await config.getPassword();
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as Error).message;
	}

	throw new Error('expected the config to be refused');
}

describe('password file', () => {
	it.each([
		['0640', 'readable'],
		['0604', 'readable'],
		['0620', 'writable'],
		['0602', 'writable'],
		['0660', 'readable and writable'],
	])('refuses mode %s (%s by others) with the exact chmod', async (mode, how) => {
		const path = await home.write('.chronos-password', 'Pw-from-file\n', Number.parseInt(mode, 8));
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		expect(await loadError()).toBe(`${path} is ${how} by others; run: chmod 600 ${path}`);
	});

	it('refuses a directory', async () => {
		await mkdir(join(home.home, 'pw-folder'), {mode: 0o700});
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/pw-folder\n');
		expect(await loadError()).toBe(`password file ${home.home}/pw-folder is not a file`);
	});

	it('refuses a file another user owns, even with mode 0600', async () => {
		const path = await home.write('.chronos-password', 'Pw-from-file\n', 0o600);
		await chown(path, nobody, nobody);
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		expect(await loadError()).toBe(
			`password file ${path} belongs to nobody, not to you; keep your password in a file of your own (chmod 600)`,
		);
	});

	it('names the real file and its owner behind a symbolic link, instead of a chmod the user cannot run', async () => {
		const real = await home.write('bob/secret', 'Bobs-password\n', 0o644);
		await chown(real, nobody, nobody);
		await symlink(real, join(home.home, '.chronos-password'));
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		expect(await loadError()).toBe(
			`password file ${home.home}/.chronos-password (a link to ${real}) belongs to nobody, not to you; keep your password in a file of your own (chmod 600)`,
		);
	});

	it('behind a link to a file of mine that is open, says to chmod the real file', async () => {
		const real = await home.write('secrets/pw', 'Pw-from-file\n', 0o640);
		await symlink(real, join(home.home, '.chronos-password'));
		await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		expect(await loadError()).toBe(`${home.home}/.chronos-password (a link to ${real}) is readable by others; run: chmod 600 ${real}`);
	});
});

describe('config file', () => {
	it.each(['0620', '0602', '0666', '0664'])('refuses mode %s, writable by others, even when the password comes from the environment', async (mode) => {
		const path = await home.writeConfig('url: http://x:4400\nuser: alice\n', Number.parseInt(mode, 8));
		expect(await loadError({CHRONOS_PASSWORD: 'from-env'})).toBe(
			`${path} is writable by others, who could send your password anywhere; run: chmod 600 ${path}`,
		);
	});

	it('refuses a config writable by others when the password is typed at the prompt', async () => {
		const path = await home.writeConfig('url: http://x:4400\nuser: alice\n', 0o622);
		expect(await loadError()).toContain(`run: chmod 600 ${path}`);
	});

	it('refuses a config another user owns, whatever its mode', async () => {
		const path = await home.writeConfig('url: http://x:4400\nuser: alice\n', 0o600);
		await chown(path, nobody, nobody);
		expect(await loadError({CHRONOS_PASSWORD: 'from-env'})).toBe(
			`config file ${path} belongs to nobody, who could send your password anywhere; use a config file of your own`,
		);
	});

	it('still accepts a config others can only read when it names no password source', async () => {
		await home.writeConfig('url: http://x:4400\nuser: alice\n', 0o644);
		const config = await loadConfig({flags: {}, env: {...home.env, CHRONOS_PASSWORD: 'from-env'}});
		expect(await config.getPassword()).toBe('from-env');
	});

	it('refuses 0640 when it names the password file', async () => {
		await home.write('.chronos-password', 'Pw\n', 0o600);
		const path = await home.writeConfig('url: http://x:4400\nuser: alice\npasswordFile: ~/.chronos-password\n');
		await chmod(path, 0o640);
		expect(await loadError()).toBe(`${path} is readable by others and says where your password is; run: chmod 600 ${path}`);
	});
});
