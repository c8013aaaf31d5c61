// `chronos-tui logs JOB`: what a run of the job printed, from its kept files or its Mesos sandbox; with
// --follow, new output as it comes until the run ends, and the run's exit status as the program's.
import type {ChronosClient} from '../chronos/client.js';
import type {ChronosJob} from '../jobs/types.js';
import {outputSourceFor, type OutputSourceKind} from '../output/index.js';
import {outputSettings, storageRootOption} from '../output/settings.js';
import type {OutputRun, OutputSource, OutputStream, RunEnd} from '../output/types.js';
import {booleanFlag, numberFlag, stringFlag, type ParsedArgs} from './args.js';
import {CommandError, UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note} from './io.js';
import {LinePrinter, printRun} from './output-printer.js';
import {connect} from './session.js';
import {getNamedJob} from './job-lookup.js';

export const logsUsage = 'chronos-tui logs NAME [--follow] [--run N] [--stderr] [--source files|mesos]';

export async function logsCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const follow = booleanFlag(args.values, 'follow');
	const runNumber = numberFlag(args.values, 'run', {min: 1, integer: true}, logsUsage) ?? 1;
	const stream: OutputStream = booleanFlag(args.values, 'stderr') ? 'stderr' : 'stdout';
	const prefer = sourceFlag(stringFlag(args.values, 'source'));
	const {config, client} = await connect(args.global, io);
	const job = await getNamedJob(client, name);
	const source = pickSource(job, outputSettings(config, {...(prefer ? {prefer} : {}), ...storageRootOption(io.env)}), stream);
	const intervalMs = Math.min(config.pollIntervalMs, 2000);

	let runs = await source.runs();
	if (runs.length === 0 && follow && (await isActive(client, name))) {
		note(io, `waiting for ${name} to start writing to ${source.describe()} …`);
		runs = await firstRuns(source, () => isActive(client, name), intervalMs);
	}
	if (runs.length === 0) {
		throw new CommandError(`no output of ${name} yet at ${source.describe()}`);
	}
	const run = runs[runNumber - 1];
	if (!run) {
		throw new UsageError(`${name} has ${runs.length} run${runs.length === 1 ? '' : 's'} with output; --run goes from 1 (the newest) to ${runs.length}`, logsUsage);
	}
	if (runs.length > 1 || runNumber > 1) {
		note(io, `${name}: run of ${run.label} (${runNumber} of ${runs.length}, newest first)`);
	}
	const end = await followRun(io, client, name, source, run, stream, {follow, intervalMs});
	return follow ? exitStatusOf(io, name, end) : exitCodes.ok;
}

/** Prints one run (following it when asked) through the shared printer; used by `logs` and `--wait --follow`. */
export async function followRun(
	io: CommandIO,
	client: ChronosClient,
	name: string,
	source: OutputSource,
	run: OutputRun,
	stream: OutputStream,
	options: {follow: boolean; intervalMs: number},
): Promise<RunEnd | undefined> {
	const printer = new LinePrinter((text) => io.stdout.write(text));
	return printRun({
		source,
		run,
		stream,
		printer,
		follow: options.follow,
		intervalMs: options.intervalMs,
		stillRunning: () => isActive(client, name),
		onRestart: () => note(io, `${name}: the output file was replaced or cut short; reading it again from the start`),
	});
}

export function pickSource(job: ChronosJob, settings: Parameters<typeof outputSourceFor>[1], stream: OutputStream): OutputSource {
	const choice = outputSourceFor(job, settings);
	if (!choice.source) {
		throw new CommandError(choice.reason);
	}
	if (!choice.source.streams.includes(stream)) {
		throw new UsageError('kept output files hold stdout and stderr together: --stderr needs --source mesos', logsUsage);
	}
	return choice.source;
}

function sourceFlag(value: string | undefined): OutputSourceKind | undefined {
	if (value === undefined || value === 'files' || value === 'mesos') {
		return value;
	}
	throw new UsageError(`--source must be files or mesos, not '${value}'`, logsUsage);
}

export async function isActive(client: ChronosClient, name: string): Promise<boolean> {
	const summary = (await client.listSummaries()).find((entry) => entry.name === name);
	return summary !== undefined && summary.state !== 'idle';
}

/** Waits until the source lists a run not among `known`, or `keepWaiting` says there will be none. */
export async function firstRuns(
	source: OutputSource,
	keepWaiting: () => Promise<boolean>,
	intervalMs: number,
	known: ReadonlySet<string> = new Set(),
): Promise<OutputRun[]> {
	for (;;) {
		const runs = (await source.runs()).filter((run) => !known.has(run.id));
		if (runs.length > 0 || !(await keepWaiting())) {
			return runs;
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

function exitStatusOf(io: CommandIO, name: string, end: RunEnd | undefined): number {
	if (!end) {
		note(io, `${name}: the run ended without an exit status (it was stopped or killed)`);
		return exitCodes.jobProblem;
	}
	return end.exitCode ?? (end.succeeded ? exitCodes.ok : exitCodes.jobProblem);
}
