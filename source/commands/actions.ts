// `run`, `stop`, `delete`, `mark-success`: one action on one job, each checking first that the job exists
// and saying plainly when Chronos would accept the request and then do nothing.
import {droppedRunReason} from '../jobs/manual-run.js';
import {describeFate, planDeletion, type ChildFate} from '../jobs/deletion.js';
import {printableLine} from '../text/printable.js';
import {countOf} from '../vocabulary/index.js';
import {createInterface} from 'node:readline/promises';
import {type ParsedArgs, booleanFlag, stringFlag} from './args.js';
import {ChronosError} from '../chronos/errors.js';
import {CommandError, UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note, palette, print} from './io.js';
import {markRuns} from './run-waiter.js';
import {connect} from './session.js';
import {knownRunIds, waitAndReport, waitFlags} from './wait.js';
import {getNamedJob} from './job-lookup.js';

export const runUsage = 'chronos-tui run NAME [--args "..."] [--wait [--timeout D] [--follow]]';

export async function runCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const extra = stringFlag(args.values, 'args');
	const waiting = waitFlags(args, runUsage);
	const {client, config} = await connect(args.global, io);
	const job = await getNamedJob(client, name);
	const summary = (await client.listSummaries()).find((entry) => entry.name === name);
	// Chronos answers 204 to these runs and then drops them: say so instead of pretending it started.
	const dropped = droppedRunReason({...job, state: summary?.state ?? 'idle'});
	if (dropped) {
		throw new CommandError(`${dropped}; nothing started`);
	}

	const marks = waiting.wait ? await markRuns(client, [name]) : undefined;
	const knownRuns = waiting.follow ? await knownRunIds(job, config, io) : undefined;
	await client.runJob(name, extra);
	print(io, `${palette(io).green('started')} ${name}${extra ? ` with arguments: ${extra}` : ''}`);
	if (!marks) {
		return exitCodes.ok;
	}
	return waitAndReport(io, client, config, {
		names: [name],
		marks,
		...(waiting.timeoutMs === undefined ? {} : {timeoutMs: waiting.timeoutMs}),
		...(knownRuns ? {follow: {job, knownRuns}} : {}),
	});
}

export async function stopCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const {client} = await connect(args.global, io);
	await getNamedJob(client, name);
	const summary = (await client.listSummaries()).find((entry) => entry.name === name);
	await client.killTasks(name);
	if (summary && summary.state === 'idle') {
		print(io, `${name} had nothing running or queued; the job is unchanged`);
	} else {
		print(io, `${palette(io).green('stopped')} ${name} (the job stays; chronos-tui delete ${name} removes it)`);
	}

	return exitCodes.ok;
}

async function confirmByName(name: string, what: string, io: CommandIO): Promise<boolean> {
	const prompt = createInterface({input: io.stdin, output: io.stderr, terminal: Boolean(io.stdin.isTTY)});
	try {
		const answer = await prompt.question(`Type the job name to delete ${what} (${name}), or press enter to cancel: `);
		return answer.trim() === name;
	} finally {
		prompt.close();
	}
}

function noteFates(name: string, fates: readonly ChildFate[], io: CommandIO): void {
	if (fates.length > 0) {
		note(io, `Deleted alone, ${name} leaves Chronos to change the jobs that depend on it:`);
	}

	for (const fate of fates) {
		note(io, `  ${printableLine(fate.child)} ${printableLine(describeFate(fate))}`);
	}
}

const deleteUsage = 'chronos-tui delete NAME [--with-children|--orphan-children] [--yes]';

export async function deleteCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const yes = booleanFlag(args.values, 'yes');
	const withChildren = booleanFlag(args.values, 'with-children');
	const orphanChildren = booleanFlag(args.values, 'orphan-children');
	if (withChildren && orphanChildren) {
		throw new UsageError('--with-children and --orphan-children exclude each other', deleteUsage);
	}

	if (!yes && !io.stdin.isTTY) {
		throw new UsageError(`refusing to delete ${name} without confirmation: pass --yes`, deleteUsage);
	}

	const {client} = await connect(args.global, io);
	const job = await getNamedJob(client, name);
	const jobs = await client.listJobs();
	const plan = planDeletion(job, jobs);
	if (plan.fates.length > 0 && !withChildren && !orphanChildren) {
		noteFates(name, plan.fates, io);
		throw new CommandError(
			`${name} was not deleted: ${countOf(plan.fates.length, 'job depends', 'jobs depend')} on it; ` +
				'add --with-children to delete them too, or --orphan-children to let Chronos change them as above',
		);
	}

	const doomed = withChildren ? plan.dependents : [];
	if (doomed.length > 0) {
		note(io, `Also deleted, as they depend on ${name}: ${printableLine(doomed.join(', '))}`);
	} else {
		noteFates(name, plan.fates, io);
	}

	const what = doomed.length > 0 ? `it and ${countOf(doomed.length, 'dependent job')}` : 'it';
	if (!yes && !(await confirmByName(name, what, io))) {
		throw new CommandError(`${name} was not deleted: the name did not match`);
	}

	// Children first: a job whose parents are all still there is deleted without Chronos touching anything.
	for (const dependent of doomed) {
		await client.deleteJob(dependent);
		print(io, `${palette(io).green('deleted')} ${printableLine(dependent)}`);
	}

	await client.deleteJob(name);
	print(io, `${palette(io).green('deleted')} ${name}`);
	if (doomed.length === 0 && plan.fates.length > 0) {
		print(io, `Chronos changed ${countOf(plan.fates.length, 'job', 'jobs')} that depended on ${name}: chronos-tui show NAME shows each`);
	}

	return exitCodes.ok;
}

export async function markSuccessCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const {client} = await connect(args.global, io);
	if (!(await client.markSuccess(name))) {
		// Chronos answers 200 "false" for an unknown job; report it like every other unknown job.
		throw new ChronosError('http', `Job '${name}' not found`);
	}

	print(io, `${palette(io).green('marked')} ${name} as successful; jobs that depend on it can run`);
	return exitCodes.ok;
}
