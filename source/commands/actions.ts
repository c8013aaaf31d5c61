// `run`, `stop`, `delete`, `mark-success`: one action on one job, each checking first that the job exists
// and saying plainly when Chronos would accept the request and then do nothing.
import {printableLine} from '../text/printable.js';
import {createInterface} from 'node:readline/promises';
import {type ParsedArgs, booleanFlag, stringFlag} from './args.js';
import {ChronosError} from '../chronos/errors.js';
import {CommandError, UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, note, palette, print} from './io.js';
import {markRuns} from './run-waiter.js';
import {connect} from './session.js';
import {knownRunIds, waitAndReport, waitFlags} from './wait.js';

export const runUsage = 'chronos-tui run NAME [--args "..."] [--wait [--timeout D] [--follow]]';

export async function runCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const extra = stringFlag(args.values, 'args');
	const waiting = waitFlags(args, runUsage);
	const {client, config} = await connect(args.global, io);
	const job = await client.getJob(name);
	const summary = (await client.listSummaries()).find((entry) => entry.name === name);
	// Chronos answers 204 to these runs and then drops them: say so instead of pretending it started.
	if (job.disabled) {
		throw new CommandError(`${name} is disabled, so Chronos would drop the run; nothing started`);
	}

	if (summary && summary.state !== 'idle' && !job.concurrent) {
		throw new CommandError(
			`${name} is already ${summary.state} and does not allow concurrent runs, so Chronos would drop this one; nothing started`,
		);
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
	await client.getJob(name);
	const summary = (await client.listSummaries()).find((entry) => entry.name === name);
	await client.killTasks(name);
	if (summary && summary.state === 'idle') {
		print(io, `${name} had nothing running or queued; the job is unchanged`);
	} else {
		print(io, `${palette(io).green('stopped')} ${name} (the job stays; chronos-tui delete ${name} removes it)`);
	}

	return exitCodes.ok;
}

async function confirmByName(name: string, io: CommandIO): Promise<boolean> {
	const prompt = createInterface({input: io.stdin, output: io.stderr, terminal: Boolean(io.stdin.isTTY)});
	try {
		const answer = await prompt.question(`Type the job name to delete it (${name}), or press enter to cancel: `);
		return answer.trim() === name;
	} finally {
		prompt.close();
	}
}

export async function deleteCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const name = args.positionals[0]!;
	const yes = booleanFlag(args.values, 'yes');
	if (!yes && !io.stdin.isTTY) {
		throw new UsageError(`refusing to delete ${name} without confirmation: pass --yes`, 'chronos-tui delete NAME [--yes]');
	}

	const {client} = await connect(args.global, io);
	await client.getJob(name);
	const children = (await client.listSummaries()).filter((entry) => entry.parents.includes(name)).map((entry) => entry.name);
	if (children.length > 0) {
		note(io, `note: ${printableLine(children.join(', '))} depend${children.length === 1 ? 's' : ''} on ${name} and will lose it as a parent`);
	}

	if (!yes && !(await confirmByName(name, io))) {
		throw new CommandError(`${name} was not deleted: the name did not match`);
	}

	await client.deleteJob(name);
	print(io, `${palette(io).green('deleted')} ${name}`);
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
