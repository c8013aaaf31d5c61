// Every job the emulator knows, with the dependency graph and each job's finished-task history.
// Only data lives here; the scheduler decides what happens to it.
import type {ChronosJob, JobStatus} from '../jobs/types.js';

/** One finished (or killed) task, as `job/stat/{name}` lists it. */
export interface TaskRecord {
	taskId: string;
	agentId: string;
	/** Simulated epoch milliseconds. */
	startedAt: number;
	endedAt: number;
	status: 'TASK_FINISHED' | 'TASK_FAILED' | 'TASK_KILLED';
}

/** How many finished tasks and durations each job keeps (Chronos keeps a bounded history too). */
const historyLimit = 50;
const durationLimit = 1028;

export type StoreChange = {kind: 'put' | 'remove'; name: string} | {kind: 'update'; name: string};

export function statusOf(job: ChronosJob): JobStatus {
	const success = job.lastSuccess ? Date.parse(job.lastSuccess) : Number.NaN;
	const error = job.lastError ? Date.parse(job.lastError) : Number.NaN;
	if (Number.isNaN(success) && Number.isNaN(error)) {
		return 'fresh';
	}
	if (Number.isNaN(error)) {
		return 'success';
	}
	if (Number.isNaN(success)) {
		return 'failure';
	}
	return success >= error ? 'success' : 'failure';
}

export class JobStore {
	private readonly jobs = new Map<string, ChronosJob>();
	private readonly children = new Map<string, Set<string>>();
	/** For each dependent job, the parents that succeeded since it last ran. */
	private readonly satisfied = new Map<string, Set<string>>();
	private readonly history = new Map<string, TaskRecord[]>();
	private readonly durations = new Map<string, number[]>();
	private readonly listeners: Array<(change: StoreChange) => void> = [];

	onChange(listener: (change: StoreChange) => void): void {
		this.listeners.push(listener);
	}

	private emit(change: StoreChange): void {
		for (const listener of this.listeners) {
			listener(change);
		}
	}

	get size(): number {
		return this.jobs.size;
	}

	get(name: string): ChronosJob | undefined {
		return this.jobs.get(name);
	}

	has(name: string): boolean {
		return this.jobs.has(name);
	}

	all(): IterableIterator<ChronosJob> {
		return this.jobs.values();
	}

	/** Add or replace a job. A replaced job keeps its task history (Chronos keeps stats by name). */
	put(job: ChronosJob): void {
		const previous = this.jobs.get(job.name);
		if (previous?.parents) {
			this.unlinkParents(previous);
		}
		this.jobs.set(job.name, job);
		for (const parent of job.parents ?? []) {
			let set = this.children.get(parent);
			if (!set) {
				set = new Set();
				this.children.set(parent, set);
			}
			set.add(job.name);
		}
		this.satisfied.delete(job.name);
		this.emit({kind: 'put', name: job.name});
	}

	/** Change a job in place (counters, schedule, disabled) and tell listeners. */
	update(name: string, change: (job: ChronosJob) => void): ChronosJob | undefined {
		const job = this.jobs.get(name);
		if (!job) {
			return undefined;
		}
		change(job);
		this.emit({kind: 'update', name});
		return job;
	}

	remove(name: string): void {
		const job = this.jobs.get(name);
		if (!job) {
			return;
		}
		this.unlinkParents(job);
		this.jobs.delete(name);
		this.satisfied.delete(name);
		this.children.delete(name);
		this.emit({kind: 'remove', name});
	}

	private unlinkParents(job: ChronosJob): void {
		for (const parent of job.parents ?? []) {
			this.children.get(parent)?.delete(job.name);
		}
	}

	childrenOf(name: string): string[] {
		return [...(this.children.get(name) ?? [])].filter((child) => this.jobs.get(child)?.parents?.includes(name));
	}

	/** Record that `parent` succeeded; true when every parent of `child` has now succeeded (and resets). */
	parentSucceeded(child: string, parent: string): boolean {
		const job = this.jobs.get(child);
		if (!job?.parents) {
			return false;
		}
		let set = this.satisfied.get(child);
		if (!set) {
			set = new Set();
			this.satisfied.set(child, set);
		}
		set.add(parent);
		if (job.parents.every((name) => set.has(name))) {
			this.satisfied.delete(child);
			return true;
		}
		this.emit({kind: 'update', name: child});
		return false;
	}

	satisfiedParents(child: string): string[] {
		return [...(this.satisfied.get(child) ?? [])];
	}

	setSatisfiedParents(child: string, parents: string[]): void {
		if (parents.length > 0) {
			this.satisfied.set(child, new Set(parents));
		}
	}

	recordTask(name: string, record: TaskRecord): void {
		const list = this.history.get(name) ?? [];
		list.unshift(record);
		list.length = Math.min(list.length, historyLimit);
		this.history.set(name, list);
		if (record.status !== 'TASK_KILLED') {
			const durations = this.durations.get(name) ?? [];
			durations.push(record.endedAt - record.startedAt);
			if (durations.length > durationLimit) {
				durations.shift();
			}
			this.durations.set(name, durations);
		}
		this.emit({kind: 'update', name});
	}

	/** Newest first. */
	taskHistory(name: string): TaskRecord[] {
		return this.history.get(name) ?? [];
	}

	runDurations(name: string): number[] {
		return this.durations.get(name) ?? [];
	}

	restoreHistory(name: string, history: TaskRecord[], durations: number[]): void {
		if (history.length > 0) {
			this.history.set(name, history.slice(0, historyLimit));
		}
		if (durations.length > 0) {
			this.durations.set(name, durations.slice(-durationLimit));
		}
	}

	forgetHistory(name: string): void {
		this.history.delete(name);
		this.durations.delete(name);
	}
}
