// Secrets on a shared login node must not be readable by the other users there.
import {stat} from 'node:fs/promises';
import {ConfigError} from './errors.js';

/** Mode bits that let group or others in. */
const groupOrOthers = 0o077;

export async function fileMode(path: string): Promise<number | undefined> {
	try {
		return (await stat(path)).mode & 0o777;
	} catch {
		return undefined;
	}
}

/** Refuses a password file anyone but its owner can read or change, with the command that fixes it. */
export async function requireOwnerOnly(path: string, what: string): Promise<void> {
	let mode: number;
	try {
		const info = await stat(path);
		if (!info.isFile()) {
			throw new ConfigError(`${what} ${path} is not a file`);
		}

		mode = info.mode & 0o777;
	} catch (error) {
		if (error instanceof ConfigError) {
			throw error;
		}

		const code = (error as NodeJS.ErrnoException).code;
		throw new ConfigError(code === 'ENOENT' ? `${what} ${path} does not exist` : `cannot read ${what} ${path} (${code ?? 'unknown error'})`);
	}

	if ((mode & groupOrOthers) !== 0) {
		throw new ConfigError(`${path} is readable by others; run: chmod 600 ${path}`);
	}
}

/** A config file that names the password source must not be open to others either (readable or writable). */
export function requireConfigOwnerOnly(path: string, mode: number): void {
	if ((mode & groupOrOthers) !== 0) {
		throw new ConfigError(`${path} is readable by others and says where your password is; run: chmod 600 ${path}`);
	}
}
