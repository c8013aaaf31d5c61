// Reading a job body the way Chronos' JobDeserializer does (lenient: unknown fields ignored, numbers as
// strings accepted, zero means default) and writing it back the way its JobSerializer does.
import {chronosNamePattern} from '../jobs/name.js';
import type {ChronosJob, Constraint, Container, EnvironmentVariable, Volume} from '../jobs/types.js';
import {normaliseSchedule} from './schedule-clock.js';
import {badRequest, htmlError, requirementFailed} from './wire-errors.js';

export type JobKind = 'scheduled' | 'dependent';

export const serverDefaults = {shell: true, retries: 2, cpus: 0.1, mem: 128, disk: 256} as const;

/** A job with a schedule of its own when it has no parents. */
export function kindOf(job: ChronosJob): JobKind {
	return job.parents === undefined ? 'scheduled' : 'dependent';
}

type Fields = Record<string, unknown>;

function numberOr(value: unknown, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number !== 0 ? number : fallback;
}

function integerOr(value: unknown, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? Math.trunc(number) : fallback;
}

function booleanOr(value: unknown, fallback: boolean): boolean {
	if (typeof value === 'boolean') {
		return value;
	}
	if (value === 'true' || value === 'false') {
		return value === 'true';
	}
	return fallback;
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;
}

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item) => item !== null && item !== undefined).map((item) => stringOr(item, '')) : [];
}

