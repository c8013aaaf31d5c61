// Secrets on a shared login node must not be readable by the other users there, and what decides where the
// password is sent must not be changeable by them. Both the mode and the owner are checked, on the real file
// behind any symbolic link, and every refusal names the file and the exact command or step that fixes it.
import {readFileSync} from 'node:fs';
import {realpath, stat} from 'node:fs/promises';
import type {Stats} from 'node:fs';
import {ConfigError} from './errors.js';

/** Mode bits that let group or others in. */
const groupOrOthers = 0o077;
const writableByGroupOrOthers = 0o022;

export async function fileMode(path: string): Promise<number | undefined> {
	try {
		return (await stat(path)).mode & 0o777;
	} catch {
		return undefined;
	}
}

interface Inspected {
	info: Stats;
	/** The file itself when `path` is a symbolic link (or lies under one); else `path`. */
	real: string;
}

async function inspect(path: string, what: string): Promise<Inspected> {
	try {
		const info = await stat(path);
		const real = await realpath(path).catch(() => path);
		return {info, real};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ConfigError(code === 'ENOENT' ? `${what} ${path} does not exist` : `cannot read ${what} ${path} (${code ?? 'unknown error'})`);
	}
}

/** `~/.pw`, or `~/.pw (a link to /home/bob/pw)` when the real file is elsewhere. */
function named(path: string, real: string): string {
	return real === path ? path : `${path} (a link to ${real})`;
}

function currentUid(): number | undefined {
	return process.getuid?.();
}

/** Who owns a uid, from the password database; the number itself when it is not listed there. */
export function ownerName(uid: number): string {
	try {
		for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
			const [name, , id] = line.split(':');
			if (name && id !== undefined && Number(id) === uid) {
				return name;
			}
		}
	} catch {
		// No password database to ask: the number will do.
	}

	return `uid ${uid}`;
}

function belongsToSomeoneElse(info: Stats): boolean {
	const uid = currentUid();
	return uid !== undefined && info.uid !== uid;
}

/** "readable", "writable" or "readable and writable" by group or others. */
function openness(mode: number): string {
	const readable = (mode & 0o044) !== 0;
	const writable = (mode & 0o022) !== 0;
	return readable && writable ? 'readable and writable' : writable ? 'writable' : readable ? 'readable' : 'open';
}

/** Refuses a password file anyone but its owner can read or change, or that someone else owns. */
export async function requireOwnerOnly(path: string, what: string): Promise<void> {
	const {info, real} = await inspect(path, what);
	if (!info.isFile()) {
		throw new ConfigError(`${what} ${named(path, real)} is not a file`);
	}

	if (belongsToSomeoneElse(info)) {
		throw new ConfigError(
			`${what} ${named(path, real)} belongs to ${ownerName(info.uid)}, not to you; keep your password in a file of your own (chmod 600)`,
		);
	}

	const mode = info.mode & 0o777;
	if ((mode & groupOrOthers) !== 0) {
		throw new ConfigError(`${named(path, real)} is ${openness(mode)} by others; run: chmod 600 ${real}`);
	}
}

/**
 * The config decides where the password is sent (`url`) and where it is read from: whatever the password
 * source, a config that another user owns or can change is refused; one others can read is refused when it
 * says where the password is.
 */
export async function requireConfigOwnerOnly(path: string, namesPasswordSource: boolean): Promise<void> {
	const {info, real} = await inspect(path, 'config file');
	if (belongsToSomeoneElse(info)) {
		throw new ConfigError(
			`config file ${named(path, real)} belongs to ${ownerName(info.uid)}, who could send your password anywhere; use a config file of your own`,
		);
	}

	const mode = info.mode & 0o777;
	if ((mode & writableByGroupOrOthers) !== 0) {
		throw new ConfigError(
			`${named(path, real)} is writable by others, who could send your password anywhere; run: chmod 600 ${real}`,
		);
	}

	if (namesPasswordSource && (mode & groupOrOthers) !== 0) {
		throw new ConfigError(`${named(path, real)} is readable by others and says where your password is; run: chmod 600 ${real}`);
	}
}
