// A Mesos master and agent as far as job output needs them, served by the emulator beside the Chronos API:
// `/master/redirect` (the leader), `/master/tasks`, `/master/slaves` and the agent's `/files/read`, with the
// shapes and quirks of Mesos 1.x (offset -1 for the size, 64 KiB pages, an offset past the end echoed back).
import type {ApiReply, ApiRequest} from './routes.js';
import {hostnameOf, type OutputRecorder} from './output-recorder.js';

export const frameworkId = '9f1c2d4e-7b3a-4c8e-a5d1-2e6f8b0c1a93-0000';
const pageBytes = 64 * 1024;

export interface MesosContext {
	output: OutputRecorder;
	agentIds: readonly string[];
	/** `host:port` of this server, which plays the master. */
	leader(): string;
	/** `host:port` the master names for its agents: this server too, unless a test makes agents unreachable. */
	agentAddress(): string;
}

const json = (status: number, value: unknown): ApiReply => ({status, contentType: 'application/json', body: JSON.stringify(value)});
const plain = (status: number, body: string): ApiReply => ({status, contentType: 'text/plain; charset=utf-8', body});

/** The answer for a Mesos path; undefined for every other path (the Chronos API). */
export function handleMesosRequest(context: MesosContext, request: ApiRequest): ApiReply | undefined {
	if (request.method !== 'GET' && /^\/(master|files)\//.test(request.path)) {
		return plain(405, 'Expecting GET');
	}
	switch (request.path) {
		case '/master/redirect':
			return {status: 307, headers: {Location: `//${context.leader()}`}, body: ''};
		case '/master/tasks':
			return json(200, {tasks: tasks(context, request.query)});
		case '/master/slaves':
			return json(200, {slaves: slaves(context, request.query.get('slave_id'))});
		case '/files/read':
			return readFile(context, request.query);
		default:
			return undefined;
	}
}

function tasks(context: MesosContext, query: URLSearchParams): unknown[] {
	const framework = query.get('framework_id');
	const limit = Number(query.get('limit') ?? 100);
	const ordered = context.output.tasks();
	// Newest first is what `order=desc` asks for; Mesos' default is oldest first.
	const list = query.get('order') === 'desc' ? ordered : [...ordered].reverse();
	return list
		.filter(() => framework === null || framework === frameworkId)
		.slice(0, Number.isFinite(limit) && limit > 0 ? limit : 100)
		.map((task) => ({
			id: task.id,
			name: `ChronosTask:${task.jobName}`,
			framework_id: frameworkId,
			executor_id: '',
			slave_id: task.agentId,
			state: task.state,
			statuses: task.statuses.map((status) => ({state: status.state, timestamp: status.at / 1000})),
		}));
}

function slaves(context: MesosContext, only: string | null): unknown[] {
	const [hostname = '', port = '5051'] = splitAddress(context.agentAddress());
	return context.agentIds
		.filter((id) => only === null || id === only)
		.map((id) => ({id, hostname, port: Number(port), pid: `slave(1)@${hostname}:${port}`, attributes: {host: hostnameOf(id)}, active: true}));
}

function splitAddress(address: string): [string, string] {
	const separator = address.lastIndexOf(':');
	return [address.slice(0, separator).replace(/^\[|\]$/g, ''), address.slice(separator + 1)];
}

function readFile(context: MesosContext, query: URLSearchParams): ApiReply {
	const path = query.get('path') ?? '';
	const match = /^\/frameworks\/([^/]+)\/executors\/([^/]+)\/runs\/latest\/(stdout|stderr)$/.exec(path);
	const task = match && match[1] === frameworkId ? context.output.tasks().find((candidate) => candidate.id === match[2]) : undefined;
	if (!task) {
		return plain(404, `No file found at '${path}'`);
	}
	const offsetText = query.get('offset');
	const offset = Number(offsetText);
	if (offsetText === null || !Number.isInteger(offset) || offset < -1) {
		return plain(400, `Failed to parse offset: ${offsetText === null ? 'missing' : offsetText}`);
	}
	const bytes = Buffer.from(task.sandbox[match![3] as 'stdout' | 'stderr'], 'utf8');
	if (offset === -1) {
		return json(200, {data: '', offset: bytes.length});
	}
	const length = Math.min(Number(query.get('length') ?? pageBytes) || pageBytes, pageBytes);
	if (offset >= bytes.length) {
		return json(200, {data: '', offset});
	}
	return json(200, {data: bytes.subarray(offset, offset + length).toString('utf8'), offset});
}
