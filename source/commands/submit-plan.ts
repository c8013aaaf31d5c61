// What `submit` will do, worked out before anything is sent: which jobs are new and which would replace a
// job (Chronos replaces silently), whether every parent exists (Chronos silently drops a new job whose parent
// does not), and an order with parents before children.
import type {ChronosJob} from '../jobs/types.js';

export interface PlannedJob {
	job: ChronosJob;
	replaces: boolean;
}

export type SubmitPlan = {ok: true; steps: PlannedJob[]} | {ok: false; refusals: string[]};

export interface PlanOptions {
	overwrite: boolean;
	/** Each job on Chronos with its parents: a submitted job may close a circle through jobs already there. */
	serverParents?: ReadonlyMap<string, readonly string[]>;
}

export function planSubmission(jobs: readonly ChronosJob[], existingNames: ReadonlySet<string>, options: PlanOptions): SubmitPlan {
	const refusals: string[] = [];
	const submitted = new Set(jobs.map((job) => job.name));
	for (const job of jobs) {
		if (existingNames.has(job.name) && !options.overwrite) {
			refusals.push(
				`${job.name} already exists on Chronos: submitting would replace it and reset its history (pass --overwrite to replace it)`,
			);
		}

		for (const parent of job.parents ?? []) {
			if (!existingNames.has(parent) && !submitted.has(parent)) {
				refusals.push(
					`${job.name}: parent '${parent}' is neither on Chronos nor in this submission (Chronos would accept the job, then silently drop it)`,
				);
			}
		}
	}

	const ordered = parentsFirst(jobs);
	if (!ordered.ok) {
		refusals.push(`these jobs depend on each other in a circle, so none could ever run: ${ordered.cycle.join(' -> ')}`);
	} else if (options.serverParents) {
		const cycle = circleThroughServer(jobs, options.serverParents);
		if (cycle) {
			refusals.push(
				`with the jobs already on Chronos these jobs would wait for each other in a circle, so none could ever run: ${cycle.join(' -> ')}`,
			);
		}
	}

	if (refusals.length > 0 || !ordered.ok) {
		return {ok: false, refusals};
	}

	return {ok: true, steps: ordered.jobs.map((job) => ({job, replaces: existingNames.has(job.name)}))};
}

type Ordering = {ok: true; jobs: ChronosJob[]} | {ok: false; cycle: string[]};

/** Depth-first topological order; the input order is kept wherever dependencies allow it. */
export function parentsFirst(jobs: readonly ChronosJob[]): Ordering {
	const byName = new Map(jobs.map((job) => [job.name, job]));
	const done = new Set<string>();
	const visiting: string[] = [];
	const ordered: ChronosJob[] = [];

	const visit = (job: ChronosJob): string[] | undefined => {
		if (done.has(job.name)) {
			return undefined;
		}

		const loopStart = visiting.indexOf(job.name);
		if (loopStart !== -1) {
			return [...visiting.slice(loopStart), job.name];
		}

		visiting.push(job.name);
		for (const parentName of job.parents ?? []) {
			const parent = byName.get(parentName);
			const cycle = parent ? visit(parent) : undefined;
			if (cycle) {
				return cycle;
			}
		}

		visiting.pop();
		done.add(job.name);
		ordered.push(job);
		return undefined;
	};

	for (const job of jobs) {
		const cycle = visit(job);
		if (cycle) {
			return {ok: false, cycle};
		}
	}

	return {ok: true, jobs: ordered};
}

/**
 * A circle that the submitted jobs would close with the jobs already on Chronos, as `a -> b -> a` where each
 * job waits for the next; the submitted version of a job replaces the server's.
 */
export function circleThroughServer(
	jobs: readonly ChronosJob[],
	serverParents: ReadonlyMap<string, readonly string[]>,
): string[] | undefined {
	const parents = new Map(serverParents);
	for (const job of jobs) {
		parents.set(job.name, job.parents ?? []);
	}

	// Iterative depth-first search: the server may hold thousands of jobs in long chains.
	const state = new Map<string, 'open' | 'done'>();
	for (const start of jobs.map((job) => job.name)) {
		if (state.has(start)) {
			continue;
		}

		const path: string[] = [];
		const stack: Array<{name: string; next: number}> = [{name: start, next: 0}];
		state.set(start, 'open');
		path.push(start);
		while (stack.length > 0) {
			const top = stack.at(-1)!;
			const parent = parents.get(top.name)?.[top.next++];
			if (parent === undefined) {
				state.set(top.name, 'done');
				stack.pop();
				path.pop();
			} else if (state.get(parent) === 'open') {
				return [...path.slice(path.indexOf(parent)), parent];
			} else if (!state.has(parent)) {
				state.set(parent, 'open');
				path.push(parent);
				stack.push({name: parent, next: 0});
			}
		}
	}

	return undefined;
}
