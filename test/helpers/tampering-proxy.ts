// A real emulator behind a proxy that damages chosen jobs on their way out, as a broken or hostile server
// would send them: every API answer holding a job document (jobs, job/{name}, search, summary) passes through
// `tamper`, everything else goes through unchanged.
import {request as httpRequest} from 'node:http';
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/server.js';
import {startTestServer, type TestServer} from './http-server.js';

/** Given a job document as the emulator wrote it, the document the client should see instead. */
export type Tamper = (job: Record<string, unknown>) => Record<string, unknown>;

export interface TamperingServer {
	/** Where clients point: the proxy. */
	url: string;
	emulator: RunningEmulator;
	proxy: TestServer;
	close(): Promise<void>;
}

/** Runs after the emulator answered a request and before the client gets the answer: "meanwhile". */
export type Meanwhile = (request: {method: string; url: string}) => Promise<void>;

export async function startTamperingServer(
	tamper: Tamper,
	options: EmulatorOptions = {},
	meanwhile?: Meanwhile,
): Promise<TamperingServer> {
	const emulator = await startEmulator({port: 0, ...options});
	const target = new URL(emulator.url);
	const proxy = await startTestServer((seen, response, raw) => {
		const upstream = httpRequest(
			{
				host: target.hostname,
				port: target.port,
				method: seen.method,
				path: seen.url,
				headers: {...raw.headers, host: target.host},
			},
			(answer) => {
				let body = '';
				answer.setEncoding('utf8');
				answer.on('data', (chunk: string) => (body += chunk));
				answer.on('end', async () => {
					await meanwhile?.({method: seen.method, url: seen.url});
					const rewritten = rewrite(seen.url, answer.statusCode ?? 500, body, tamper);
					const headers = {...answer.headers};
					delete headers['content-length'];
					delete headers['transfer-encoding'];
					response.writeHead(answer.statusCode ?? 500, headers);
					response.end(rewritten);
				});
			},
		);
		upstream.on('error', () => {
			response.writeHead(502);
			response.end();
		});
		upstream.end(seen.body);
	});
	return {
		url: proxy.url,
		emulator,
		proxy,
		async close() {
			await proxy.close();
			await emulator.close();
		},
	};
}

function rewrite(url: string, status: number, body: string, tamper: Tamper): string {
	if (status !== 200 || !/\/scheduler\/(jobs|jobs\/search|jobs\/summary|job\/[^/]+)(\?|$)/.test(url)) {
		return body;
	}

	const value = JSON.parse(body) as unknown;
	if (Array.isArray(value)) {
		return JSON.stringify(value.map((job) => tamper(job as Record<string, unknown>)));
	}

	const record = value as Record<string, unknown>;
	if (Array.isArray(record['jobs'])) {
		return JSON.stringify({...record, jobs: record['jobs'].map((job) => tamper(job as Record<string, unknown>))});
	}

	return JSON.stringify(tamper(record));
}
