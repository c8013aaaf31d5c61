// Typed access to one Chronos instance. It speaks 3.x (`/v1/scheduler/...`, jobs/summary) and falls back to
// 2.x (`/scheduler/...`, graph/csv) on its own, remembering what worked so later calls go straight there.
import {StringDecoder} from 'node:string_decoder';
import type {ChronosJob} from '../jobs/types.js';
import {ChronosError} from './errors.js';
import {parseGraphCsv, summariesFromGraph} from './graph-csv.js';
import {
	expectJob,
	expectJobList,
	expectLeader,
	expectStats,
	expectSummaries,
	malformed,
	parseJsonBody,
	type BodySource,
} from './shapes.js';
import {JobListReader} from './job-list-reader.js';
import {BodyDigest} from './body-digest.js';
import {ChronosTransport, type BodySink, type ChronosRequest, type ChronosResponse} from './transport.js';
import type {JobStats, JobSummary, SearchQuery} from './types.js';

export interface ChronosClientOptions {
	url: string;
	user?: string;
	password?: string;
	/** Where the password came from, named when Chronos refuses it: `password from the password file ~/x`. */
	passwordOrigin?: string;
	caFile?: string;
	timeoutMs?: number;
	retries?: number;
	/** Larger answers are refused as "response too large"; 256 MB when not given. */
	maxResponseBytes?: number;
	/** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read; the process environment when not given. */
	proxyEnv?: NodeJS.ProcessEnv;
}

type ApiPrefix = '/v1/scheduler' | '/scheduler';

const currentPrefix: ApiPrefix = '/v1/scheduler';
const legacyPrefix: ApiPrefix = '/scheduler';

export class ChronosClient {
	/** The base URL, never with credentials in it. */
	readonly url: string;
	private readonly transport: ChronosTransport;
	private prefix?: ApiPrefix;
	private summarySupported?: boolean;
	/** The last parsed answer of each polled list, by path; see getRemembered. */
	private readonly lastAnswers = new Map<string, {fingerprint: string; label: string; value: unknown}>();

	constructor(options: ChronosClientOptions) {
		const {url, user, password} = splitCredentials(options.url);
		this.url = url;
		this.transport = new ChronosTransport({
			url,
			user: options.user ?? user,
			password: options.password ?? password,
			...(options.passwordOrigin ? {passwordOrigin: options.passwordOrigin} : {}),
			caFile: options.caFile,
			timeoutMs: options.timeoutMs ?? 10_000,
			retries: options.retries ?? 2,
			maxResponseBytes: options.maxResponseBytes ?? 256 * 1024 * 1024,
			...(options.proxyEnv ? {proxyEnv: options.proxyEnv} : {}),
		});
	}

	/** Settles once a first request has left, all of it handed to the operating system. */
	get firstRequestSent(): Promise<void> {
		return this.transport.firstRequestSent;
	}

	/** Set when a proxy variable applies to Chronos but cannot be used: one line to tell the user once. */
	get proxyNotice(): string | undefined {
		return this.transport.proxyNotice;
	}

	/** From now on requests send this password (for this run only: nothing is written anywhere). */
	usePassword(password: string, origin: string): void {
		this.transport.usePassword(password, origin);
	}

	/**
	 * Every job, read as the answer arrives (see job-list-reader.ts): `reuse` may answer a job already held in
	 * the place of an equal one read. The same answer as last time gives the very list read then.
	 */
	async listJobs(reuse?: (job: ChronosJob) => ChronosJob): Promise<ChronosJob[]> {
		const path = '/jobs';
		let reading: {reader: JobListReader; digest: BodyDigest} | undefined;
		await this.api({method: 'GET', path}, request =>
			this.transport.receive(request, () => {
				const reader = new JobListReader(reuse);
				const digest = new BodyDigest();
				const decoder = new StringDecoder('utf8');
				reading = {reader, digest};
				return {
					write: chunk => {
						digest.update(chunk);
						reader.push(decoder.write(chunk));
					},
					end: () => reader.push(decoder.end()),
				};
			}),
		);
		const {reader, digest} = reading!;
		const source = {url: this.url, label: `GET ${this.prefix ?? currentPrefix}${path}`};
		return this.remembered(path, source.label, digest.fingerprint(), () => reader.finish(source));
	}

	/**
	 * The light list the dashboard polls: jobs/summary on 3.x, jobs + graph/csv where that does not exist.
	 * `beforeReading` is awaited between the answer's arrival and reading it (a big answer takes the main
	 * thread for a while): the dashboard reads it between two keys.
	 */
	async listSummaries(beforeReading?: () => Promise<void>): Promise<JobSummary[]> {
		if (this.summarySupported !== false) {
			try {
				const summaries = await this.getRemembered(
					'/jobs/summary',
					(body, source) => expectSummaries(parseJsonBody(body, source), body, source),
					beforeReading,
				);
				this.summarySupported = true;
				return summaries;
			} catch (error) {
				if (this.summarySupported === true || !isNotFound(error)) {
					throw error;
				}
			}
		}

		const jobs = await this.listJobs();
		const csv = await this.api({method: 'GET', path: '/graph/csv'});
		// Only now is it certain the summary is missing, not the whole server.
		this.summarySupported = false;
		return summariesFromGraph(jobs, parseGraphCsv(csv.body));
	}