function isFields(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readVolumes(value: unknown): Volume[] {
	if (!Array.isArray(value)) {
		return [];
	}
	return value.filter(isFields).map((volume) => ({
		containerPath: stringOr(volume.containerPath, ''),
		hostPath: stringOr(volume.hostPath, ''),
		mode: stringOr(volume.mode, 'RW').toUpperCase() === 'RO' ? 'RO' : 'RW',
	}));
}

function readContainer(value: unknown): Container | undefined {
	// Chronos ignores a container without an image.
	if (!isFields(value) || value.image === undefined || value.image === null) {
		return undefined;
	}
	return {
		// Chronos keeps the container type as an enum and writes it back in capitals.
		type: stringOr(value.type, 'DOCKER').toUpperCase(),
		image: stringOr(value.image, ''),
		forcePullImage: booleanOr(value.forcePullImage, false),
		network: stringOr(value.network, 'HOST').toUpperCase(),
		volumes: readVolumes(value.volumes),
		parameters: Array.isArray(value.parameters)
			? value.parameters.filter(isFields).map((parameter) => ({key: stringOr(parameter.key, ''), value: stringOr(parameter.value, '')}))
			: [],
	};
}

function readEnvironment(value: unknown): EnvironmentVariable[] {
	if (!Array.isArray(value)) {
		return [];
	}
	return value.filter(isFields).map((variable) => ({name: stringOr(variable.name, ''), value: stringOr(variable.value, '')}));
}

function readConstraints(value: unknown): Constraint[] {
	if (!Array.isArray(value)) {
		return [];
	}
	// Operators Chronos does not know are dropped without a word.
	return value
		.filter((item): item is unknown[] => Array.isArray(item) && item.length === 3 && ['EQUALS', 'LIKE', 'UNLIKE'].includes(String(item[1])))
		.map((item) => [stringOr(item[0], ''), item[1] as Constraint[1], stringOr(item[2], '')]);
}

/**
 * Turn a request body into a stored job, or throw the error Chronos would answer with.
 * `now` (simulated) fills an empty schedule start.
 */
export function readJobDocument(body: unknown, kind: JobKind, now: number): ChronosJob {
	// JobDeserializer calls `node.get("name").asText` unguarded: a missing name is a NullPointerException,
	// which reaches the client as Jetty's HTML 500 page. A missing command simply becomes "".
	if (!isFields(body) || typeof body.name !== 'string') {
		return htmlErrorFor(body);
	}
	const name = body.name;
	// Chronos' own rule (JobUtils.jobNamePattern); the server does not enforce the ReCaS naming convention.
	if (!chronosNamePattern.test(name)) {
		throw requirementFailed(`the job's name is invalid. Allowed names: '([\\w\\.-]+)'`);
	}

	const job: ChronosJob = {
		name,
		command: stringOr(body.command, ''),
		shell: booleanOr(body.shell, serverDefaults.shell),
		executor: stringOr(body.executor, ''),
		executorFlags: stringOr(body.executorFlags, ''),
		taskInfoData: stringOr(body.taskInfoData, ''),
		retries: integerOr(body.retries, serverDefaults.retries),
		owner: stringOr(body.owner, ''),
		ownerName: stringOr(body.ownerName, ''),
		description: stringOr(body.description, ''),
		// Chronos reads its own counters back when a client sends a job it fetched; absent means a fresh start.
		successCount: integerOr(body.successCount, 0),
		errorCount: integerOr(body.errorCount, 0),
		lastSuccess: stringOr(body.lastSuccess, ''),
		lastError: stringOr(body.lastError, ''),
		cpus: numberOr(body.cpus, serverDefaults.cpus),
		disk: numberOr(body.disk, serverDefaults.disk),
		mem: numberOr(body.mem, serverDefaults.mem),
		disabled: booleanOr(body.disabled, false),
		softError: booleanOr(body.softError, false),
		dataProcessingJobType: booleanOr(body.dataProcessingJobType, false),
		errorsSinceLastSuccess: integerOr(body.errorsSinceLastSuccess, 0),
		uris: stringList(body.uris),
		fetch: Array.isArray(body.fetch) ? body.fetch.filter(isFields) : [],
		environmentVariables: readEnvironment(body.environmentVariables),
		arguments: stringList(body.arguments),
		highPriority: booleanOr(body.highPriority, false),
		runAsUser: stringOr(body.runAsUser, 'root'),
		concurrent: booleanOr(body.concurrent, false),
		constraints: readConstraints(body.constraints),
	};
	if (body.gpus !== undefined && body.gpus !== null) {
		// The ReCaS build of Chronos reads `gpus`; upstream would drop it.
		job.gpus = Math.max(0, integerOr(body.gpus, 0));
	}
	if (body.maxCompletionTime !== undefined && body.maxCompletionTime !== null) {
		job.maxCompletionTime = Math.max(0, integerOr(body.maxCompletionTime, 0));
	}
	const container = readContainer(body.container);
	if (container) {
		job.container = container;
	}

	if (kind === 'scheduled') {
		// A job with no schedule at all runs once, now, and would repeat daily if it had repetitions left.
		const text = typeof body.schedule === 'string' && body.schedule.trim() !== '' ? body.schedule : 'R1//PT24H';
		const schedule = normaliseSchedule(text, now);
		if (schedule === undefined) {
			throw badRequest(`Cannot parse schedule '${stringOr(body.schedule, '')}'`);
		}
		job.schedule = schedule;
		job.scheduleTimeZone = stringOr(body.scheduleTimeZone, '');
	} else {
		// Chronos keeps parents as a set.
		job.parents = [...new Set(stringList(body.parents))];
	}

	if (job.uris!.length > 0 && job.fetch!.length > 0) {
		throw badRequest(`Tried to add both uri (deprecated) and fetch parameters on ${name}`);
	}
	return job;
}

function htmlErrorFor(body: unknown): never {
	throw htmlError(500, isFields(body) ? 'java.lang.NullPointerException' : 'Server Error');
}

/** The job as `GET jobs` shows it, in the order Chronos 3 writes the fields. */
export function toWireJob(job: ChronosJob, apiVersion: 2 | 3): ChronosJob {
	const uris = job.uris ?? [];
	const fetch = job.fetch ?? [];
	const wire: ChronosJob = {
		name: job.name,
		command: job.command,
		shell: job.shell ?? serverDefaults.shell,
	};
	if (apiVersion === 2) {
		wire.epsilon = job.epsilon ?? 'PT60S';
	}
	Object.assign(wire, {
		executor: job.executor ?? '',
		executorFlags: job.executorFlags ?? '',
		taskInfoData: job.taskInfoData ?? '',
		retries: job.retries ?? serverDefaults.retries,
		owner: job.owner ?? '',
		ownerName: job.ownerName ?? '',
		description: job.description ?? '',
		successCount: job.successCount ?? 0,
		errorCount: job.errorCount ?? 0,
		lastSuccess: job.lastSuccess ?? '',
		lastError: job.lastError ?? '',
		cpus: job.cpus ?? serverDefaults.cpus,
		disk: job.disk ?? serverDefaults.disk,
		mem: job.mem ?? serverDefaults.mem,
	});
	if (job.gpus !== undefined) {
		wire.gpus = job.gpus;
	}
	Object.assign(wire, {
		disabled: job.disabled ?? false,
		softError: job.softError ?? false,
		dataProcessingJobType: job.dataProcessingJobType ?? false,
		errorsSinceLastSuccess: job.errorsSinceLastSuccess ?? 0,
		// Chronos copies `uris` into `fetch` (or back) on the way out, for old and new clients alike.
		fetch: fetch.length > 0 ? fetch : uris.map((uri) => ({uri, executable: false, extract: true, cache: false})),
		uris: uris.length > 0 ? uris : fetch.map((entry) => stringOr(entry.uri, '')),
		environmentVariables: job.environmentVariables ?? [],
		arguments: job.arguments ?? [],
		highPriority: job.highPriority ?? false,
		runAsUser: job.runAsUser ?? 'root',
		concurrent: job.concurrent ?? false,
	});
	if (job.maxCompletionTime !== undefined) {
		wire.maxCompletionTime = job.maxCompletionTime;
	}
	if (job.container) {
		wire.container = copyContainer(job.container);
	}
	wire.constraints = (job.constraints ?? []).map((constraint) => [...constraint]);
	if (job.parents !== undefined) {
		wire.parents = [...job.parents];
	} else {
		wire.schedule = job.schedule ?? '';
		wire.scheduleTimeZone = job.scheduleTimeZone ?? '';
	}
	return wire;
}

// Plain copies rather than structuredClone: this runs for every job on every `GET jobs`.
function copyContainer(container: Container): Container {
	const copy: Container = {...container};
	if (container.volumes) {
		copy.volumes = container.volumes.map((volume) => ({...volume}));
	}
	if (container.parameters) {
		copy.parameters = container.parameters.map((parameter) => ({...parameter}));
	}
	return copy;
}
