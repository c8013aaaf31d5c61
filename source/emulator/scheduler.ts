// The simulated Mesos side of Chronos: scheduled jobs queue when their start comes, queued tasks start when
// a node has their GPUs, run for as long as their command says, then succeed or fail, with retries and
// dependent jobs following as Chronos' JobScheduler does.
import type {ChronosJob} from '../jobs/types.js';
import type {SimulatedClock} from './clock.js';
import {simulateCommand} from './command-simulation.js';
import {originalCommand} from '../output/wrapper.js';
import type {GpuNodePool} from './node-pool.js';
import type {OutputRecorder} from './output-recorder.js';
import {advanceSchedule, nextDueAt, repetitionsLeft} from './schedule-clock.js';
import {statusOf, type JobStore, type TaskRecord} from './store.js';
import {TaskBoard, type Task} from './tasks.js';

export interface SchedulerTimings {
	/** Simulated delay between queueing a task and Mesos starting it. */
	launchDelayMs: number;
	/** Simulated wait before a retry (Chronos' `--failure_retry` is 60 s; shortened so demos move). */
	retryDelayMs: number;
	/** Real milliseconds between scheduler passes. */
	tickMs: number;
}

export const defaultTimings: SchedulerTimings = {launchDelayMs: 1000, retryDelayMs: 10_000, tickMs: 25};

/** Guards against a pass that never settles (a dependency cycle of instant jobs at a huge speed). */
const maxStepsPerPass = 200;

export class SimulatedScheduler {
	private readonly tasks = new TaskBoard();
	/** Next start of every scheduled, enabled job with runs left. */
	private readonly dueAt = new Map<string, number>();
	private earliestDue = Number.POSITIVE_INFINITY;
	private timer: NodeJS.Timeout | undefined;
	/** Simulated time of the previous pass: nothing can have started before it. */
	private lastPassAt: number;

	constructor(
		private readonly store: JobStore,
		private readonly clock: SimulatedClock,
		private readonly pool: GpuNodePool,
		private readonly timings: SchedulerTimings = defaultTimings,
		/** Receives what tasks print; none in tests that only look at states. */
		private readonly output?: OutputRecorder,
	) {
		this.lastPassAt = clock.now();
		for (const job of store.all()) {
			this.indexJob(job.name);
		}
		store.onChange((change) => {
			if (change.kind === 'remove') {
				this.dueAt.delete(change.name);
				this.dropTasks(change.name, false);
			} else {
				this.indexJob(change.name);
			}
		});
	}

	start(): void {
		this.timer ??= setInterval(() => {
			this.pass();
		}, this.timings.tickMs);
		this.timer.unref();
	}

	stop(): void {
		clearInterval(this.timer);
		this.timer = undefined;
	}

	private indexJob(name: string): void {
		const job = this.store.get(name);
		const due = job && !job.disabled && job.schedule !== undefined && job.parents === undefined ? nextDueAt(job.schedule) : undefined;
		if (due === undefined) {
			this.dueAt.delete(name);
		} else {
			this.dueAt.set(name, due);
			this.earliestDue = Math.min(this.earliestDue, due);
		}
	}

	/** `idle`, `queued`, `running`, or `N running`, as Chronos reports it. */
	stateOf(name: string): string {
		return this.tasks.stateOf(name);
	}

	counts(): {queued: number; running: number} {
		return this.tasks.counts();
	}

	/**
	 * Queue a run of the job, as `PUT job/{name}` does. False when Chronos would drop it: the job is disabled,
	 * or it is already queued or running and not concurrent.
	 */
	runNow(name: string, runArguments?: string): boolean {
		return this.enqueue(name, this.clock.now(), {runArguments, fromSchedule: false});
	}

