// A password kept in a file is only as private as the file: the same owner-only rule as the config's
// passwordFile, with the exact chmod that fixes it.
import {readFile} from 'node:fs/promises';
import {ConfigError} from '../config/errors.js';
import {requireOwnerOnly} from '../config/permissions.js';

export async function readOwnerOnlyFile(path: string, what: string): Promise<string> {
	await requireOwnerOnly(path, what);
	const password = (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
	if (password === '') {
		throw new ConfigError(`${what} ${path} is empty`);
	}

	return password;
}