	/** Case-insensitive substring search; Chronos returns 10 results unless `limit` says otherwise. */
	async searchJobs(query: SearchQuery): Promise<ChronosJob[]> {
		const searchParams: Record<string, string> = {};
		for (const key of ['name', 'command', 'any', 'limit', 'offset'] as const) {
			const value = query[key];
			if (value !== undefined && value !== '') {
				searchParams[key] = String(value);
			}
		}

		const {value, body, source} = await this.getJson('/jobs/search', searchParams);
		return expectJobList(value, body, source);
	}

	async getJob(name: string): Promise<ChronosJob> {
		await this.detectPrefix();
		if (this.prefix === legacyPrefix) {
			// 2.x has no single-job endpoint; an exact match from search is the same document.
			const found = (await this.searchJobs({name, limit: 10_000})).find((job) => job.name === name);
			if (!found) {
				throw new ChronosError('http', `Job '${name}' not found`, {status: 400, url: this.url});
			}

			return found;
		}

		const {value, body, source} = await this.getJson(`/job/${jobSegment(name)}`);
		return expectJob(value, body, source);
	}

	/** Creates the job, or replaces the job of the same name: callers check for collisions first. */
	async addScheduledJob(job: ChronosJob): Promise<void> {
		// Chronos reads any `parents` field, even an empty list, as a dependent job and then refuses it here.
		const {parents, ...rest} = job;
		const body = Array.isArray(parents) && parents.length === 0 ? rest : job;
		await this.api({method: 'POST', path: '/iso8601', json: body});
	}

	async addDependentJob(job: ChronosJob): Promise<void> {
		// A dependent job runs after its parents; a leftover schedule (from an edited scheduled job) means nothing.
		const {schedule: _schedule, ...body} = job;
		await this.api({method: 'POST', path: '/dependency', json: body});
	}

	/** Dependent jobs (with parents) and scheduled jobs go to different endpoints. */
	async saveJob(job: ChronosJob): Promise<void> {
		if (Array.isArray(job.parents) && job.parents.length > 0) {
			await this.addDependentJob(job);
		} else {
			await this.addScheduledJob(job);
		}
	}

	/** Queues a run now; `args` are appended to the command for this run only. */
	async runJob(name: string, args?: string): Promise<void> {
		const searchParams = args !== undefined && args.trim() !== '' ? {arguments: args} : undefined;
		await this.api({method: 'PUT', path: `/job/${jobSegment(name)}`, ...(searchParams ? {searchParams} : {})});
	}

	/** Stops every running or queued task of the job; the job itself stays. */
	async killTasks(name: string): Promise<void> {
		await this.api({method: 'DELETE', path: `/task/kill/${jobSegment(name)}`});
	}

	async deleteJob(name: string): Promise<void> {
		await this.api({method: 'DELETE', path: `/job/${jobSegment(name)}`});
	}

	/** True when Chronos marked the job successful; false when it knows no such job. */
	async markSuccess(name: string): Promise<boolean> {
		const path = `/job/success/${jobSegment(name)}`;
		const response = await this.api({method: 'PUT', path});
		const match = /successful:\s*(true|false)\s*$/i.exec(response.body.trim());
		if (!match) {
			const label = `PUT ${this.prefix ?? currentPrefix}${path}`;
			throw malformed(`Chronos sent an unexpected answer to marking a job successful (${label})`, response.body, {
				url: this.url,
				label,
			});
		}

		return match[1]?.toLowerCase() === 'true';
	}

	async jobStats(name: string): Promise<JobStats> {
		const {value, body, source} = await this.getJson(`/job/stat/${jobSegment(name)}`);
		return expectStats(value, body, source);
	}

	/** `host:port` of the elected leader. */
	async leader(): Promise<string> {
		const {value, body, source} = await this.getJson('/leader');
		return expectLeader(value, body, source);
	}

	/** Resolves when Chronos answers at all (with the credentials checked); throws the reason otherwise. */
	async ping(): Promise<void> {
		// `/ping` sits outside the API and some builds answer it without checking credentials; `leader` is the
		// cheapest call that proves the URL, the API version and the password all work.
		await this.api({method: 'GET', path: '/leader'});
	}

	private async getJson(
		path: string,
		searchParams?: Record<string, string>,
	): Promise<{value: unknown; body: string; source: BodySource}> {
		const response = await this.api({method: 'GET', path, ...(searchParams ? {searchParams} : {})});
		const source = {url: this.url, label: `GET ${this.prefix ?? currentPrefix}${path}`};
		return {value: parseJsonBody(response.body, source), body: response.body, source};
	}

