// A password kept in a file is only as private as the file: refuse one that other users can read, and say
// the exact command that fixes it.
import {readFile, stat} from 'node:fs/promises';
import {CommandError} from './errors.js';
import {exitCodes} from './exit-codes.js';

export async function readOwnerOnlyFile(path: string, what: string): Promise<string> {
	let mode: number;
	try {
		mode = (await stat(path)).mode;
	} catch (error) {
		const code = (error as {code?: string}).code;
		throw new CommandError(
			`${what} ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot read it'}`,
			exitCodes.config,
		);
	}

	if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
		throw new CommandError(`${what} ${path} can be read by other users: chmod 600 ${path}`, exitCodes.config);
	}

	const password = (await readFile(path, 'utf8')).replace(/\r?\n$/, '');
	if (password === '') {
		throw new CommandError(`${what} ${path} is empty`, exitCodes.config);
	}

	return password;
}
