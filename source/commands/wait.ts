// `chronos-tui wait NAME...`: waits for the run in progress of each job (or its next run) to end, a line per
// state change on stderr; 0 when every run succeeded, 1 when one failed, 6 when --timeout ran out first.
// `run --wait` and `submit --wait` use the same waiting, and `--follow` prints the run's output meanwhile.
import type {ChronosClient} from '../chronos/client.js';
import type {ResolvedConfig} from '../config/load.js';
import type {ChronosJob} from '../jobs/types.js';
import {outputSettings, storageRootOption} from '../output/settings.js';
import {booleanFlag, stringFlag, type ParsedArgs} from './args.js';
import {durationFlag} from './duration-flag.js';
import {UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note, palette} from './io.js';
import {firstRuns, followRun, pickSource} from './logs.js';
import {markRuns, waitForRuns, type RunMark, type WaitOutcome} from './run-waiter.js';
import {connect} from './session.js';

const waitUsage = 'chronos-tui wait NAME... [--timeout D]';

export async function waitCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const timeoutMs = durationFlag(stringFlag(args.values, 'timeout'), '--timeout', waitUsage);
	const names = [...new Set(args.positionals)];
	const {config, client} = await connect(args.global, io);
	const marks = await markRuns(client, names);
	return waitAndReport(io, client, config, {names, marks, ...(timeoutMs === undefined ? {} : {timeoutMs})});
}

export interface WaitRequest {
	names: string[];
	marks: ReadonlyMap<string, RunMark>;
	timeoutMs?: number;
	/** Print the run's output meanwhile (one job only): the job as submitted or as Chronos has it. */
	follow?: {job: ChronosJob; knownRuns: ReadonlySet<string>};
}

/** The flags `run` and `submit` share for waiting, read and checked in one place. */
export function waitFlags(args: ParsedArgs, usage: string): {wait: boolean; follow: boolean; timeoutMs?: number} {
	const wait = booleanFlag(args.values, 'wait');
	const follow = booleanFlag(args.values, 'follow');
	const timeoutMs = durationFlag(stringFlag(args.values, 'timeout'), '--timeout', usage);
	if ((follow || timeoutMs !== undefined) && !wait) {
		throw new UsageError(`${follow ? '--follow' : '--timeout'} goes with --wait`, usage);
	}
	return {wait, follow, ...(timeoutMs === undefined ? {} : {timeoutMs})};
}

/** Run ids the job's output source lists now, so `--follow` can tell the new run from the old ones. */
export async function knownRunIds(job: ChronosJob, config: ResolvedConfig, io: CommandIO): Promise<Set<string>> {
	const source = pickSource(job, outputSettings(config, storageRootOption(io.env)), 'stdout');
	return new Set((await source.runs()).map((run) => run.id));
}

export async function waitAndReport(io: CommandIO, client: ChronosClient, config: ResolvedConfig, request: WaitRequest): Promise<number> {
	const p = palette(io);
	const intervalMs = Math.min(config.pollIntervalMs, 2000);
	let done = false;
	const waiting = waitForRuns(client, request.names, {
		marks: request.marks,
		...(request.timeoutMs === undefined ? {} : {timeoutMs: request.timeoutMs}),
		intervalMs,
		onState: (name, state) => note(io, `${name}: ${colour(state, p)}`),
	}).finally(() => {
		done = true;
	});
	const printing = request.follow ? printNewRun(io, client, config, request.follow, intervalMs, () => !done) : Promise.resolve();
	const [outcomes] = await Promise.all([waiting, printing]);
	return exitCodeOf([...outcomes.values()]);
}

async function printNewRun(
	io: CommandIO,
	client: ChronosClient,
	config: ResolvedConfig,
	follow: NonNullable<WaitRequest['follow']>,
	intervalMs: number,
	waiting: () => boolean,
): Promise<void> {
	const source = pickSource(follow.job, outputSettings(config, storageRootOption(io.env)), 'stdout');
	const seen = new Set(follow.knownRuns);
	// A failed try is followed by its retries, each a run of its own, until the waiting is over.
	for (;;) {
		const runs = await firstRuns(source, async () => waiting(), intervalMs, seen);
		const run = runs.at(-1);
		if (!run) {
			return;
		}
		seen.add(run.id);
		if ((run.attempt ?? 0) > 0) {
			note(io, `${follow.job.name}: retry ${run.attempt}`);
		}
		await followRun(io, client, follow.job.name, source, run, 'stdout', {follow: true, intervalMs});
	}
}

function colour(state: WaitOutcome | string, p: ReturnType<typeof palette>): string {
	if (state === 'succeeded') {
		return p.green(state);
	}
	return state === 'failed' || state === 'deleted' || state === 'timed out' ? p.red(state) : state;
}

export function exitCodeOf(outcomes: readonly WaitOutcome[]): number {
	if (outcomes.includes('timed out')) {
		return exitCodes.waitTimeout;
	}
	return outcomes.every((outcome) => outcome === 'succeeded') ? exitCodes.ok : exitCodes.jobProblem;
}