	/**
	 * The full job list and the summary are polled, and on a quiet Chronos they come back unchanged: when the
	 * body is the same as last time (same length and digest) the list parsed then is returned again, the
	 * same array, without parsing megabytes of JSON. Callers treat these lists as read-only, but for one
	 * thing: the store puts a job it already holds in the place of an equal one, so one copy stays in memory.
	 */
	private async getRemembered<T>(
		path: string,
		read: (body: string, source: BodySource) => T,
		beforeReading?: () => Promise<void>,
	): Promise<T> {
		let body: KeptBody | undefined;
		await this.api({method: 'GET', path}, request => this.transport.receive(request, () => (body = new KeptBody())));
		await beforeReading?.();
		const source = {url: this.url, label: `GET ${this.prefix ?? currentPrefix}${path}`};
		return this.remembered(path, source.label, body!.fingerprint(), () => read(body!.text(), source));
	}

	/** The value read from the last answer to `label` when this answer has the same fingerprint, else `read()`. */
	private remembered<T>(path: string, label: string, fingerprint: string, read: () => T): T {
		const last = this.lastAnswers.get(path);
		if (last?.fingerprint === fingerprint && last.label === label) {
			return last.value as T;
		}

		const value = read();
		this.lastAnswers.set(path, {fingerprint, label, value});
		return value;
	}

	/** An API call under the version prefix; the first 404 on `/v1/scheduler` tries the 2.x `/scheduler`. */
	private async api(request: ChronosRequest): Promise<ChronosResponse>;
	private async api<T>(request: ChronosRequest, send: (request: ChronosRequest) => Promise<T>): Promise<T>;
	private async api<T>(
		request: ChronosRequest,
		send: (request: ChronosRequest) => Promise<T> = async request => this.transport.send(request) as Promise<T>,
	): Promise<T> {
		if (this.prefix) {
			return send({...request, path: this.prefix + request.path});
		}

		try {
			const response = await send({...request, path: currentPrefix + request.path});
			this.prefix = currentPrefix;
			return response;
		} catch (error) {
			if (!isNotFound(error)) {
				if (error instanceof ChronosError && error.kind === 'http') {
					// Chronos answered under /v1/scheduler, so that is the prefix, whatever the job's problem.
					this.prefix = currentPrefix;
				}

				throw error;
			}

			try {
				const response = await send({...request, path: legacyPrefix + request.path});
				this.prefix = legacyPrefix;
				return response;
			} catch (legacyError) {
				if (isNotFound(legacyError)) {
					// Neither API answers here: most likely the URL points at something that is not Chronos.
					throw new ChronosError(
						'http',
						`no Chronos API at ${this.url} (404 Not Found for ${currentPrefix}${request.path}); check the URL`,
						{status: 404, url: this.url, ...(error instanceof ChronosError ? {detail: error.detail} : {})},
					);
				}

				if (legacyError instanceof ChronosError && legacyError.kind === 'http') {
					this.prefix = legacyPrefix;
				}

				throw legacyError;
			}
		}
	}

	/** getJob needs to know the API version before it picks an endpoint. */
	private async detectPrefix(): Promise<void> {
		if (!this.prefix) {
			await this.api({method: 'GET', path: '/leader'});
		}
	}
}

/**
 * A body kept as the pieces it arrived in, made into text only when it must be read: the summary polled every
 * few seconds is most often the same as last time, and then never becomes a string at all.
 */
class KeptBody implements BodySink {
	private readonly digest = new BodyDigest();
	private readonly pieces: Buffer[] = [];

	write(chunk: Buffer): void {
		this.digest.update(chunk);
		this.pieces.push(chunk);
	}

	end(): void {}

	fingerprint(): string {
		return this.digest.fingerprint();
	}

	text(): string {
		return Buffer.concat(this.pieces).toString('utf8');
	}
}

function isNotFound(error: unknown): boolean {
	return error instanceof ChronosError && error.status === 404;
}

/**
 * Job names are `[\w.-]+`. A name of only dots cannot be asked for: URLs read `.` and `..` as path steps even
 * when written `%2E`, so `job/..` would reach `/v1/scheduler/` and act on whatever answers there.
 */
function jobSegment(name: string): string {
	if (name === '' || /^\.+$/.test(name)) {
		throw new ChronosError('http', `'${name}' is not a job name: a name needs a letter or digit`, {status: 400});
	}

	return encodeURIComponent(name);
}

/** A URL pasted with `user:password@` still works, but the credentials never stay in `url`. */
function splitCredentials(raw: string): {url: string; user?: string; password?: string} {
	let parsed: URL;
	try {
		parsed = new URL(raw.trim());
	} catch {
		throw new ChronosError('unreachable', `"${raw}" is not a Chronos URL; expected something like http://host:4400`);
	}

	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		throw new ChronosError('unreachable', `"${parsed.protocol}" is not supported; a Chronos URL starts with http:// or https://`);
	}

	const user = parsed.username ? decodeURIComponent(parsed.username) : undefined;
	const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
	parsed.username = '';
	parsed.password = '';
	parsed.search = '';
	parsed.hash = '';
	const url = parsed.toString().replace(/\/+$/, '');
	return {url, ...(user === undefined ? {} : {user}), ...(password === undefined ? {} : {password})};
}
