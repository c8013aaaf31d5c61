// The Chronos REST API on top of the store and the simulated scheduler: one handler per endpoint,
// answering with the status codes and bodies Chronos 3.0.2 uses (2.x paths when asked for).
import type {ChronosJob} from '../jobs/types.js';
import type {SimulatedClock} from './clock.js';
import {readJobDocument, toWireJob} from './job-document.js';
import {childFates} from '../jobs/deletion.js';
import type {SimulatedScheduler} from './scheduler.js';
import type {JobStore} from './store.js';
import {graphCsv, graphDot, jobStats, summaries} from './views.js';
import {htmlError, internalError, requirementFailed} from './wire-errors.js';

export interface ApiRequest {
	method: string;
	/** Path without the query string, still percent-encoded. */
	path: string;
	query: URLSearchParams;
	contentType: string;
	body: string;
}

export interface ApiReply {
	status: number;
	contentType?: string;
	/** More headers, e.g. Location for a redirect. */
	headers?: Record<string, string>;
	body: string;
}

export interface ApiContext {
	store: JobStore;
	scheduler: SimulatedScheduler;
	clock: SimulatedClock;
	apiVersion: 2 | 3;
	/** `host:port` this server answers on. */
	leader(): string;
	metrics(): Record<string, unknown>;
}

const json = (status: number, value: unknown): ApiReply => ({status, contentType: 'application/json', body: JSON.stringify(value)});
const noContent: ApiReply = {status: 204, body: ''};
const text = (body: string, contentType = 'text/plain'): ApiReply => ({status: 200, contentType, body});

function existingJob(context: ApiContext, name: string): ChronosJob {
	const job = context.store.get(name);
	if (!job) {
		throw requirementFailed(`Job '${name}' not found`);
	}
	return job;
}

function parseBody(request: ApiRequest): unknown {
	// Jersey refuses a body that does not say it is JSON before any Chronos code runs.
	if (!request.contentType.toLowerCase().includes('application/json')) {
		throw htmlError(415, 'Unsupported Media Type');
	}
	try {
		return JSON.parse(request.body) as unknown;
	} catch {
		// Jackson's parse error escapes as Jetty's HTML 500 page, not Chronos' JSON error.
		throw htmlError(500, 'Server Error');
	}
}

function postScheduled(context: ApiContext, request: ApiRequest): ApiReply {
	const job = readJobDocument(parseBody(request), 'scheduled', context.clock.now());
	// Creating or replacing: the job of the same name is silently overwritten, counters and all.
	context.store.put(job);
	return noContent;
}

function postDependent(context: ApiContext, request: ApiRequest): ApiReply {
	const job = readJobDocument(parseBody(request), 'dependent', context.clock.now());
	const parents = job.parents ?? [];
	const existing = context.store.has(job.name);
	if (parents.length === 0) {
		if (existing) {
			throw requirementFailed('Error, parent does not exist');
		}
		throw internalError('java.lang.Exception', 'Error, parent does not exist');
	}
	const unknownParent = parents.find((parent) => !context.store.has(parent));
	if (unknownParent !== undefined) {
		if (existing) {
			throw requirementFailed(`Parent job '${unknownParent}' not found`);
		}
		// Chronos accepts it, then loses the job when it rebuilds the dependency graph: it never shows up.
		return noContent;
	}
	context.store.put(job);
	return noContent;
}

/**
 * Deleting a job changes its children the way Chronos 3 does: a dependent job hands its parents on; a
 * scheduled job turns each child into a scheduled job of its own with its schedule, and everything Chronos
 * does not copy (image, volumes, environment...) is gone.
 */
function deleteJob(context: ApiContext, name: string): ApiReply {
	const job = existingJob(context, name);
	for (const fate of childFates(job, context.store.all())) {
		context.store.put(fate.after);
	}
	context.scheduler.kill(name);
	context.store.remove(name);
	context.store.forgetHistory(name);
	return noContent;
}

function search(context: ApiContext, query: URLSearchParams): ApiReply {
	const integer = (key: string, fallback: number): number => {
		const value = query.get(key);
		if (value === null || value === '') {
			return fallback;
		}
		if (!/^-?\d+$/.test(value)) {
			// Jersey cannot convert the parameter and answers 404 before Chronos sees it.
			throw htmlError(404, 'Not Found');
		}
		return Number(value);
	};
	const limit = integer('limit', 10);
	const offset = integer('offset', 0);
	const name = query.get('name')?.toLowerCase() ?? '';
	const command = query.get('command')?.toLowerCase() ?? '';
	const any = query.get('any')?.toLowerCase() ?? '';
	const found: ChronosJob[] = [];
	for (const job of context.store.all()) {
		// Chronos' own filter: name and command must match when given; `any` only rescues a job they rejected.
		let valid = true;
		if (name && !job.name.toLowerCase().includes(name)) {
			valid = false;
		}
		if (command && !job.command.toLowerCase().includes(command)) {
			valid = false;
		}
		if (!valid && any && (job.name.toLowerCase().includes(any) || job.command.toLowerCase().includes(any))) {
			valid = true;
		}
		if (valid) {
			found.push(job);
		}
	}
	const start = Math.max(0, offset);
	return json(200, found.slice(start, Math.max(start, start + limit)).map((job) => toWireJob(job, context.apiVersion)));
}

