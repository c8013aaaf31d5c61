// Where a job may run (Mesos agent constraints) and what it downloads first (uris / fetch).
import type {JobProblem} from './types.js';
import {error, expected, isPlainObject, joinPath} from './problems.js';

const operators = ['EQUALS', 'LIKE', 'UNLIKE'];

export function checkConstraints(constraints: unknown): JobProblem[] {
	if (constraints === undefined) {
		return [];
	}
	if (!Array.isArray(constraints)) {
		return [expected('constraints', 'a list of [attribute, operator, value]', constraints)];
	}
	const problems: JobProblem[] = [];
	for (const [index, constraint] of constraints.entries()) {
		const path = joinPath('constraints', index);
		if (!Array.isArray(constraint) || constraint.length !== 3 || !constraint.every((part) => typeof part === 'string')) {
			problems.push(expected(path, `three strings [attribute, ${operators.join('|')}, value], e.g. ["hostname", "EQUALS", "gpu01"]`, constraint));
			continue;
		}
		const [, operator, value] = constraint as string[];
		if (!operators.includes(operator!)) {
			problems.push(error(path, `'${operator}' is not a constraint operator: use ${operators.join(', ')}`));
		} else if (operator !== 'EQUALS') {
			try {
				new RegExp(value!);
			} catch {
				problems.push(error(path, `'${value}' is not a regular expression, which ${operator} needs`));
			}
		}
	}
	return problems;
}

const fetchFlags = ['executable', 'extract', 'cache'];

function checkFetch(fetch: unknown[]): JobProblem[] {
	return fetch.flatMap((entry: unknown, index) => {
		const path = joinPath('fetch', index);
		if (!isPlainObject(entry)) {
			return [expected(path, 'an object {uri, extract, executable, cache, outputFile}', entry)];
		}
		const problems: JobProblem[] = [];
		if (typeof entry.uri !== 'string' || entry.uri === '') {
			problems.push(error(joinPath(path, 'uri'), 'each fetch entry needs a uri to download'));
		}
		for (const flag of fetchFlags) {
			if (entry[flag] !== undefined && typeof entry[flag] !== 'boolean') {
				problems.push(expected(joinPath(path, flag), 'true or false', entry[flag]));
			}
		}
		if (entry.outputFile !== undefined && typeof entry.outputFile !== 'string') {
			problems.push(expected(joinPath(path, 'outputFile'), 'a file name', entry.outputFile));
		}
		return problems;
	});
}

/** `uris` (a list of addresses) and `fetch` (the newer form) download files; Chronos refuses both at once. */
export function checkDownloads(uris: unknown, fetch: unknown): JobProblem[] {
	const problems: JobProblem[] = [];
	if (uris !== undefined && (!Array.isArray(uris) || !uris.every((uri) => typeof uri === 'string'))) {
		problems.push(expected('uris', 'a list of addresses (strings)', uris));
	}
	if (fetch !== undefined) {
		if (Array.isArray(fetch)) {
			problems.push(...checkFetch(fetch));
		} else {
			problems.push(expected('fetch', 'a list of {uri, ...}', fetch));
		}
	}
	if (Array.isArray(uris) && uris.length > 0 && Array.isArray(fetch) && fetch.length > 0) {
		problems.push(error('fetch', "use either 'uris' or 'fetch', not both: Chronos refuses a job with both"));
	}
	return problems;
}
