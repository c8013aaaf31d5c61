// `chronos-tui list`: one line per job, fitted to the terminal, or every field as JSON for scripts.
import type {JobSummary} from '../chronos/types.js';
import {invalidCell} from '../jobs/invalid-fields.js';
import type {ChronosJob} from '../jobs/types.js';
import {byName} from '../jobs/name.js';
import {escapeInvisibles} from '../text/printable.js';
import {formatCpus, formatMegabytes, lastRunText, resultWord, scheduleBrief, stateText} from '../vocabulary/index.js';
import {booleanFlag, type ParsedArgs} from './args.js';
import {UsageError} from './errors.js';
import {paintAsResult, paintAsState} from './format.js';
import {type CommandIO, outputWidth, palette, print} from './io.js';
import {connect} from './session.js';
import {renderTable, type Column} from './table.js';
import {exitCodes} from './exit-codes.js';

export interface ListedJob {
	job: ChronosJob;
	summary: JobSummary;
}

const usage = 'chronos-tui list [--json] [--all|--mine]';

/** The summary says what a job is doing; the full job says what it asks for. One row needs both. */
export function mergeJobs(jobs: readonly ChronosJob[], summaries: readonly JobSummary[]): ListedJob[] {
	const jobsByName = new Map(jobs.map((job) => [job.name, job]));
	return summaries
		.map((summary) => ({summary, job: jobsByName.get(summary.name) ?? {name: summary.name, command: ''}}))
		.sort((a, b) => byName(a.summary, b.summary));
}

function number(value: number | undefined): string {
	return value === undefined ? '-' : String(value);
}

export function listColumns(now: Date): Array<Column<ListedJob>> {
	return [
		{header: 'NAME', value: ({job}) => job.name, flexible: true, minWidth: 16, priority: 10},
		{
			header: 'STATE',
			value: ({summary}) => stateText(summary),
			priority: 9,
			color: (text, {summary}, p) => paintAsState(text, summary, p),
		},
		{
			header: 'LAST-RESULT',
			value: ({summary}) => resultWord(summary.status),
			priority: 8,
			color: (text, {summary}, p) => paintAsResult(text, summary.status, p),
		},
		{
			header: 'SCHEDULE',
			value: ({job, summary}) =>
				invalidCell(job, 'schedule', 'parents') ??
				scheduleBrief(
					{
						...summary,
						schedule: job.schedule ?? summary.schedule,
						parents: summary.parents.length > 0 ? summary.parents : job.parents ?? [],
					},
					now,
				),
			flexible: true,
			minWidth: 10,
			priority: 5,
		},
		{header: 'GPUS', value: ({job}) => invalidCell(job, 'gpus') ?? number(job.gpus), align: 'right', priority: 7},
		{
			header: 'CPUS',
			value: ({job}) => invalidCell(job, 'cpus') ?? (job.cpus === undefined ? '-' : formatCpus(job.cpus)),
			align: 'right',
			priority: 6,
		},
		{
			header: 'MEM',
			value: ({job}) => invalidCell(job, 'mem') ?? (job.mem === undefined ? '-' : formatMegabytes(job.mem)),
			align: 'right',
			priority: 4,
		},
		{
			header: 'LAST-RUN',
			value: ({job}) => lastRunText(job, now),
			priority: 3,
		},
	];
}

export async function listCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const all = booleanFlag(args.values, 'all');
	const mine = booleanFlag(args.values, 'mine');
	if (all && mine) {
		throw new UsageError('--all and --mine exclude each other', usage);
	}

	const {config, client} = await connect(args.global, io);
	const [summaries, jobs] = await Promise.all([client.listSummaries(), client.listJobs()]);
	const everything = mergeJobs(jobs, summaries);
	const onlyMine = mine || (!all && config.profile.requireUserPrefix);
	const prefix = `${config.user}-`;
	const listed = onlyMine ? everything.filter(({job}) => job.name.startsWith(prefix)) : everything;

	if (booleanFlag(args.values, 'json')) {
		print(io, escapeInvisibles(JSON.stringify(listed.map(({job, summary}) => ({...job, ...summary})), null, 2)));
		return exitCodes.ok;
	}

	if (listed.length === 0) {
		const hidden = everything.length - listed.length;
		print(
			io,
			hidden > 0
				? `No jobs named ${prefix}... on ${client.url} (${hidden} other${hidden === 1 ? '' : 's'}: chronos-tui list --all).`
				: `No jobs on ${client.url} yet. Create one with: chronos-tui new`,
		);
		return exitCodes.ok;
	}

	// One write for the whole table, not one per line: each is a system call, and for a pipe a wake-up of the reader.
	print(io, renderTable(listColumns(new Date()), listed, outputWidth(io), palette(io)).join('\n'));

	return exitCodes.ok;
}