type Handler = (context: ApiContext, request: ApiRequest, name: string) => ApiReply;

interface Route {
	method: string;
	pattern: RegExp;
	handler: Handler;
	/** Only on 3.x servers. */
	v3Only?: boolean;
}

const nameSegment = '([^/]+)';

const routes: Route[] = [
	{method: 'GET', pattern: /^jobs$/, handler: (context) => json(200, [...context.store.all()].map((job) => toWireJob(job, context.apiVersion)))},
	{method: 'GET', pattern: /^jobs\/summary$/, v3Only: true, handler: (context) => json(200, summaries(context.store, context.scheduler))},
	{method: 'GET', pattern: /^jobs\/search$/, handler: (context, request) => search(context, request.query)},
	{method: 'POST', pattern: /^iso8601$/, handler: (context, request) => postScheduled(context, request)},
	{method: 'POST', pattern: /^dependency$/, handler: (context, request) => postDependent(context, request)},
	{
		method: 'GET',
		pattern: new RegExp(`^job/stat/${nameSegment}$`),
		handler: (context, _request, name) => {
			existingJob(context, name);
			return json(200, jobStats(context.store, name));
		},
	},
	{
		method: 'PUT',
		pattern: new RegExp(`^job/success/${nameSegment}$`),
		handler: (context, _request, name) =>
			// The resource produces "JSON", so this plain sentence comes back labelled application/json.
			text(`marked job ${name} as successful: ${String(context.scheduler.markSuccess(name))}`, 'application/json'),
	},
	{
		method: 'GET',
		pattern: new RegExp(`^job/${nameSegment}$`),
		v3Only: true,
		handler: (context, _request, name) => json(200, toWireJob(existingJob(context, name), context.apiVersion)),
	},
	{
		method: 'PUT',
		pattern: new RegExp(`^job/${nameSegment}$`),
		handler: (context, request, name) => {
			existingJob(context, name);
			// Queued, or silently dropped when disabled or already running: 204 either way.
			context.scheduler.runNow(name, request.query.get('arguments') ?? undefined);
			return noContent;
		},
	},
	{method: 'DELETE', pattern: new RegExp(`^job/${nameSegment}$`), handler: (context, _request, name) => deleteJob(context, name)},
	{
		method: 'DELETE',
		pattern: new RegExp(`^task/kill/${nameSegment}$`),
		handler: (context, _request, name) => {
			existingJob(context, name);
			context.scheduler.kill(name);
			return noContent;
		},
	},
	{method: 'GET', pattern: /^graph\/csv$/, handler: (context) => text(graphCsv(context.store, context.scheduler))},
	{method: 'GET', pattern: /^graph\/dot$/, handler: (context) => text(graphDot(context.store))},
	{method: 'GET', pattern: /^leader$/, handler: (context) => json(200, {leader: context.leader()})},
];

export function apiPrefix(apiVersion: 2 | 3): string {
	return apiVersion === 3 ? '/v1/scheduler/' : '/scheduler/';
}

function decodeName(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		throw htmlError(400, 'Bad Request');
	}
}

export function handleApiRequest(context: ApiContext, request: ApiRequest): ApiReply {
	if (request.path === '/ping') {
		return text('pong\n');
	}
	if (request.path === '/metrics') {
		return json(200, context.metrics());
	}
	const prefix = apiPrefix(context.apiVersion);
	if (!request.path.startsWith(prefix)) {
		throw htmlError(404, 'Not Found');
	}
	const rest = request.path.slice(prefix.length).replace(/\/$/, '');
	const available = routes.filter((route) => context.apiVersion === 3 || !route.v3Only);
	let pathMatched = false;
	for (const route of available) {
		const match = route.pattern.exec(rest);
		if (!match) {
			continue;
		}
		pathMatched = true;
		if (route.method === request.method) {
			return route.handler(context, request, match[1] === undefined ? '' : decodeName(match[1]));
		}
	}
	throw htmlError(pathMatched ? 405 : 404, pathMatched ? 'Method Not Allowed' : 'Not Found');
}

