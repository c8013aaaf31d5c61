// Minimal checks on what Chronos returns, so bad data becomes one clear error here instead of a crash
// somewhere in a view later. Only what the rest of the program relies on is checked.
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

	return value;
}

export function expectJob(value: unknown, body: string, source: BodySource): ChronosJob {
	if (!isJobLike(value)) {
		throw malformed(`Chronos sent a response that is not a job (${source.label})`, body, source);
	}

	return value;
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

function isJobLike(value: unknown): value is ChronosJob {
	return isRecord(value) && typeof value.name === 'string' && value.name !== '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
