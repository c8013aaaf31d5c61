// Checks on what Chronos returns, so bad data is caught here instead of crashing a view later. A response
// that is not what was asked for at all becomes one clear error; a job with a field of the wrong type loses
// that field (noted as invalid, see jobs/invalid-fields.ts) and the rest of the job is used as it is.
import {markInvalidFields} from '../jobs/invalid-fields.js';
import {printableLine} from '../text/printable.js';
import {jobFieldKinds, shapeMismatch, type FieldKind} from '../jobs/shape.js';
import type {ChronosJob, JobStatus} from '../jobs/types.js';
import {ChronosError} from './errors.js';
import type {JobStats, JobSummary} from './types.js';

/** Where a body came from, for the message: `GET /v1/scheduler/jobs`. */
export interface BodySource {
	url: string;
	label: string;
}

export function parseJsonBody(body: string, source: BodySource): unknown {
	try {
		return JSON.parse(body) as unknown;
	} catch {
		throw malformed(`Chronos sent a response that is not valid JSON (${source.label})`, body, source);
	}
}

export function expectJobList(value: unknown, body: string, source: BodySource): ChronosJob[] {
	if (!Array.isArray(value) || !value.every(isJobLike)) {
		throw malformed(`Chronos sent a response that is not a list of jobs (${source.label})`, body, source);
	}

	return value.map(readServerJob);
}

export function expectJob(value: unknown, body: string, source: BodySource): ChronosJob {
	if (!isJobLike(value)) {
		throw malformed(`Chronos sent a response that is not a job (${source.label})`, body, source);
	}

	return readServerJob(value);
}

/**
 * The job with every field of a wrong type taken out and noted, so readers can trust the types. `null` reads
 * as absent, as Chronos' own reader takes it. Fields this program does not know are kept as they came.
 */
export function readServerJob(value: ChronosJob): ChronosJob {
	// Most jobs come as they should: those are used as JSON.parse made them, so reading 10,000 jobs does not
	// build a second copy of every one of them.
	if (!needsReading(value as unknown as Record<string, unknown>)) {
		return value;
	}

	const job: Record<string, unknown> = {};
	const invalid = new Map<string, string>();
	const kinds: Record<string, FieldKind | undefined> = jobFieldKinds;
	for (const [field, item] of Object.entries(value as unknown as Record<string, unknown>)) {
		const kind = Object.hasOwn(kinds, field) ? kinds[field] : undefined;
		if (item === null || item === undefined) {
			continue;
		}

		const mismatch = kind === undefined ? undefined : shapeMismatch(field, kind, item);
		if (mismatch) {
			// The reason quotes the server's value: it is only ever shown, so it is made printable here.
			invalid.set(field, printableLine(withinField(field, mismatch.path, mismatch.message)));
		} else {
			job[field] = item;
		}
	}

	markInvalidFields(job, invalid);
	return job as unknown as ChronosJob;
}

/** Whether a field of the job is absent (null) or of a wrong type, and so must be taken out. */
function needsReading(fields: Record<string, unknown>): boolean {
	const kinds: Record<string, FieldKind | undefined> = jobFieldKinds;
	for (const field in fields) {
		if (!Object.hasOwn(fields, field)) continue;
		const item = fields[field];
		if (item === null || item === undefined) return true;
		const kind = Object.hasOwn(kinds, field) ? kinds[field] : undefined;
		if (kind !== undefined && shapeMismatch(field, kind, item)) return true;
	}

	return false;
}

/** `container.volumes.0.hostPath` of field `container` reads `volumes entry 1 hostPath: …`. */
function withinField(field: string, path: string, message: string): string {
	const inside = path
		.slice(field.length + 1)
		.split('.')
		.filter(Boolean)
		.map((segment) => (/^\d+$/.test(segment) ? `entry ${Number(segment) + 1}` : segment));
	return inside.length > 0 ? `${inside.join(' ')}: ${message}` : message;
}

export function expectSummaries(value: unknown, body: string, source: BodySource): JobSummary[] {
	const jobs = isRecord(value) ? value.jobs : undefined;
	if (!Array.isArray(jobs)) {
		throw malformed(`Chronos sent a job summary without a list of jobs (${source.label})`, body, source);
	}

	return jobs.map((entry: unknown) => {
		if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name === '') {
			throw malformed(`Chronos sent a job summary entry without a name (${source.label})`, body, source);
		}

		return {
			name: entry.name,
			status: normaliseStatus(entry.status),
			state: typeof entry.state === 'string' && entry.state !== '' ? entry.state : 'idle',
			schedule: typeof entry.schedule === 'string' ? entry.schedule : '',
			parents: Array.isArray(entry.parents) ? entry.parents.filter((parent) => typeof parent === 'string') : [],
			disabled: entry.disabled === true,
		};
	});
}

export function expectStats(value: unknown, body: string, source: BodySource): JobStats {
	if (!isRecord(value) || (value.histogram !== undefined && !isRecord(value.histogram))) {
		throw malformed(`Chronos sent job statistics in an unknown shape (${source.label})`, body, source);
	}

	const histogram: JobStats['histogram'] = {};
	for (const [key, number] of Object.entries(value.histogram ?? {})) {
		if (typeof number === 'number' && Number.isFinite(number)) {
			(histogram as Record<string, number>)[key] = number;
		}
	}

	const history = Array.isArray(value.taskStatHistory) ? value.taskStatHistory.filter(isRecord) : [];
	return {histogram, taskStatHistory: history};
}

export function expectLeader(value: unknown, body: string, source: BodySource): string {
	if (!isRecord(value) || typeof value.leader !== 'string') {
		throw malformed(`Chronos sent a leader answer in an unknown shape (${source.label})`, body, source);
	}

	return value.leader;
}

/** `fresh`, `success` or `failure`; Chronos 2.x wrote some words in capitals. */
export function normaliseStatus(value: unknown): JobStatus {
	const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
	return word === 'success' || word === 'failure' ? word : 'fresh';
}

export function malformed(message: string, body: string, source: BodySource): ChronosError {
	const excerpt = body.length > 2000 ? `${body.slice(0, 2000)}…` : body;
	return new ChronosError('malformed', message, {url: source.url, detail: `${message}\n${excerpt}`});
}

export function isJobLike(value: unknown): value is ChronosJob {
	return isRecord(value) && typeof value.name === 'string' && value.name !== '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
