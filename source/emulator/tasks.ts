// The tasks Mesos holds for the emulator: queued ones waiting for their start or for GPUs, and running ones.
// An index by job keeps `state` cheap for the summary of 10,000 jobs.

export interface Task {
	/** Chronos' task id: `ct:<due millis>:<attempt>:<job name>:<arguments>`. */
	id: string;
	jobName: string;
	/** Extra arguments of a manual run, appended to the command for this run only. */
	arguments?: string;
	phase: 'queued' | 'running';
	/** Simulated time from which the task may start (after the launch delay, or the retry wait). */
	readyAt: number;
	attempt: number;
	retriesLeft: number;
	/** Queued by the job's own schedule (not a manual run, retry or parent). */
	fromSchedule: boolean;
	gpus: number;
	/** Index of the node holding its GPUs, once running. */
	node?: number;
	startedAt?: number;
	endsAt?: number;
	exitCode?: number;
	/** Set once the task found no node with enough free GPUs. */
	waitedForGpus?: boolean;
}

export class TaskBoard {
	private readonly tasks: Task[] = [];
	private readonly byJob = new Map<string, Set<Task>>();

	add(task: Task): void {
		this.tasks.push(task);
		let set = this.byJob.get(task.jobName);
		if (!set) {
			set = new Set();
			this.byJob.set(task.jobName, set);
		}
		set.add(task);
	}

	remove(task: Task): void {
		const index = this.tasks.indexOf(task);
		if (index !== -1) {
			this.tasks.splice(index, 1);
		}
		const set = this.byJob.get(task.jobName);
		set?.delete(task);
		if (set?.size === 0) {
			this.byJob.delete(task.jobName);
		}
	}

	/** Oldest first, which is the order Mesos offers go to queued tasks. */
	all(): readonly Task[] {
		return this.tasks;
	}

	ofJob(name: string): Task[] {
		return [...(this.byJob.get(name) ?? [])];
	}

	hasAny(name: string): boolean {
		return (this.byJob.get(name)?.size ?? 0) > 0;
	}

	/** `idle`, `queued`, `running`, or `N running`, as Chronos reports it. */
	stateOf(name: string): string {
		let running = 0;
		let queued = 0;
		for (const task of this.byJob.get(name) ?? []) {
			if (task.phase === 'running') {
				running++;
			} else {
				queued++;
			}
		}
		if (running > 1) {
			return `${running} running`;
		}
		return running === 1 ? 'running' : queued > 0 ? 'queued' : 'idle';
	}

	counts(): {queued: number; running: number} {
		const running = this.tasks.filter((task) => task.phase === 'running').length;
		return {queued: this.tasks.length - running, running};
	}
}
