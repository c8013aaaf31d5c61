// Tiny real HTTP servers for the cases the emulator does not play: redirects to another host, a server
// that never answers, bodies no Chronos would send.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach} from 'vitest';

export interface SeenRequest {
	method: string;
	url: string;
	authorization?: string;
	body: string;
}

export interface TestServer {
	url: string;
	port: number;
	requests: SeenRequest[];
	close(): Promise<void>;
}

export async function startTestServer(
	handler: (request: SeenRequest, response: ServerResponse, raw: IncomingMessage) => void,
	host = '127.0.0.1',
): Promise<TestServer> {
	const requests: SeenRequest[] = [];
	const server = createServer((raw, response) => {
		let body = '';
		raw.setEncoding('utf8');
		raw.on('data', (chunk: string) => {
			body += chunk;
		});
		raw.on('end', () => {
			const seen: SeenRequest = {
				method: raw.method ?? '',
				url: raw.url ?? '',
				...(raw.headers.authorization ? {authorization: raw.headers.authorization} : {}),
				body,
			};
			requests.push(seen);
			handler(seen, response, raw);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}`,
		port,
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/**
 * For a test file whose tests each start servers of their own: the returned function starts one, and every
 * server it started is closed after each test, so a failed test never leaves one listening for the next.
 */
export function serversClosedAfterEach(): (...args: Parameters<typeof startTestServer>) => Promise<TestServer> {
	const servers: TestServer[] = [];
	afterEach(async () => {
		await Promise.all(servers.splice(0).map(async (running) => running.close()));
	});
	return async (...args) => {
		const started = await startTestServer(...args);
		servers.push(started);
		return started;
	};
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
	response.writeHead(status, {'content-type': 'application/json'});
	response.end(JSON.stringify(value));
}

export function sendText(response: ServerResponse, status: number, text: string, type = 'text/plain'): void {
	response.writeHead(status, {'content-type': type});
	response.end(text);
}

/** A port nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
	const server = await startTestServer(() => {});
	await server.close();
	return server.port;
}
