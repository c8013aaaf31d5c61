// Writing the finished job to a file the user names: JSON for the guide's curl script, YAML for people.
// A file that is already there is never replaced unasked: the caller learns it exists and a free name
// beside it, and asks.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {ChronosJob} from '../../jobs/types.js';
import {jobToJson, jobToYaml} from '../../jobs/io.js';

export function jobFileText(job: ChronosJob, target: string): string {
	return /\.ya?ml$/i.test(target) ? jobToYaml(job) : jobToJson(job);
}

/** Where a save went, or, when the file was already there and replacing it was not agreed, nothing written. */
export type SaveOutcome = {saved: string} | {exists: string; beside: string};

/**
 * Writes the job unless the file exists (then nothing is written: see SaveOutcome), or `replace` names that
 * very file. A failure's message names the path and the reason.
 */
export function saveJobFile(job: ChronosJob, target: string, replace?: string): SaveOutcome {
	const absolute = path.resolve(target);
	const text = jobFileText(job, absolute);
	try {
		mkdirSync(path.dirname(absolute), {recursive: true});
		// 'wx' creates or fails in one step: no other program's file can appear between a check and the write.
		writeFileSync(absolute, text.endsWith('\n') ? text : `${text}\n`, {flag: replace === absolute ? 'w' : 'wx'});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			return {exists: absolute, beside: freePathBeside(absolute)};
		}

		throw new Error(`could not write ${absolute}: ${code ?? (error as Error).message}`);
	}

	return {saved: absolute};
}

/** A save that did not happen because the file exists: which file, and a free name to offer instead. */
export interface SaveQuestion {
	exists: string;
	suggestion: string;
}

/** `job.json` → `job-2.json`, or the first of `job-3.json`, `job-4.json`… that is not taken. */
export function freePathBeside(file: string): string {
	const extension = path.extname(file);
	const stem = file.slice(0, file.length - extension.length);
	for (let number = 2; ; number++) {
		const candidate = `${stem}-${number}${extension}`;
		if (!existsSync(candidate)) {
			return candidate;
		}
	}
}

/** What the save prompt offers first: the `--out` file when its kind matches, else `<name>.json|yaml`. */
export function defaultSavePath(format: 'json' | 'yaml' | 'template', name: string, out?: string): string {
	const base = name || 'job';
	if (format === 'template') return base;
	const wanted = format === 'yaml' ? /\.ya?ml$/i : /\.json$/i;
	if (out && wanted.test(out)) return out;
	return `${base}.${format}`;
}
