// The one definition of what type each field of a job document holds on the wire. The client checks every
// document Chronos sends against it, the validator reports a job file's wrong types from it, and the JSON
// Schema states its types from it, so the three can never disagree about a field.
import type {ChronosJob} from './types.js';
import {describeValue, isPlainObject, joinPath} from './problems.js';

/**
 * `count`: a whole number, 0 or more. `positive`: a whole number above 0. `number`: any finite number.
 * The compound kinds name the nested shapes below.
 */
export type FieldKind =
	| 'string'
	| 'boolean'
	| 'count'
	| 'positive'
	| 'number'
	| 'strings'
	| 'container'
	| 'environment'
	| 'constraints'
	| 'records';

// Written as an object over every key of ChronosJob so the compiler proves no field is missing or extra.
export const jobFieldKinds: {[K in keyof Required<ChronosJob>]: FieldKind} = {
	name: 'string',
	command: 'string',
	shell: 'boolean',
	arguments: 'strings',
	schedule: 'string',
	scheduleTimeZone: 'string',
	parents: 'strings',
	epsilon: 'string',
	retries: 'count',
	cpus: 'number',
	mem: 'number',
	disk: 'number',
	gpus: 'number',
	container: 'container',
	environmentVariables: 'environment',
	runAsUser: 'string',
	owner: 'string',
	ownerName: 'string',
	description: 'string',
	disabled: 'boolean',
	concurrent: 'boolean',
	softError: 'boolean',
	highPriority: 'boolean',
	maxCompletionTime: 'positive',
	constraints: 'constraints',
	uris: 'strings',
	fetch: 'records',
	executor: 'string',
	executorFlags: 'string',
	taskInfoData: 'string',
	dataProcessingJobType: 'boolean',
	successCount: 'count',
	errorCount: 'count',
	lastSuccess: 'string',
	lastError: 'string',
	errorsSinceLastSuccess: 'count',
};

/** Field kinds a plain JSON Schema type states fully; the others have their own definitions there. */
export const simpleKindSchemas = {
	string: {type: 'string'},
	boolean: {type: 'boolean'},
	count: {type: 'integer', minimum: 0},
	positive: {type: 'integer', exclusiveMinimum: 0},
	number: {type: 'number', minimum: 0},
	strings: {type: 'array', items: {type: 'string'}},
} as const;

const containerKinds: Record<string, 'string' | 'boolean' | 'volumes' | 'parameters'> = {
	type: 'string',
	image: 'string',
	forcePullImage: 'boolean',
	network: 'string',
	volumes: 'volumes',
	parameters: 'parameters',
};

/** A value of the wrong type: where it is and what was expected instead. */
export interface ShapeMismatch {
	path: string;
	message: string;
}

/** The first mismatch inside `value` for a field of this kind, or undefined when the value fits. */
export function shapeMismatch(path: string, kind: FieldKind, value: unknown): ShapeMismatch | undefined {
	switch (kind) {
		case 'string': {
			return typeof value === 'string' ? undefined : expected(path, 'a string', value);
		}
		case 'boolean': {
			return typeof value === 'boolean' ? undefined : expected(path, 'true or false', value);
		}
		case 'count': {
			return isWhole(value) && value >= 0 ? undefined : expected(path, 'a whole number, 0 or more', value);
		}
		case 'positive': {
			return isWhole(value) && value > 0 ? undefined : expected(path, 'a whole number of seconds, more than 0', value);
		}
		case 'number': {
			return typeof value === 'number' && Number.isFinite(value) && value >= 0
				? undefined
				: expected(path, 'a number, 0 or more', value);
		}
		case 'strings': {
			return listMismatch(path, value, 'a list of strings', (item, itemPath) =>
				typeof item === 'string' ? undefined : expected(itemPath, 'a string', item));
		}
		case 'records': {
			return listMismatch(path, value, 'a list of objects', (item, itemPath) =>
				isPlainObject(item) ? undefined : expected(itemPath, 'an object', item));
		}
		case 'environment': {
			return listMismatch(path, value, 'a list of {name, value}', (item, itemPath) =>
				recordMismatch(itemPath, item, {name: 'string', value: 'string'}));
		}
		case 'constraints': {
			return listMismatch(path, value, 'a list of [attribute, operator, value]', (item, itemPath) =>
				listMismatch(itemPath, item, 'a list of three strings', (part, partPath) =>
					typeof part === 'string' ? undefined : expected(partPath, 'a string', part)));
		}
		case 'container': {
			return containerMismatch(path, value);
		}
	}
}

function containerMismatch(path: string, value: unknown): ShapeMismatch | undefined {
	if (!isPlainObject(value)) {
		return expected(path, 'an object', value);
	}

	for (const [key, kind] of Object.entries(containerKinds)) {
		const item = value[key];
		if (item === undefined) {
			continue;
		}

		const itemPath = joinPath(path, key);
		const mismatch =
			kind === 'volumes'
				? listMismatch(itemPath, item, 'a list of volumes', (volume, volumePath) =>
					recordMismatch(volumePath, volume, {containerPath: 'string', hostPath: 'string', mode: 'string'}))
				: kind === 'parameters'
					? listMismatch(itemPath, item, 'a list of {key, value}', (parameter, parameterPath) =>
						recordMismatch(parameterPath, parameter, {key: 'string', value: 'string'}))
					: shapeMismatch(itemPath, kind, item);
		if (mismatch) {
			return mismatch;
		}
	}

	return undefined;
}

function listMismatch(
	path: string,
	value: unknown,
	what: string,
	itemMismatch: (item: unknown, itemPath: string) => ShapeMismatch | undefined,
): ShapeMismatch | undefined {
	if (!Array.isArray(value)) {
		return expected(path, what, value);
	}

	for (const [index, item] of value.entries()) {
		const mismatch = itemMismatch(item, joinPath(path, index));
		if (mismatch) {
			return mismatch;
		}
	}

	return undefined;
}

/** Absent members are fine (the server has defaults); present ones must have their kind. */
function recordMismatch(path: string, value: unknown, kinds: Record<string, 'string'>): ShapeMismatch | undefined {
	if (!isPlainObject(value)) {
		return expected(path, 'an object', value);
	}

	for (const [key, kind] of Object.entries(kinds)) {
		if (value[key] !== undefined) {
			const mismatch = shapeMismatch(joinPath(path, key), kind, value[key]);
			if (mismatch) {
				return mismatch;
			}
		}
	}

	return undefined;
}

function isWhole(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value);
}

function expected(path: string, what: string, value: unknown): ShapeMismatch {
	return {path, message: `expected ${what}, got ${describeValue(value)}`};
}
