// The version is read from package.json at run time, beside the built program, so it can never drift.
import {readFile} from 'node:fs/promises';

export async function programVersion(): Promise<string> {
	// dist/commands/version.js (and source/commands/version.ts) sit two levels below package.json.
	const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
	const {version} = JSON.parse(text) as {version?: unknown};
	return typeof version === 'string' ? version : 'unknown';
}
