// Output from the Mesos sandbox, for clusters whose agents the frontend can reach: the leading master
// (`/master/redirect`), the job's tasks (`/master/tasks`, named `ChronosTask:<job>`), the agent that ran one
// (`/master/slaves`) and its files (`/files/read`, offset -1 for the size, pages of at most 64 KiB).
// No React; HTTP through got, one line for every failure.
import got, {HTTPError, RequestError} from 'got';
import {newestRunFirst, runLabel} from './run-label.js';
import {OutputError, type OutputRead, type OutputRun, type OutputSource, type OutputStream, type RunEnd} from './types.js';

export interface MesosSettings {
	/** The master named in the config, e.g. http://mesos-master:5050. */
	url: string;
	user?: string;
	getPassword?(): Promise<string | undefined>;
	timeoutMs: number;
}

interface MesosTask {
	id: string;
	name: string;
	framework_id: string;
	slave_id: string;
	state: string;
}

interface MesosAgent {
	id: string;
	hostname: string;
	port: number;
}

/** Mesos answers at most this much per read. */
const pageBytes = 64 * 1024;
const taskListLimit = 1000;
const taskId = /^ct:(\d+):(\d+):/;
const failedStates = new Set(['TASK_FAILED', 'TASK_KILLED', 'TASK_LOST', 'TASK_ERROR', 'TASK_DROPPED', 'TASK_GONE']);

export class MesosSource implements OutputSource {
	readonly kind = 'mesos';
	readonly streams: readonly OutputStream[] = ['stdout', 'stderr'];
	private leaderUrl: string | undefined;
	private readonly tasks = new Map<string, MesosTask>();
	private readonly agents = new Map<string, MesosAgent>();

	constructor(
		private readonly jobName: string,
		private readonly settings: MesosSettings,
	) {}

	describe(run?: OutputRun): string {
		return run ? `the Mesos sandbox of task ${run.id}` : `the Mesos sandboxes of ${this.jobName} (master ${this.settings.url})`;
	}

	async runs(): Promise<OutputRun[]> {
		const leader = await this.leader();
		const answer = await this.getJson<{tasks?: MesosTask[]}>(`${leader}/master/tasks`, {order: 'desc', limit: String(taskListLimit)}, 'the Mesos master');
		const runs: OutputRun[] = [];
		for (const task of answer.tasks ?? []) {
			const match = taskId.exec(task.id);
			if (task.name !== `ChronosTask:${this.jobName}` || !match) {
				continue;
			}
			this.tasks.set(task.id, task);
			const dueMillis = Number(match[1]);
			const attempt = Number(match[2]);
			runs.push({id: task.id, label: runLabel(dueMillis, attempt), dueMillis, attempt});
		}
		return runs.sort(newestRunFirst);
	}

	async read(run: OutputRun, stream: OutputStream, offset: number, maxBytes: number): Promise<OutputRead> {
		const task = await this.task(run);
		const agent = await this.agent(task.slave_id);
		const base = `http://${agent.hostname}:${agent.port}`;
		const path = `/frameworks/${task.framework_id}/executors/${task.id}/runs/latest/${stream}`;
		const where = `the Mesos agent ${agent.hostname}:${agent.port}`;
		const page = (at: number, length: number) =>
			this.getJson<{data?: string; offset?: number}>(`${base}/files/read`, {path, offset: String(at), length: String(length)}, where);
		const size = (await page(-1, 0)).offset ?? 0;
		const restarted = offset > size;
		let at = offset < 0 ? Math.max(0, size - maxBytes) : restarted ? 0 : offset;
		const start = at;
		const parts: Buffer[] = [];
		while (at < size && at - start < maxBytes) {
			const answer = await page(at, Math.min(pageBytes, maxBytes - (at - start)));
			const bytes = Buffer.from(answer.data ?? '', 'utf8');
			if (bytes.length === 0) {
				break;
			}
			parts.push(bytes);
			at += bytes.length;
		}
		return {bytes: new Uint8Array(Buffer.concat(parts)), offset: start, size: Math.max(size, at), restarted};
	}

