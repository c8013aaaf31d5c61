// Read-only answers built from the store and the scheduler: summary, graph exports, job statistics.
import type {JobStats, JobSummary} from '../chronos/types.js';
import type {ChronosJob} from '../jobs/types.js';
import type {SimulatedScheduler} from './scheduler.js';
import {statusOf, type JobStore, type TaskRecord} from './store.js';

export function summaryOf(job: ChronosJob, scheduler: SimulatedScheduler): JobSummary {
	return {
		name: job.name,
		status: statusOf(job),
		state: scheduler.stateOf(job.name),
		schedule: job.parents === undefined ? (job.schedule ?? '') : '',
		parents: job.parents ? [...job.parents] : [],
		disabled: job.disabled ?? false,
	};
}

export function summaries(store: JobStore, scheduler: SimulatedScheduler): {jobs: JobSummary[]} {
	const jobs: JobSummary[] = [];
	for (const job of store.all()) {
		jobs.push(summaryOf(job, scheduler));
	}
	return {jobs};
}

/** `graph/csv` (Exporter.scala): one `node` line per job, then one `link` line per dependency. */
export function graphCsv(store: JobStore, scheduler: SimulatedScheduler): string {
	const nodes: string[] = [];
	const links: string[] = [];
	for (const job of store.all()) {
		nodes.push(`node,${job.name},${statusOf(job)},${scheduler.stateOf(job.name)}\n`);
		for (const parent of job.parents ?? []) {
			links.push(`link,${parent},${job.name}\n`);
		}
	}
	return nodes.join('') + links.join('');
}

/** `graph/dot`: Graphviz, coloured by last result as the Chronos exporter does. */
export function graphDot(store: JobStore): string {
	const colour: Record<string, string> = {success: 'green', failure: 'red', fresh: 'gray'};
	const lines = ['digraph G {', '  node [style=filled];'];
	for (const job of store.all()) {
		lines.push(`  "${job.name}" [fillcolor=${colour[statusOf(job)]}];`);
	}
	for (const job of store.all()) {
		for (const parent of job.parents ?? []) {
			lines.push(`  "${parent}" -> "${job.name}";`);
		}
	}
	lines.push('}', '');
	return lines.join('\n');
}

function percentile(sorted: number[], quantile: number): number {
	if (sorted.length === 0) {
		return 0;
	}
	// Same interpolation as the Codahale snapshot Chronos uses.
	const position = quantile * (sorted.length + 1);
	if (position < 1) {
		return sorted[0]!;
	}
	if (position >= sorted.length) {
		return sorted.at(-1)!;
	}
	const lower = sorted[Math.floor(position) - 1]!;
	const upper = sorted[Math.floor(position)]!;
	return lower + (position - Math.floor(position)) * (upper - lower);
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

// Chronos prints task times as `MM/dd/yy HH:mm:ss` (UTC) and durations as `1h2m3s`.
function statTime(epochMs: number): string {
	const date = new Date(epochMs);
	return `${twoDigits(date.getUTCMonth() + 1)}/${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCFullYear() % 100)} ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
}

function statDuration(ms: number): string {
	let seconds = Math.round(ms / 1000);
	const days = Math.floor(seconds / 86_400);
	seconds -= days * 86_400;
	const hours = Math.floor(seconds / 3600);
	seconds -= hours * 3600;
	const minutes = Math.floor(seconds / 60);
	seconds -= minutes * 60;
	return `${days > 0 ? `${days}d` : ''}${hours > 0 ? `${hours}h` : ''}${minutes > 0 ? `${minutes}m` : ''}${seconds}s`;
}

function taskStat(name: string, record: TaskRecord): Record<string, unknown> {
	return {
		taskId: record.taskId,
		jobName: name,
		slaveId: record.agentId,
		startTime: statTime(record.startedAt),
		endTime: statTime(record.endedAt),
		duration: statDuration(record.endedAt - record.startedAt),
		status: record.status,
	};
}

/** `job/stat/{name}`: run-time percentiles in milliseconds over finished runs, newest tasks first. */
export function jobStats(store: JobStore, name: string): JobStats {
	const sorted = [...store.runDurations(name)].sort((a, b) => a - b);
	return {
		histogram: {
			'75thPercentile': percentile(sorted, 0.75),
			'95thPercentile': percentile(sorted, 0.95),
			'98thPercentile': percentile(sorted, 0.98),
			'99thPercentile': percentile(sorted, 0.99),
			median: percentile(sorted, 0.5),
			mean: sorted.length === 0 ? 0 : sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
			count: sorted.length,
		},
		taskStatHistory: store.taskHistory(name).map((record) => taskStat(name, record)),
	};
}
