// Where simulated tasks' output goes, as on the cluster: a job whose command keeps its output writes
// `<dir>/<due>_<attempt>.log` (under the storage root standing for the cluster's /lustre and /lustrehome),
// everything else prints into the task's Mesos sandbox. Output appears as simulated time passes, so a long
// job's file grows while it runs. The emulated Mesos master and agent read the tasks kept here.
import {appendFileSync, mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {jobOutputDir, keptOutputOf} from '../output/wrapper.js';
import {simulatedOutput, type OutputLine} from './task-output.js';

export type MesosTaskState = 'TASK_RUNNING' | 'TASK_FINISHED' | 'TASK_FAILED' | 'TASK_KILLED';

export interface RecordedTask {
	id: string;
	jobName: string;
	agentId: string;
	state: MesosTaskState;
	/** Simulated epoch milliseconds of each state change. */
	statuses: Array<{state: MesosTaskState; at: number}>;
	sandbox: {stdout: string; stderr: string};
	/** The kept-output file as the cluster names it, for wrapped commands. */
	keptFile?: string;
}

interface LiveTask {
	record: RecordedTask;
	startedAt: number;
	lines: OutputLine[];
	next: number;
	localFile?: string;
}

export interface LaunchFacts {
	taskId: string;
	jobName: string;
	/** The job's command as stored (maybe wrapped). */
	storedCommand: string;
	/** What runs, unwrapped, with a manual run's arguments. */
	command: string;
	durationMs: number;
	exitCode: number;
	gpus: number;
	agentId: string;
	startedAt: number;
}

/** Finished tasks the emulated master still lists (Mesos keeps a bounded number too). */
const completedLimit = 200;
const sandboxLimit = 1024 * 1024;
const pid = 4242;

export class OutputRecorder {
	private readonly live = new Map<string, LiveTask>();
	private readonly completed: RecordedTask[] = [];

	/** storageRoot: a local folder standing for `/` of the cluster's storage; no kept files are written without it. */
	constructor(private readonly storageRoot: string | undefined) {}

	launched(facts: LaunchFacts): void {
		const kept = keptOutputOf(facts.storedCommand);
		const due = /^ct:(\d+):(\d+):/.exec(facts.taskId);
		const record: RecordedTask = {
			id: facts.taskId,
			jobName: facts.jobName,
			agentId: facts.agentId,
			state: 'TASK_RUNNING',
			statuses: [{state: 'TASK_RUNNING', at: facts.startedAt}],
			sandbox: {
				stdout: `Received SUBSCRIBED event\nSubscribed executor on ${hostnameOf(facts.agentId)}\nReceived LAUNCH event\nStarting task ${facts.taskId}\nForked command at ${pid}\n`,
				stderr: '',
			},
		};
		const task: LiveTask = {
			record,
			startedAt: facts.startedAt,
			lines: simulatedOutput({...facts, hostname: hostnameOf(facts.agentId)}),
			next: 0,
		};
		if (kept && due) {
			record.keptFile = join(jobOutputDir(kept.dir, facts.jobName), `${due[1]}_${due[2]}.log`);
			if (this.storageRoot) {
				task.localFile = join(this.storageRoot, record.keptFile);
				mkdirSync(dirname(task.localFile), {recursive: true});
				appendFileSync(task.localFile, '');
			}
		}
		this.live.set(facts.taskId, task);
	}

	/** Prints every line due by `now` (simulated). */
	advance(now: number): void {
		for (const task of this.live.values()) {
			this.printUntil(task, now - task.startedAt);
		}
	}

	ended(taskId: string, state: Exclude<MesosTaskState, 'TASK_RUNNING'>, endedAt: number, exitCode: number | undefined): void {
		const task = this.live.get(taskId);
		if (!task) {
			return;
		}
		this.live.delete(taskId);
		this.printUntil(task, state === 'TASK_KILLED' ? endedAt - task.startedAt : Number.POSITIVE_INFINITY);
		if (state !== 'TASK_KILLED' && exitCode !== undefined) {
			if (task.localFile) {
				appendFileSync(task.localFile, `[chronos-tui] exit status ${exitCode}\n`);
			}
			task.record.sandbox.stdout += `Command exited with status ${exitCode} (pid: ${pid})\n`;
		} else {
			task.record.sandbox.stdout += `Received KILL event\nKilling task ${taskId}\n`;
		}
		task.record.state = state;
		task.record.statuses.push({state, at: endedAt});
		this.completed.unshift(task.record);
		this.completed.length = Math.min(this.completed.length, completedLimit);
	}

	/** Running tasks, then finished ones, newest first. */
	tasks(): RecordedTask[] {
		const running = [...this.live.values()].map((task) => task.record).reverse();
		return [...running, ...this.completed];
	}

	private printUntil(task: LiveTask, elapsedMs: number): void {
		let text = '';
		while (task.next < task.lines.length && task.lines[task.next]!.atMs <= elapsedMs) {
			const line = task.lines[task.next++]!;
			if (task.record.keptFile) {
				text += `${line.text}\n`;
			} else {
				const {sandbox} = task.record;
				if (sandbox[line.stream].length < sandboxLimit) {
					sandbox[line.stream] += `${line.text}\n`;
				}
			}
		}
		if (text !== '' && task.localFile) {
			appendFileSync(task.localFile, text);
		}
	}
}

/** The node name a task sees, e.g. for `hostname` and the executor's greeting. */
export function hostnameOf(agentId: string): string {
	const node = /-S(\d+)$/.exec(agentId)?.[1] ?? '0';
	return `hpc-gpu-1-${node}.recas.ba.infn.it`;
}
