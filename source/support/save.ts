// Saves a support request where the user asks, and never over a file that is already there: a request saved
// twice under the same name would silently destroy the first one, or worse, some unrelated file.
import {writeFile} from 'node:fs/promises';
import path from 'node:path';

/** Writes the text to a new file and returns its absolute path; the error names the path and the reason. */
export async function saveToNewFile(target: string, text: string): Promise<string> {
	const absolute = path.resolve(target);
	try {
		await writeFile(absolute, text, {flag: 'wx', mode: 0o600});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			throw new Error(`${absolute} already exists and was left as it is; choose another name`);
		}

		throw new Error(`could not write ${absolute}: ${code === 'ENOENT' ? 'no such folder' : code ?? (error as Error).message}`);
	}

	return absolute;
}

/** A name that says what is inside and sorts by time: `support-alice-train-20261202-0341.txt`. */
export function defaultRequestFile(name: string, now: Date): string {
	const stamp = now.toISOString().slice(0, 16).replaceAll(/[-:]/g, '').replace('T', '-');
	return `support-${name}-${stamp}.txt`;
}
