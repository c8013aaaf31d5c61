// `chronos-tui show NAME`: everything about one job a person wants to read, or the job document itself.
import {commandAndOutput} from '../output/place.js';
import type {JobStats, JobSummary} from '../chronos/types.js';
import {invalidFieldNotes, invalidFieldsOf, markInvalidFields} from '../jobs/invalid-fields.js';
import {jobToJson, jobToYaml} from '../jobs/io.js';
import {describeSchedule, nextRuns, parseSchedule, type ParsedSchedule} from '../jobs/schedule.js';
import type {ChronosJob} from '../jobs/types.js';
import {
	countOf, dateAndAge, durationFromMilliseconds, durationFromSeconds, formatCpus, formatMegabytes, formatUtcDate,
} from '../vocabulary/index.js';
import {booleanFlag, type ParsedArgs} from './args.js';
import {UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {paintAsResult, paintedResult, paintedState} from './format.js';
import {type CommandIO, type Palette, palette, print} from './io.js';
import {connect} from './session.js';
import {printableDocument, printableLine} from '../text/printable.js';
import {getNamedJob} from './job-lookup.js';

const usage = 'chronos-tui show NAME [--json|--yaml]';

export async function showCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const asJson = booleanFlag(args.values, 'json');
	const asYaml = booleanFlag(args.values, 'yaml');
	if (asJson && asYaml) {
		throw new UsageError('--json and --yaml exclude each other', usage);
	}

	const {client} = await connect(args.global, io);
	const job = await getNamedJob(client, name);
	if (asJson || asYaml) {
		io.stdout.write(asJson ? `${jobToJson(job).trimEnd()}\n` : `${jobToYaml(job).trimEnd()}\n`);
		return exitCodes.ok;
	}

	const [summaries, stats] = await Promise.all([
		client.listSummaries(),
		// Statistics are a bonus (Chronos keeps them only with Cassandra): their absence is not a failure.
		client.jobStats(name).catch(() => undefined),
	]);
	const summary = summaries.find((entry) => entry.name === name);
	const children = summaries.filter((entry) => entry.parents.includes(name)).map((entry) => entry.name);
	// The wrapper that keeps output is recognised before the text is made printable, and shown as a place.
	const place = commandAndOutput(job);
	const shown = printableDocument({job: {...job, command: place.command}, summary, children, stats});
	// The printable copy is a new object: it keeps the note of what the server sent in a wrong type.
	markInvalidFields(shown.job, invalidFieldsOf(job));
	for (const line of describeJob({...shown, output: printableLine(place.output), now: new Date(), palette: palette(io)})) {
		print(io, line);
	}

	return exitCodes.ok;
}

export interface JobDescription {
	job: ChronosJob;
	summary?: JobSummary;
	children: string[];
	stats?: JobStats;
	/** Where the job's output goes, in words. */
	output?: string;
	now: Date;
	palette: Palette;
}

const labelWidth = 12;

function field(label: string, value: string, p: Palette): string {
	return `  ${p.dim(label.padEnd(labelWidth))}${value}`;
}

function scheduleLines({job, children, now, palette: p}: JobDescription): string[] {
	const lines: string[] = [];
	if (job.parents && job.parents.length > 0) {
		lines.push(field('runs after', `${job.parents.join(', ')} (when all of them succeed)`, p));
	} else if (job.schedule) {
		const parsed = parseSchedule(job.schedule);
		if (parsed.ok) {
			lines.push(field('schedule', `${describeSchedule(parsed.schedule)}  ${p.dim(job.schedule)}`, p));
			lines.push(field('next runs', describeNextRuns(job, parsed.schedule, now), p));
		} else {
			lines.push(field('schedule', `${job.schedule} (${parsed.message})`, p));
		}

		if (job.scheduleTimeZone) {
			lines.push(field('time zone', job.scheduleTimeZone, p));
		}
	}

	if (children.length > 0) {
		lines.push(field('then runs', children.join(', '), p));
	}

	return lines;
}

function describeNextRuns(job: ChronosJob, schedule: ParsedSchedule, now: Date): string {
	if (job.disabled) {
		return 'none: the job is disabled';
	}

	if (schedule.repetitions === 0) {
		return 'none left';
	}

	const upcoming = nextRuns(schedule, 3, now);
	if (upcoming.length > 0) {
		return upcoming.map((date) => formatUtcDate(date)).join(', ');
	}

	// A start in the past with runs left is due: Chronos launches it at its next check.
	return 'due now';
}

function resourceLine(job: ChronosJob): string {
	const parts = [
		job.gpus === undefined ? 'no GPU requested' : countOf(job.gpus, 'GPU'),
		job.cpus === undefined ? 'default CPUs' : `${formatCpus(job.cpus)} ${job.cpus === 1 ? 'CPU' : 'CPUs'}`,
		job.mem === undefined ? 'default memory' : `${formatMegabytes(job.mem)} memory`,
		job.disk ? `${formatMegabytes(job.disk)} disk` : 'default disk',
	];
	return parts.join(', ');
}

