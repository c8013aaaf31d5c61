// `chronos-tui submit FILE...`: check everything first (files, then the server), then send parents before
// children, reporting each job. Nothing is sent when anything is wrong.
import {printableLine} from '../text/printable.js';
import type {ChronosClient} from '../chronos/client.js';
import {isChronosError} from '../chronos/errors.js';
import {stripReadOnly, withUserDefaults} from '../jobs/defaults.js';
import {jobToJson} from '../jobs/io.js';
import type {ChronosJob} from '../jobs/types.js';
import {keepJobOutput} from '../output/keep-job.js';
import {outputDirProblem} from '../output/wrapper.js';
import {booleanFlag, stringFlag, type ParsedArgs} from './args.js';
import {CommandError, UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note, palette, print} from './io.js';
import {checkJobFiles, colorDiagnostic, countWords} from './job-files.js';
import {connectedClient, resolveConfig} from './session.js';
import {planSubmission} from './submit-plan.js';
import {knownRunIds, waitAndReport, waitFlags} from './wait.js';

export const submitUsage =
	'chronos-tui submit FILE... [--dry-run] [--overwrite] [--keep-output [--output-dir DIR]] [--wait [--timeout D] [--follow]]';

export async function submitCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const dryRun = booleanFlag(args.values, 'dry-run');
	const overwrite = booleanFlag(args.values, 'overwrite');
	const keep = keepOutputFlags(args);
	const waiting = waitFlags(args, submitUsage);
	// Files are checked before the password is needed: a typo should not cost a password prompt.
	const config = await resolveConfig(args.global, io);
	const p = palette(io);

	const report = await checkJobFiles(args.positionals, {profile: config.profile, username: config.user}, io.stdin);
	for (const line of report.diagnostics) {
		note(io, colorDiagnostic(printableLine(line), p));
	}

	if (report.errors > 0) {
		throw new CommandError(`nothing submitted: ${countWords(report.errors, report.warnings)}`);
	}

	const prepared = report.jobs.map(({job}) => stripReadOnly(withUserDefaults(job, config.user)));
	const jobs = keep.keepOutput ? keepOutputOfAll(prepared, keep.dir ?? config.output.dir, config.user, io) : prepared;
	if (waiting.follow && jobs.length !== 1) {
		throw new UsageError(`--follow prints one job's output, and these files hold ${jobs.length} jobs: submit one, or leave out --follow`, submitUsage);
	}
	const client = await connectedClient(config, io);
	const summaries = await client.listSummaries();
	const existing = new Set(summaries.map((summary) => summary.name));
	const serverParents = new Map(summaries.map((summary) => [summary.name, summary.parents]));
	const plan = planSubmission(jobs, existing, {overwrite, serverParents});
	if (!plan.ok) {
		for (const refusal of plan.refusals) {
			note(io, `chronos-tui: ${refusal}`);
		}

		const count = plan.refusals.length;
		throw new CommandError(`nothing submitted (${count} problem${count === 1 ? '' : 's'} above)`);
	}

	if (dryRun) {
		for (const {job, replaces} of plan.steps) {
			const endpoint = job.parents && job.parents.length > 0 ? 'dependency' : 'iso8601';
			note(io, `would ${replaces ? 'replace' : 'create'} ${job.name} (POST ${client.url}/v1/scheduler/${endpoint})`);
			print(io, jobToJson(job).trimEnd());
		}

		note(io, 'dry run: nothing submitted');
		return exitCodes.ok;
	}

	const knownRuns = waiting.follow ? await knownRunIds(jobs[0]!, config, io) : undefined;
	for (const [index, {job, replaces}] of plan.steps.entries()) {
		try {
			if (!replaces) {
				await refuseIfCreatedMeanwhile(client, job.name);
			}

			await client.saveJob(job);
		} catch (error) {
			const notSent = plan.steps.slice(index + 1).map((step) => step.job.name);
			note(io, `chronos-tui: ${job.name} was not submitted`);
			if (notSent.length > 0) {
				note(io, `chronos-tui: not submitted either: ${notSent.join(', ')}`);
			}

			throw error;
		}

		print(io, `${p.green(replaces ? 'replaced' : 'created')} ${job.name}`);
	}

	if (!waiting.wait) {
		return exitCodes.ok;
	}
	// A job that is created or replaced starts its counts from zero.
	const names = plan.steps.map((step) => step.job.name);
	return waitAndReport(io, client, config, {
		names,
		marks: new Map(names.map((name) => [name, {successCount: 0, errorCount: 0}])),
		...(waiting.timeoutMs === undefined ? {} : {timeoutMs: waiting.timeoutMs}),
		...(knownRuns ? {follow: {job: jobs[0]!, knownRuns}} : {}),
	});
}

/**
 * Another submit (a second terminal, a script) may have created the same name since the plan was made:
 * Chronos would silently replace that job with this one and both would say "created". Asked right before
 * the POST, the server says who was first.
 */
async function refuseIfCreatedMeanwhile(client: ChronosClient, name: string): Promise<void> {
	const exists = await client.getJob(name).then(
		() => true,
		(error: unknown) => {
			if (isChronosError(error) && error.kind === 'http' && /not found/i.test(error.message)) {
				return false;
			}

			throw error;
		},
	);
	if (exists) {
		throw new CommandError(
			`${name} was created on Chronos by someone else while this submit ran: theirs is kept, this one was not sent (pass --overwrite to replace it)`,
		);
	}
}

function keepOutputFlags(args: ParsedArgs): {keepOutput: boolean; dir?: string} {
	const keepOutput = booleanFlag(args.values, 'keep-output');
	const dir = stringFlag(args.values, 'output-dir');
	if (dir !== undefined && !keepOutput) {
		throw new UsageError('--output-dir goes with --keep-output', submitUsage);
	}
	const problem = dir === undefined ? undefined : outputDirProblem(dir);
	if (problem) {
		throw new UsageError(`--output-dir: ${problem}`, submitUsage);
	}
	return {keepOutput, ...(dir === undefined ? {} : {dir})};
}

/** Every job wrapped to keep its output, with the volume it needs; any job that cannot stops the submission. */
function keepOutputOfAll(jobs: readonly ChronosJob[], template: string, user: string, io: CommandIO): ChronosJob[] {
	const problems: string[] = [];
	const kept = jobs.map((job) => {
		const result = keepJobOutput(job, template, user);
		if (!result.ok) {
			problems.push(`${job.name}: cannot keep its output: ${result.message}`);
			return job;
		}
		const volume = result.addedVolume ? ` (volume ${result.addedVolume.hostPath} added, read-write)` : '';
		note(io, `${job.name}: output kept in ${result.dir}${volume}`);
		return result.job;
	});
	if (problems.length > 0) {
		for (const problem of problems) {
			note(io, `chronos-tui: ${problem}`);
		}
		throw new CommandError(`nothing submitted (${problems.length} problem${problems.length === 1 ? '' : 's'} above)`);
	}
	return kept;
}
