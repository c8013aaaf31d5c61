// The version is read from package.json at run time, beside the built program, so it can never drift.
import {readFile} from 'node:fs/promises';

// The bundle (dist/chronos-tui.js) sits one level below package.json; this source file, run by the tests,
// sits two levels below.
const packageFiles = ['../package.json', '../../package.json'];

export async function programVersion(): Promise<string> {
	for (const relative of packageFiles) {
		const text = await readFile(new URL(relative, import.meta.url), 'utf8').catch(() => undefined);
		if (text === undefined) continue;
		const {name, version} = JSON.parse(text) as {name?: unknown; version?: unknown};
		if (name === 'chronos-tui') return typeof version === 'string' ? version : 'unknown';
	}
	return 'unknown';
}
