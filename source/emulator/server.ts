// startEmulator: a Chronos-compatible HTTP server (node:http) over the simulated cluster, used by demo mode
// and by every test that needs a server.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {SimulatedClock} from './clock.js';
import {FaultInjector} from './faults.js';
import {toWireJob} from './job-document.js';
import {handleMesosRequest, type MesosContext} from './mesos-routes.js';
import {defaultNodePool} from './node-pool.js';
import {OutputRecorder} from './output-recorder.js';
import {handleApiRequest, type ApiContext, type ApiReply} from './routes.js';
import {seedGenerated} from './generated-jobs.js';
import {seedSamples} from './samples.js';
import {SimulatedScheduler} from './scheduler.js';
import {DebouncedStateWriter, loadState} from './state-file.js';
import {JobStore} from './store.js';
import type {EmulatorOptions, RunningEmulator} from './types.js';
import {summaryOf} from './views.js';
import {ChronosHttpError, jettyErrorPage, statusText} from './wire-errors.js';

export type {EmulatorOptions, Faults, RunningEmulator} from './types.js';

/** Request bodies beyond this are refused; a job document is a few kilobytes. */
const maxBodyBytes = 5 * 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string | undefined> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBodyBytes) {
				chunks.push(chunk);
			}
		});
		request.on('end', () => {
			resolve(size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8'));
		});
		request.on('error', reject);
	});
}

function isAuthorised(header: string | undefined, credentials: {user: string; password: string}): boolean {
	const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
	if (!match) {
		return false;
	}
	const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
	const separator = decoded.indexOf(':');
	return separator !== -1 && decoded.slice(0, separator) === credentials.user && decoded.slice(separator + 1) === credentials.password;
}

