// Writing the config file the way secrets need it: folder 0700, file 0600, replaced in one rename so a
// crash never leaves half a file.
import {chmod, mkdir, rename, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {stringify} from 'yaml';
import {pathExists} from './paths.js';

export interface NewConfig {
	url: string;
	user: string;
	passwordFile?: string;
	passwordCommand?: string;
	timeoutSeconds?: number;
	pollIntervalSeconds?: number;
}

export function renderConfig(config: NewConfig, passwordNote: string): string {
	const header = [
		'# chronos-tui configuration (written by `chronos-tui config init`).',
		'# Keys: url, user, passwordFile, passwordCommand, caFile, timeoutSeconds, maxResponseMegabytes, pollIntervalSeconds, profile.',
		`# ${passwordNote}`,
		'',
	].join('\n');
	const values = Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined));
	return `${header}${stringify(values, {lineWidth: 0})}`;
}

/** Creates missing folders as 0700, the file as 0600; an existing file is replaced atomically. */
export async function writePrivateFile(path: string, text: string): Promise<void> {
	const directory = dirname(path);
	const existed = await pathExists(directory);
	await mkdir(directory, {recursive: true, mode: 0o700});
	if (!existed) {
		await chmod(directory, 0o700);
	}

	const temporary = join(directory, `.${process.pid}-${Date.now()}.tmp`);
	try {
		await writeFile(temporary, text, {mode: 0o600, flag: 'wx'});
		await chmod(temporary, 0o600);
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, {force: true});
		throw error;
	}
}