function containerLines({job, palette: p}: JobDescription): string[] {
	const lines: string[] = [];
	const {container} = job;
	if (container) {
		lines.push(field('image', `${container.image} ${p.dim(`(${container.type})`)}`, p));
		for (const [index, volume] of (container.volumes ?? []).entries()) {
			const mapping =
				volume.hostPath === volume.containerPath ? volume.hostPath : `${volume.hostPath} -> ${volume.containerPath}`;
			lines.push(field(index === 0 ? 'volumes' : '', `${mapping} (${volume.mode === 'RO' ? 'read-only' : 'read-write'})`, p));
		}
	} else {
		lines.push(field('image', 'none (runs on the host, not in a container)', p));
	}

	for (const [index, variable] of (job.environmentVariables ?? []).entries()) {
		lines.push(field(index === 0 ? 'environment' : '', `${variable.name}=${variable.value}`, p));
	}

	return lines;
}

function historyLines({job, now, palette: p}: JobDescription): string[] {
	const dated = (label: string, text?: string) => (text ? `${label} ${dateAndAge(text, now)}` : undefined);

	const counts = `${countOf(job.successCount ?? 0, 'success', 'successes')}, ${countOf(job.errorCount ?? 0, 'failure')}`;
	const lines = [field('runs', counts, p)];
	const success = dated('last success', job.lastSuccess);
	const failure = dated('last failure', job.lastError);
	for (const text of [success, failure]) {
		if (text) {
			lines.push(field('', text, p));
		}
	}

	if ((job.errorsSinceLastSuccess ?? 0) > 0) {
		lines.push(field('', p.red(`${countOf(job.errorsSinceLastSuccess!, 'failure')} since the last success`), p));
	}

	return lines;
}

const recentTasks = 5;

/** Mesos task states (TASK_FINISHED, TASK_FAILED, TASK_KILLED...) read as the job status words. */
function taskOutcome(taskState: string): string {
	const state = taskState.toUpperCase();
	if (state.includes('FINISH') || state.includes('SUCCESS')) {
		return 'success';
	}

	return state.includes('FAIL') || state.includes('LOST') || state.includes('ERROR') ? 'failure' : taskState;
}

function statsLines({stats, palette: p}: JobDescription): string[] {
	const lines: string[] = [];
	const histogram = stats?.histogram;
	if (histogram?.count) {
		const parts = [
			histogram.median === undefined ? undefined : `median ${durationFromMilliseconds(histogram.median)}`,
			histogram.mean === undefined ? undefined : `mean ${durationFromMilliseconds(histogram.mean)}`,
			histogram['95thPercentile'] === undefined ? undefined : `95% under ${durationFromMilliseconds(histogram['95thPercentile'])}`,
		].filter(Boolean);
		lines.push(field('run time', `${parts.join(', ')} ${p.dim(`over ${countOf(histogram.count, 'run')}`)}`, p));
	}

	// Task records are loosely specified; show the fields Chronos fills, skip what is missing.
	for (const [index, task] of (stats?.taskStatHistory ?? []).slice(0, recentTasks).entries()) {
		const text = (key: string) => (typeof task[key] === 'string' && task[key] !== '' ? (task[key] as string) : undefined);
		const status = text('status') ?? text('taskState');
		const parts = [
			text('startTime') ?? text('taskStartTs'),
			status && paintAsResult(status, taskOutcome(status), p),
			text('duration'),
			text('slaveId') && `on ${text('slaveId')}`,
		].filter(Boolean);
		if (parts.length > 0) {
			lines.push(field(index === 0 ? 'recent runs' : '', parts.join('  '), p));
		}
	}

	return lines;
}

export function describeJob(description: JobDescription): string[] {
	const {job, summary, palette: p} = description;
	const lines = [
		p.bold(job.name),
		field(
			'state',
			summary ? `${paintedState(summary, p)}, last result ${paintedResult(summary.status, p)}` : 'unknown (not in the job summary)',
			p,
		),
	];
	// What the server sent in a wrong type is said first: the lines below show the job without it.
	for (const {label, note} of invalidFieldNotes(job)) {
		lines.push(field(label, p.red(note), p));
	}

	if (job.description) {
		lines.push(field('description', job.description, p));
	}

	if (job.command !== undefined) {
		lines.push(field('command', job.command, p));
	}

	if (description.output !== undefined) {
		lines.push(field('output', description.output, p));
	}

	if (job.shell === false && job.arguments && job.arguments.length > 0) {
		lines.push(field('arguments', job.arguments.join(' '), p));
	}

	lines.push(...scheduleLines(description));
	lines.push(field('resources', resourceLine(job), p));
	lines.push(...containerLines(description));
	const who = [job.runAsUser && `runs as ${job.runAsUser}`, job.owner && `owner ${job.owner}`].filter(Boolean);
	if (who.length > 0) {
		lines.push(field('user', who.join(', '), p));
	}

	lines.push(field('retries', `${job.retries ?? 2} after a failure`, p));
	if (job.maxCompletionTime) {
		lines.push(field('time limit', durationFromSeconds(job.maxCompletionTime), p));
	}

	lines.push(...historyLines(description), ...statsLines(description));
	return lines;
}