function errorReply(error: unknown, path: string, apiVersion: 2 | 3): ApiReply {
	if (error instanceof ChronosHttpError) {
		const {body} = error;
		if (body.kind === 'json' && apiVersion === 2) {
			// 2.x handlers answered a failed check with the bare message and anything worse with an empty 500.
			return body.legacyText !== undefined
				? {status: body.status, contentType: 'application/json', body: body.legacyText}
				: {status: body.status, body: body.status >= 500 ? '' : body.message};
		}
		if (body.kind === 'json') {
			return {
				status: body.status,
				contentType: 'application/json',
				body: JSON.stringify({status: statusText(body.status), message: body.message}),
			};
		}
		if (body.kind === 'html') {
			return {status: body.status, contentType: 'text/html;charset=iso-8859-1', body: jettyErrorPage(body.status, path, body.reason)};
		}
		return {status: body.status, body: ''};
	}
	const message = error instanceof Error ? error.message : String(error);
	return {
		status: 500,
		contentType: 'application/json',
		body: JSON.stringify({status: 'Internal Server Error', message: `java.lang.RuntimeException: ${message}`}),
	};
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => {
		setTimeout(resolve, ms).unref();
	});
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
	const apiVersion = options.apiVersion ?? 3;
	const clock = new SimulatedClock(options.speed ?? 1);
	const store = new JobStore();
	const faults = new FaultInjector(options.faults);
	const user = options.sampleUser ?? 'demo';
	const seed = options.seed ?? 'samples';

	const restored = options.stateFile !== undefined && loadState(options.stateFile, store);
	if (!restored) {
		if (seed === 'samples') {
			seedSamples(store, user, clock.now());
		} else if (typeof seed === 'number') {
			if (!Number.isSafeInteger(seed) || seed < 0) {
				throw new RangeError(`seed must be 'samples', 'none' or a number of jobs, got ${seed}`);
			}
			seedGenerated(store, user, seed, clock.now());
		}
	}

	const pool = defaultNodePool();
	const output = new OutputRecorder(options.storageRoot);
	const scheduler = new SimulatedScheduler(store, clock, pool, undefined, output);
	let writer: DebouncedStateWriter | undefined;
	if (options.stateFile !== undefined) {
		writer = new DebouncedStateWriter(options.stateFile, store);
		const pending = writer;
		store.onChange(() => {
			pending.changed();
		});
		if (!restored) {
			writer.changed();
		}
	}

	let requests = 0;
	let address = '';
	const mesos: MesosContext = {
		output,
		agentIds: pool.agentIds(),
		leader: () => address,
		agentAddress: () => options.mesosAgentAddress ?? address,
	};
	const context: ApiContext = {
		store,
		scheduler,
		clock,
		apiVersion,
		leader: () => address,
		metrics: () => {
			const counts = scheduler.counts();
			return {
				version: '3.0.0',
				gauges: {
					'jobs.count': {value: store.size},
					'tasks.queued': {value: counts.queued},
					'tasks.running': {value: counts.running},
				},
				counters: {'http.requests': {count: requests}},
				histograms: {},
				meters: {},
				timers: {},
			};
		},
	};

	async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const current = faults.current;
		if (current.drop) {
			request.socket.destroy();
			return;
		}
		const body = await readBody(request);
		if (current.latencyMs > 0) {
			await delay(current.latencyMs);
		}
		requests++;
		const url = new URL(request.url ?? '/', 'http://emulator.invalid');
		let reply: ApiReply;
		if (options.credentials && !isAuthorised(request.headers.authorization, options.credentials)) {
			reply = {status: 401, contentType: 'text/html;charset=iso-8859-1', body: jettyErrorPage(401, url.pathname, 'Unauthorized')};
			response.setHeader('WWW-Authenticate', 'basic realm="Mesosphere"');
		} else if (faults.shouldFail()) {
			reply = {
				status: 500,
				contentType: 'application/json',
				body: JSON.stringify({status: 'Internal Server Error', message: 'java.lang.RuntimeException: injected failure (emulator failRate)'}),
			};
		} else if (body === undefined) {
			reply = {status: 413, contentType: 'text/html;charset=iso-8859-1', body: jettyErrorPage(413, url.pathname, 'Request Entity Too Large')};
		} else {
			try {
				const apiRequest = {
					method: request.method ?? 'GET',
					path: url.pathname,
					query: url.searchParams,
					contentType: request.headers['content-type'] ?? '',
					body,
				};
				reply = handleMesosRequest(mesos, apiRequest) ?? handleApiRequest(context, apiRequest);
				if (request.method !== 'GET') {
					// Chronos queues a job that is due as soon as it is submitted or run, not at the next tick.
					scheduler.pass();
				}
			} catch (error) {
				reply = errorReply(error, url.pathname, apiVersion);
			}
		}
		if (faults.current.malformed && reply.status >= 200 && reply.status < 300) {
			reply = {...reply, body: FaultInjector.corrupt(reply.body)};
		}
		if (reply.contentType) {
			response.setHeader('Content-Type', reply.contentType);
		}
		for (const [name, value] of Object.entries(reply.headers ?? {})) {
			response.setHeader(name, value);
		}
		if (reply.status !== 204) {
			response.setHeader('Content-Length', Buffer.byteLength(reply.body));
		}
		response.writeHead(reply.status);
		response.end(reply.status === 204 ? undefined : reply.body);
	}

	const server = createServer((request, response) => {
		serve(request, response).catch(() => {
			// The client went away mid-request; nothing is left to answer.
			response.destroy();
		});
	});
	server.keepAliveTimeout = 5000;

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const {port, address: host} = server.address() as AddressInfo;
	const urlHost = host.includes(':') ? `[${host}]` : host;
	address = `${urlHost}:${port}`;
	scheduler.start();
	// Jobs due at start (R1//P1Y samples) are queued at once rather than on the first tick.
	scheduler.pass();

	let closing: Promise<void> | undefined;
	return {
		url: `http://${urlHost}:${port}`,
		port,
		close() {
			closing ??= new Promise<void>((resolve) => {
				scheduler.stop();
				writer?.flush();
				server.close(() => {
					resolve();
				});
				server.closeAllConnections();
			});
			return closing;
		},
		jobs: () => [...store.all()].map((job) => toWireJob(job, apiVersion)),
		job(name) {
			const job = store.get(name);
			return job ? toWireJob(job, apiVersion) : undefined;
		},
		summary(name) {
			const job = store.get(name);
			return job ? summaryOf(job, scheduler) : undefined;
		},
		setFaults(changes) {
			faults.set(changes);
		},
	};
}