	private enqueue(name: string, at: number, options: {runArguments?: string; fromSchedule: boolean}): boolean {
		const job = this.store.get(name);
		if (!job || job.disabled || (!job.concurrent && this.tasks.hasAny(name))) {
			return false;
		}
		const task: Task = {
			id: `ct:${at}:0:${name}:${options.runArguments ?? ''}`,
			jobName: name,
			phase: 'queued',
			readyAt: at + this.timings.launchDelayMs,
			attempt: 0,
			// No retries when the previous final outcome was already a failure.
			retriesLeft: statusOf(job) === 'failure' ? 0 : Math.max(0, job.retries ?? 2),
			fromSchedule: options.fromSchedule,
			gpus: Math.max(0, job.gpus ?? 0),
		};
		if (options.runArguments !== undefined && options.runArguments.trim() !== '') {
			task.arguments = options.runArguments;
		}
		this.addTask(task);
		return true;
	}

	private addTask(task: Task): void {
		this.tasks.add(task);
	}

	private removeTask(task: Task): void {
		this.tasks.remove(task);
		if (task.phase === 'running' && task.node !== undefined) {
			this.pool.release(task.node, task.gpus);
		}
	}

	/** Stop every queued and running task of the job ("kill"); counters stay as they are. */
	kill(name: string): void {
		this.dropTasks(name, true);
	}

	private dropTasks(name: string, record: boolean): void {
		const now = this.clock.now();
		for (const task of this.tasks.ofJob(name)) {
			if (record && task.phase === 'running') {
				this.recordEnd(task, 'TASK_KILLED', now);
			}
			this.removeTask(task);
		}
	}

	/** `PUT job/success/{name}`: counts as a success now and lets dependent jobs run. */
	markSuccess(name: string): boolean {
		const now = this.clock.now();
		const job = this.store.update(name, (job) => {
			job.lastSuccess = new Date(now).toISOString();
			job.errorsSinceLastSuccess = 0;
		});
		if (!job) {
			return false;
		}
		this.releaseChildren(name, now);
		return true;
	}

	/** One scheduler pass: everything due by now, in time order, until nothing more happens. */
	pass(): void {
		const now = this.clock.now();
		for (let step = 0; step < maxStepsPerPass; step++) {
			const finished = this.finishTasks(now);
			const triggered = this.triggerSchedules(now);
			const launched = this.launchTasks(now);
			if (!finished && !triggered && !launched) {
				break;
			}
		}
		this.output?.advance(now);
		this.lastPassAt = now;
	}

	private triggerSchedules(now: number): boolean {
		if (this.earliestDue > now) {
			return false;
		}
		let triggered = false;
		let earliest = Number.POSITIVE_INFINITY;
		for (const [name, due] of this.dueAt) {
			// Runs that cannot start yet stay due, so they are looked at again on the next pass.
			earliest = Math.min(earliest, due);
			if (due > now) {
				continue;
			}
			// A run that is already waiting for this schedule keeps it due until it launches.
			const waiting = this.tasks.ofJob(name).some((task) => task.fromSchedule && task.phase === 'queued');
			if (!waiting && this.enqueue(name, due, {fromSchedule: true})) {
				triggered = true;
			}
		}
		this.earliestDue = earliest;
		return triggered;
	}

	private launchTasks(now: number): boolean {
		let launched = false;
		const ready = this.tasks
			.all()
			.filter((task) => task.phase === 'queued' && task.readyAt <= now)
			.sort((a, b) => Number(this.store.get(b.jobName)?.highPriority ?? false) - Number(this.store.get(a.jobName)?.highPriority ?? false));
		for (const task of ready) {
			const job = this.store.get(task.jobName);
			if (!job) {
				this.removeTask(task);
				continue;
			}
			const node = this.pool.reserve(task.gpus);
			if (node === undefined) {
				task.waitedForGpus = true;
				continue;
			}
			this.launch(task, job, node, now);
			launched = true;
		}
		return launched;
	}

