// `chronos-tui submit FILE...`: check everything first (files, then the server), then send parents before
// children, reporting each job. Nothing is sent when anything is wrong.
import {printableLine} from '../text/printable.js';
import {createClient} from '../config/index.js';
import {stripReadOnly, withUserDefaults} from '../jobs/defaults.js';
import {jobToJson} from '../jobs/io.js';
import {booleanFlag, type ParsedArgs} from './args.js';
import {CommandError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note, palette, print} from './io.js';
import {checkJobFiles, colorDiagnostic, countWords} from './job-files.js';
import {resolveConfig} from './session.js';
import {planSubmission} from './submit-plan.js';

export async function submitCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const dryRun = booleanFlag(args.values, 'dry-run');
	const overwrite = booleanFlag(args.values, 'overwrite');
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

	const jobs = report.jobs.map(({job}) => stripReadOnly(withUserDefaults(job, config.user)));
	const client = await createClient(config);
	const existing = new Set((await client.listSummaries()).map((summary) => summary.name));
	const plan = planSubmission(jobs, existing, {overwrite});
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

	for (const [index, {job, replaces}] of plan.steps.entries()) {
		try {
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

	return exitCodes.ok;
}