	async ended(run: OutputRun): Promise<RunEnd | undefined> {
		await this.runs();
		const state = this.tasks.get(run.id)?.state;
		if (state === 'TASK_FINISHED') {
			return {exitCode: 0, succeeded: true};
		}
		return state !== undefined && failedStates.has(state) ? {succeeded: false} : undefined;
	}

	private async task(run: OutputRun): Promise<MesosTask> {
		if (!this.tasks.has(run.id)) {
			await this.runs();
		}
		const task = this.tasks.get(run.id);
		if (!task) {
			throw new OutputError(`the Mesos master no longer lists task ${run.id}`);
		}
		return task;
	}

	private async agent(id: string): Promise<MesosAgent> {
		const known = this.agents.get(id);
		if (known) {
			return known;
		}
		const leader = await this.leader();
		const answer = await this.getJson<{slaves?: MesosAgent[]}>(`${leader}/master/slaves`, {slave_id: id}, 'the Mesos master');
		const agent = answer.slaves?.find((candidate) => candidate.id === id);
		if (!agent) {
			throw new OutputError(`the Mesos master does not know agent ${id} any more (the node left the cluster)`);
		}
		this.agents.set(id, agent);
		return agent;
	}

	/** The leading master: `/master/redirect` answers 307 with `//host:port`. */
	private async leader(): Promise<string> {
		if (this.leaderUrl) {
			return this.leaderUrl;
		}
		const configured = new URL(this.settings.url);
		const base = configured.href.replace(/\/+$/, '');
		try {
			const response = await got(`${base}/master/redirect`, {
				followRedirect: false,
				throwHttpErrors: false,
				timeout: {request: this.settings.timeoutMs},
				retry: {limit: 0},
				headers: await this.headers(),
			});
			const location = response.headers.location;
			this.leaderUrl = response.statusCode === 307 && location ? new URL(location, configured).href.replace(/\/+$/, '') : base;
		} catch (error) {
			throw this.failure(error, `the Mesos master at ${base}`);
		}
		return this.leaderUrl;
	}

	private async getJson<T>(url: string, searchParams: Record<string, string>, where: string): Promise<T> {
		let body: string;
		try {
			body = await got(url, {
				searchParams,
				headers: await this.headers(),
				timeout: {request: this.settings.timeoutMs},
				retry: {limit: 0},
			}).text();
		} catch (error) {
			throw this.failure(error, where);
		}
		try {
			return JSON.parse(body) as T;
		} catch {
			throw new OutputError(`${where} answered with something that is not JSON`);
		}
	}

	private async headers(): Promise<Record<string, string>> {
		const password = await this.settings.getPassword?.();
		if (this.settings.user === undefined && password === undefined) {
			return {};
		}
		return {authorization: `Basic ${Buffer.from(`${this.settings.user ?? ''}:${password ?? ''}`).toString('base64')}`};
	}

	private failure(error: unknown, where: string): OutputError {
		if (error instanceof HTTPError) {
			const status = error.response.statusCode;
			if (status === 401 || status === 403) {
				return new OutputError(`${where} refused access (${status}): check mesos.user and its password in the config file`);
			}
			if (status === 404 && where.includes('agent')) {
				return new OutputError(`${where} no longer has this run's sandbox (Mesos removes old sandboxes)`);
			}
			return new OutputError(`${where} answered ${status}`);
		}
		if (error instanceof RequestError) {
			const reason = error.name === 'TimeoutError' ? 'no answer' : error.code || error.message;
			const hint = where.includes('agent') ? '; agents are often reachable only inside the cluster: keep the output on shared storage instead (--keep-output)' : '';
			return new OutputError(`cannot reach ${where} (${reason})${hint}`);
		}
		return new OutputError(`cannot read from ${where} (${error instanceof Error ? error.message : String(error)})`);
	}
}