	private launch(task: Task, job: ChronosJob, node: number, now: number): void {
		// A task that waited for GPUs starts now. Otherwise exactly when its delay ran out, so a chain of quick
		// jobs keeps exact times at a high speed; but never in the past (a start missed while the server was down).
		const startedAt = task.waitedForGpus ? now : Math.max(task.readyAt, this.lastPassAt);
		// A command that keeps its output runs the user's command inside the wrapper: simulate that one.
		const userCommand = originalCommand(job.command);
		const command = task.arguments === undefined ? userCommand : `${userCommand} ${task.arguments}`;
		const run = simulateCommand(job.shell === false ? [command, ...(job.arguments ?? [])].join(' ') : command);
		const limitMs = (job.maxCompletionTime ?? 0) * 1000;
		const timedOut = limitMs > 0 && run.durationMs > limitMs;
		task.phase = 'running';
		task.node = node;
		task.startedAt = startedAt;
		task.endsAt = startedAt + (timedOut ? limitMs : run.durationMs);
		task.exitCode = timedOut ? 137 : run.exitCode;
		this.output?.launched({
			taskId: task.id,
			jobName: job.name,
			storedCommand: job.command,
			command,
			durationMs: task.endsAt - startedAt,
			exitCode: task.exitCode,
			gpus: task.gpus,
			agentId: this.pool.agentId(node),
			startedAt,
		});
		if (job.schedule !== undefined && job.parents === undefined) {
			// Every launch rewrites the schedule: one repetition fewer, start one period later.
			this.store.update(job.name, (stored) => {
				stored.schedule = advanceSchedule(stored.schedule!, startedAt);
			});
		}
	}

	private finishTasks(now: number): boolean {
		const done = this.tasks
			.all()
			.filter((task) => task.phase === 'running' && task.endsAt! <= now).sort((a, b) => a.endsAt! - b.endsAt!);
		for (const task of done) {
			this.removeTask(task);
			if (task.exitCode === 0) {
				this.succeed(task);
			} else {
				this.fail(task);
			}
		}
		return done.length > 0;
	}

	/** Puts a task that ended (or was killed) into its job's history, as `job/stat/{name}` lists it. */
	private recordEnd(task: Task, status: TaskRecord['status'], endedAt: number): void {
		this.output?.ended(task.id, status, endedAt, task.exitCode);
		this.store.recordTask(task.jobName, {
			taskId: task.id,
			agentId: this.pool.agentId(task.node ?? -1),
			startedAt: task.startedAt ?? endedAt,
			endedAt,
			status,
		});
	}

	private succeed(task: Task): void {
		const endedAt = task.endsAt!;
		this.recordEnd(task, 'TASK_FINISHED', endedAt);
		this.store.update(task.jobName, (job) => {
			job.successCount = (job.successCount ?? 0) + 1;
			job.errorsSinceLastSuccess = 0;
			job.lastSuccess = new Date(endedAt).toISOString();
			// A scheduled job with no runs left stays in the list, disabled (R1 → R0 after its run).
			if (job.schedule !== undefined && job.parents === undefined && repetitionsLeft(job.schedule) === 0) {
				job.disabled = true;
			}
		});
		this.releaseChildren(task.jobName, endedAt);
	}

	private releaseChildren(parent: string, at: number): void {
		for (const child of this.store.childrenOf(parent)) {
			if (this.store.parentSucceeded(child, parent)) {
				this.enqueue(child, at, {fromSchedule: false});
			}
		}
	}

	private fail(task: Task): void {
		const endedAt = task.endsAt!;
		this.recordEnd(task, 'TASK_FAILED', endedAt);
		if (task.retriesLeft > 0 && this.store.has(task.jobName)) {
			const attempt = task.attempt + 1;
			this.addTask({
				...task,
				id: task.id.replace(/^(ct:\d+:)\d+/, `$1${attempt}`),
				phase: 'queued',
				readyAt: endedAt + this.timings.retryDelayMs,
				attempt,
				retriesLeft: task.retriesLeft - 1,
				fromSchedule: false,
				node: undefined,
				startedAt: undefined,
				endsAt: undefined,
				exitCode: undefined,
				waitedForGpus: undefined,
			});
			return;
		}
		this.store.update(task.jobName, (job) => {
			job.errorCount = (job.errorCount ?? 0) + 1;
			job.errorsSinceLastSuccess = (job.errorsSinceLastSuccess ?? 0) + 1;
			job.lastError = new Date(endedAt).toISOString();
		});
	}
}
