// What Chronos 3 does to the jobs that depend on a job when that job is deleted (JobManagementResource.delete
// and JobScheduler.deregisterJob; ../shared/chronos-api.md, "Deleting a parent"). The emulator does exactly
// this, and the delete dialog and `chronos-tui delete` use the same functions to tell the user beforehand.
import {describeSchedule, parseSchedule} from './schedule.js';
import type {ChronosJob} from './types.js';

/** Fields Chronos copies when it rebuilds a dependent child as a scheduled job; every other field is lost. */
const keptWhenRebuilt = [
	'name', 'command', 'epsilon', 'successCount', 'errorCount', 'errorsSinceLastSuccess', 'executor', 'executorFlags',
	'taskInfoData', 'retries', 'owner', 'lastSuccess', 'lastError', 'cpus', 'disk', 'mem', 'disabled', 'softError',
	'uris', 'fetch', 'highPriority',
] as const satisfies ReadonlyArray<keyof ChronosJob>;

/** What a user loses, in their words, for each field that matters to them. */
const lossWords: Array<[keyof ChronosJob, (job: ChronosJob) => string | undefined]> = [
	['container', job => (job.container?.volumes?.length ? 'image and volumes' : 'image')],
	['gpus', job => (job.gpus ? 'GPUs' : undefined)],
	['environmentVariables', job => (job.environmentVariables?.length ? 'environment' : undefined)],
	['arguments', job => (job.arguments?.length ? 'arguments' : undefined)],
	['shell', job => (job.shell === false ? 'shell: false' : undefined)],
	['constraints', job => (job.constraints?.length ? 'constraints' : undefined)],
	['runAsUser', job => (job.runAsUser ? 'run-as user' : undefined)],
	['maxCompletionTime', job => (job.maxCompletionTime ? 'time limit' : undefined)],
	['concurrent', job => (job.concurrent ? 'overlapping runs' : undefined)],
	['description', job => (job.description ? 'description' : undefined)],
	['ownerName', job => (job.ownerName ? 'owner name' : undefined)],
];

export type ChildFate =
	/** The deleted job was dependent: its parents take its place among the child's parents. */
	| {kind: 'rewired'; child: string; parents: string[]; after: ChronosJob}
	/** The deleted job was scheduled: the child becomes a scheduled job with its schedule and loses `lost`. */
	| {kind: 'rebuilt'; child: string; schedule: string; lost: string[]; after: ChronosJob};

function isDependent(job: ChronosJob): boolean {
	return (job.parents?.length ?? 0) > 0;
}

/** The names of the jobs that list `name` among their parents. */
export function childrenOf(name: string, jobs: Iterable<ChronosJob>): string[] {
	return [...jobs].filter(job => job.parents?.includes(name)).map(job => job.name);
}

/** The child as Chronos stores it once `deleted` is gone. */
export function childAfterDeleting(deleted: ChronosJob, child: ChronosJob): ChildFate {
	if (isDependent(deleted)) {
		const parents = [...new Set([...(child.parents ?? []).filter(parent => parent !== deleted.name), ...(deleted.parents ?? [])])];
		return {kind: 'rewired', child: child.name, parents, after: {...child, parents}};
	}

	const after: ChronosJob = {name: child.name, command: child.command};
	for (const field of keptWhenRebuilt) {
		if (child[field] !== undefined) {
			Object.assign(after, {[field]: child[field]});
		}
	}

	after.schedule = deleted.schedule ?? '';
	after.scheduleTimeZone = deleted.scheduleTimeZone ?? '';
	const lost = lossWords.flatMap(([, word]) => word(child) ?? []);
	return {kind: 'rebuilt', child: child.name, schedule: after.schedule, lost, after};
}

/** Every child of `deleted` and what becomes of it. */
export function childFates(deleted: ChronosJob, jobs: Iterable<ChronosJob>): ChildFate[] {
	return [...jobs].filter(job => job.parents?.includes(deleted.name)).map(child => childAfterDeleting(deleted, child));
}

/**
 * Every job that depends on `name`, directly or through others, in an order that deletes each before any of
 * its parents: deleted that way, none of them is ever rebuilt or re-wired by Chronos.
 */
export function dependentsInDeletionOrder(name: string, jobs: Iterable<ChronosJob>): string[] {
	const all = [...jobs];
	const found = new Set<string>();
	const order: string[] = [];
	const visit = (parent: string) => {
		for (const child of childrenOf(parent, all)) {
			if (!found.has(child) && child !== name) {
				found.add(child);
				visit(child);
				order.push(child);
			}
		}
	};

	visit(name);
	// Children were pushed after their own dependents, so this order is already safe; a job reached through
	// two parents appears once, after everything below it.
	return order;
}

function list(words: string[]): string {
	return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** One sentence: what Chronos will do to this child ("becomes a job of its own that runs every day..."). */
export function describeFate(fate: ChildFate): string {
	if (fate.kind === 'rewired') {
		return fate.parents.length > 0
			? `will run after ${list(fate.parents)} instead`
			: 'loses its last parent';
	}

	const parsed = parseSchedule(fate.schedule);
	const when = !parsed.ok
		? `on the schedule '${fate.schedule}'`
		: parsed.schedule.repetitions === 0
			? 'with no runs left'
			: `that runs ${describeSchedule(parsed.schedule)}`;
	const loses = fate.lost.length > 0 ? `, without its ${list(fate.lost)}` : '';
	return `becomes a job of its own ${when}${loses}`;
}

export interface DeletionPlan {
	/** What Chronos does to each child when only the job is deleted. */
	fates: ChildFate[];
	/** Every job that depends on it, directly or not, children before their parents. */
	dependents: string[];
}

export function planDeletion(job: ChronosJob, jobs: Iterable<ChronosJob>): DeletionPlan {
	const all = [...jobs].filter(other => other.name !== job.name);
	return {fates: childFates(job, all), dependents: dependentsInDeletionOrder(job.name, all)};
}
