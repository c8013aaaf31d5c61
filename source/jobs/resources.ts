// CPUs, memory, disk and GPUs: the types Chronos reads (cpus a float, mem/disk megabytes, gpus whole),
// the unit strings people write (8G), and the profile's limits (one node's capacity).
import type {ClusterProfile} from './profile.js';
import type {JobProblem} from './types.js';
import {formatMegabytes, parseMegabytes} from './units.js';
import {error, expected, warning} from './problems.js';

export interface ResourceInput {
	cpus?: unknown;
	mem?: unknown;
	disk?: unknown;
	gpus?: unknown;
}

export interface Resources {
	cpus?: number;
	mem?: number;
	disk?: number;
	gpus?: number;
}

type Checked = {value?: number; problems: JobProblem[]};

function checkCpus(value: unknown, limit: number): Checked {
	if (value === undefined) {
		return {problems: []};
	}
	// Chronos reads "0.5" as 0.5, so a number in quotes is fine.
	const cpus = typeof value === 'string' && /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : value;
	if (typeof cpus !== 'number' || !Number.isFinite(cpus)) {
		return {problems: [expected('cpus', 'a number of CPUs like 1 or 0.5', value)]};
	}
	if (cpus <= 0) {
		return {problems: [error('cpus', `cpus must be more than 0 (e.g. 1, or 0.5 for half a core), not ${cpus}`)]};
	}
	if (cpus > limit) {
		return {problems: [error('cpus', `${cpus} CPUs is more than one node has: at most ${limit}`)]};
	}
	return {value: cpus, problems: []};
}

function checkSize(field: 'mem' | 'disk', value: unknown, limit: number): Checked {
	if (value === undefined) {
		return {problems: []};
	}
	if (typeof value !== 'number' && typeof value !== 'string') {
		return {problems: [expected(field, 'megabytes (a number) or a size like 8G', value)]};
	}
	const parsed = parseMegabytes(value);
	if (!parsed.ok) {
		return {problems: [error(field, parsed.message)]};
	}
	if (field === 'mem' && parsed.mb === 0) {
		return {problems: [error(field, 'memory must be more than 0: give megabytes (1024) or a size (8G)')]};
	}
	if (parsed.mb > limit) {
		const what = field === 'mem' ? 'memory' : 'disk';
		return {problems: [error(field, `${formatMegabytes(parsed.mb)} of ${what} is more than one node has: at most ${formatMegabytes(limit)}`)]};
	}
	return {value: parsed.mb, problems: []};
}

function checkGpus(value: unknown, limit: number): Checked {
	if (value === undefined) {
		return {problems: []};
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return {problems: [expected('gpus', 'a whole number of GPUs (0, 1, 2...)', value)]};
	}
	if (!Number.isInteger(value) || value < 0) {
		return {problems: [error('gpus', `gpus must be a whole number, 0 or more, not ${value}`)]};
	}
	if (value > limit) {
		return {problems: [error('gpus', `${value} GPUs is more than one node has: at most ${limit}`)]};
	}
	return {value, problems: []};
}

/**
 * What Chronos gives a job that leaves a resource out (chronos-api.md, "Job document"). A job file without
 * them is easy to write and runs with no GPU on a tenth of a core, so each missing one is a warning.
 */
function missingResourceWarnings(input: ResourceInput): JobProblem[] {
	const problems: JobProblem[] = [];
	if (input.gpus === undefined) {
		problems.push(warning('gpus', 'no gpus: Chronos gives this job no GPU (write gpus: 1 to get one, or gpus: 0 to say so)'));
	}
	if (input.cpus === undefined) {
		problems.push(warning('cpus', 'no cpus: Chronos gives this job 0.1 CPU (write cpus: 1 for a whole core)'));
	}
	if (input.mem === undefined) {
		problems.push(warning('mem', 'no mem: Chronos gives this job 128 MB of memory (write mem: 4G, say)'));
	}
	return problems;
}

/** Checks the four resources and returns them as numbers (megabytes for mem and disk). */
export function normaliseResources(input: ResourceInput, profile: ClusterProfile): {resources: Resources; problems: JobProblem[]} {
	const {limits} = profile;
	const cpus = checkCpus(input.cpus, limits.cpus);
	const mem = checkSize('mem', input.mem, limits.mem);
	const disk = checkSize('disk', input.disk, limits.disk);
	const gpus = checkGpus(input.gpus, limits.gpus);
	return {
		resources: {cpus: cpus.value, mem: mem.value, disk: disk.value, gpus: gpus.value},
		problems: [...cpus.problems, ...mem.problems, ...disk.problems, ...gpus.problems, ...missingResourceWarnings(input)],
	};
}

export function checkResources(input: ResourceInput, profile: ClusterProfile): JobProblem[] {
	return normaliseResources(input, profile).problems;
}
