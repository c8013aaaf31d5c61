// Writing the finished job to a file the user names: JSON for the guide's curl script, YAML for people.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {ChronosJob} from '../../jobs/types.js';
import {jobToJson, jobToYaml} from '../../jobs/io.js';

export function jobFileText(job: ChronosJob, target: string): string {
	return /\.ya?ml$/i.test(target) ? jobToYaml(job) : jobToJson(job);
}

/** Writes the job and returns the absolute path; the message of a failure names the path and the reason. */
export function saveJobFile(job: ChronosJob, target: string): string {
	const absolute = path.resolve(target);
	try {
		mkdirSync(path.dirname(absolute), {recursive: true});
		const text = jobFileText(job, absolute);
		writeFileSync(absolute, text.endsWith('\n') ? text : `${text}\n`);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
		throw new Error(`could not write ${absolute}: ${reason}`);
	}

	return absolute;
}

/** What the save prompt offers first: the `--out` file when its kind matches, else `<name>.json|yaml`. */
export function defaultSavePath(format: 'json' | 'yaml' | 'template', name: string, out?: string): string {
	const base = name || 'job';
	if (format === 'template') return base;
	const wanted = format === 'yaml' ? /\.ya?ml$/i : /\.json$/i;
	if (out && wanted.test(out)) return out;
	return `${base}.${format}`;
}
