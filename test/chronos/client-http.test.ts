// The client against small real servers: redirects, dead ports, silence, broken bodies, retries.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import type {ChronosError} from '../../source/chronos/errors.js';
import {expectChronosFailure} from '../helpers/chronos.js';
import {selfSigned} from './tls-fixture.js';
import {closedPort, sendJson, sendText, serversClosedAfterEach} from '../helpers/http-server.js';

const password = 'Zq9-very-secret-pw';
const server = serversClosedAfterEach();

async function failure(promise: Promise<unknown>): Promise<ChronosError> {
	return expectChronosFailure(promise, password);
}

const basic = `Basic ${Buffer.from(`alice:${password}`).toString('base64')}`;

describe('credentials', () => {
	it('sends basic auth in a header and keeps credentials out of the URL', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, []));
		const client = new ChronosClient({url: `${chronos.url}/`, user: 'alice', password});
		expect(await client.listJobs()).toEqual([]);
		expect(chronos.requests[0]?.authorization).toBe(basic);
		expect(chronos.requests[0]?.url).toBe('/v1/scheduler/jobs');
		expect(client.url).toBe(chronos.url);
	});

	it('keeps a path in the URL, for a Chronos behind a reverse proxy', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, []));
		const client = new ChronosClient({url: `${chronos.url}/chronos/`});
		await client.listJobs();
		expect(client.url).toBe(`${chronos.url}/chronos`);
		expect(chronos.requests[0]?.url).toBe('/chronos/v1/scheduler/jobs');
	});

	it('takes credentials pasted into the URL but never shows them in url', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, []));
		const client = new ChronosClient({url: `http://alice:${password}@127.0.0.1:${chronos.port}`});
		await client.listJobs();
		expect(client.url).toBe(chronos.url);
		expect(chronos.requests[0]?.authorization).toBe(basic);
	});

	it('drops the Authorization header when a redirect leads to another host', async () => {
		const elsewhere = await server((_request, response) => sendJson(response, 200, []), 'localhost');
		const chronos = await server((_request, response) => {
			response.writeHead(307, {location: `http://localhost:${elsewhere.port}/v1/scheduler/jobs`});
			response.end();
		});
		const client = new ChronosClient({url: chronos.url, user: 'alice', password});
		expect(await client.listJobs()).toEqual([]);
		expect(chronos.requests[0]?.authorization).toBe(basic);
		expect(elsewhere.requests).toHaveLength(1);
		expect(elsewhere.requests[0]?.authorization).toBeUndefined();
	});

	it('keeps the Authorization header on a redirect within the same host', async () => {
		const chronos = await server((request, response) => {
			if (request.url === '/v1/scheduler/jobs') {
				response.writeHead(302, {location: '/chronos/v1/scheduler/jobs'});
				response.end();
			} else {
				sendJson(response, 200, [{name: 'alice-job'}]);
			}
		});
		const client = new ChronosClient({url: chronos.url, user: 'alice', password});
		expect(await client.listJobs()).toEqual([{name: 'alice-job'}]);
		expect(chronos.requests.map((request) => request.authorization)).toEqual([basic, basic]);
	});

	it('says the username or password is wrong on 401, naming the URL', async () => {
		const chronos = await server((_request, response) => {
			response.writeHead(401, {'www-authenticate': 'basic realm="Mesosphere"', 'content-type': 'text/html'});
			response.end('<html><head><title>Error 401 Unauthorized</title></head></html>');
		});
		const error = await failure(new ChronosClient({url: chronos.url, user: 'alice', password}).listJobs());
		expect(error.kind).toBe('auth');
		expect(error.status).toBe(401);
		expect(error.message).toBe(`wrong username or password for ${chronos.url}`);
	});

	it('never repeats the password even when a server echoes it back', async () => {
		const chronos = await server((request, response) =>
			sendJson(response, 500, {status: 'Internal Server Error', message: `bad header ${request.authorization} for alice:${password}`}),
		);
		const error = await failure(new ChronosClient({url: chronos.url, user: 'alice', password, retries: 0}).listJobs());
		expect(error.kind).toBe('http');
		expect(error.message).toContain('***');
	});
});

describe('network failures', () => {
	it('reports a refused connection as unreachable', async () => {
		const port = await closedPort();
		const url = `http://127.0.0.1:${port}`;
		const error = await failure(new ChronosClient({url, user: 'alice', password, retries: 0}).listJobs());
		expect(error.kind).toBe('unreachable');
		expect(error.message).toBe(`cannot reach Chronos at ${url} (connection refused)`);
	});

	it('reports an unknown host name as unreachable', async () => {
		const url = 'http://chronos.invalid:4400';
		const error = await failure(new ChronosClient({url, retries: 0}).listJobs());
		expect(error.kind).toBe('unreachable');
		expect(error.message).toMatch(/^cannot reach Chronos at http:\/\/chronos\.invalid:4400 \((host not found|name lookup failed)\)$/);
	});

	it('gives up on a server that never answers and says how long it waited', async () => {
		const silent = await server(() => {
			// Never answer.
		});
		const error = await failure(new ChronosClient({url: silent.url, timeoutMs: 300, retries: 0}).listJobs());
		expect(error.kind).toBe('timeout');
		expect(error.message).toBe(`Chronos at ${silent.url} did not answer within 0.3 s`);
	});

	it('reports a connection dropped mid-request as unreachable after retrying the GET', async () => {
		const dropping = await server((_request, _response, raw) => raw.socket.destroy());
		const error = await failure(new ChronosClient({url: dropping.url, retries: 1}).listJobs());
		expect(error.kind).toBe('unreachable');
		expect(error.message).toMatch(/^cannot reach Chronos at .* \((connection reset|connection closed)\)$/);
		expect(dropping.requests).toHaveLength(2);
	});

	it('retries a GET that hits a proxy in transition, never a POST', async () => {
		let answered = 0;
		const flaky = await server((request, response) => {
			answered += 1;
			if (request.method === 'GET' && answered > 1) {
				sendJson(response, 200, []);
			} else {
				sendText(response, 503, '');
			}
		});
		const client = new ChronosClient({url: flaky.url, retries: 2});
		expect(await client.listJobs()).toEqual([]);
		expect(flaky.requests.filter((request) => request.method === 'GET')).toHaveLength(2);

		const error = await failure(client.addScheduledJob({name: 'alice-x', command: 'true'}));
		expect(error.message).toBe('Chronos answered 503 Service Unavailable');
		expect(flaky.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
	});
});

describe('error bodies', () => {
	async function errorFor(status: number, body: string, type = 'application/json'): Promise<ChronosError> {
		const chronos = await server((_request, response) => sendText(response, status, body, type));
		return failure(new ChronosClient({url: chronos.url, retries: 0}).getJob('alice-x'));
	}

	it('shows the reason from a Java stack trace and keeps the trace as detail', async () => {
		const message = "java.lang.IllegalArgumentException: requirement failed: Job 'alice-x' not found\n\tat scala.Predef$.require(Predef.scala:224)";
		const error = await errorFor(400, JSON.stringify({status: 'Bad Request', message}));
		expect(error.kind).toBe('http');
		expect(error.status).toBe(400);
		expect(error.message).toBe("Job 'alice-x' not found");
		expect(error.detail).toContain('Predef.scala:224');
	});

	it('names the status when a relaying follower sends an empty body', async () => {
		const error = await errorFor(500, '', 'text/plain');
		expect(error.message).toBe('Chronos answered 500 Internal Server Error');
	});

	it('takes the title of an HTML error page', async () => {
		const html = '<html><head><title>Error 500 Server Error</title></head><body><h2>HTTP ERROR 500</h2><pre>java.lang.NullPointerException</pre></body></html>';
		const error = await errorFor(500, html, 'text/html;charset=iso-8859-1');
		expect(error.message).toBe('Error 500 Server Error');
		expect(error.detail).toContain('NullPointerException');
	});

	it('says there is no Chronos API when neither the 3.x nor the 2.x path exists', async () => {
		const other = await server((_request, response) => sendText(response, 404, '<html><title>Not here</title></html>', 'text/html'));
		const client = new ChronosClient({url: other.url});
		const error = await failure(client.listSummaries());
		expect(error.status).toBe(404);
		expect(error.message).toBe(`no Chronos API at ${other.url} (404 Not Found for /v1/scheduler/jobs); check the URL`);
		expect(other.requests.map((request) => request.url)).toEqual([
			'/v1/scheduler/jobs/summary',
			'/scheduler/jobs/summary',
			'/v1/scheduler/jobs',
			'/scheduler/jobs',
		]);
	});

	it('calls a 2xx body that is not JSON malformed, naming the request', async () => {
		const chronos = await server((_request, response) => sendText(response, 200, '<html>oops', 'text/html'));
		const error = await failure(new ChronosClient({url: chronos.url}).listJobs());
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe('Chronos sent a response that is not valid JSON (GET /v1/scheduler/jobs)');
	});

	it('calls a job list of the wrong shape malformed instead of passing it on', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, [{command: 'no name'}]));
		const error = await failure(new ChronosClient({url: chronos.url}).listJobs());
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe('Chronos sent a response that is not a list of jobs (GET /v1/scheduler/jobs)');
	});

	it('refuses a summary without a jobs list', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, {jobz: []}));
		const error = await failure(new ChronosClient({url: chronos.url}).listSummaries());
		expect(error.kind).toBe('malformed');
	});
});

describe('https', () => {
	async function startHttps(): Promise<{url: string; close(): Promise<void>}> {
		const {createServer} = await import('node:https');
		const secure = createServer({key: selfSigned.key, cert: selfSigned.cert}, (_request, response) => {
			response.setHeader('content-type', 'application/json');
			response.end('[{"name":"alice-secure"}]');
		});
		await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
		const {port} = secure.address() as {port: number};
		return {
			url: `https://127.0.0.1:${port}`,
			close: async () => {
				secure.closeAllConnections();
				await new Promise<void>((resolve) => secure.close(() => resolve()));
			},
		};
	}

	it('reports a certificate it cannot trust as a TLS error with the reason', async () => {
		const secure = await startHttps();
		try {
			const error = await failure(new ChronosClient({url: secure.url, retries: 0}).listJobs());
			expect(error.kind).toBe('tls');
			expect(error.message).toBe(`cannot make a secure connection to ${secure.url} (self-signed certificate; set caFile in the config)`);
		} finally {
			await secure.close();
		}
	});

	it('trusts the certificate authority from caFile', async () => {
		const secure = await startHttps();
		const directory = await mkdtemp(join(tmpdir(), 'chronos-ca-'));
		const caFile = join(directory, 'ca.pem');
		await writeFile(caFile, selfSigned.cert);
		try {
			const client = new ChronosClient({url: secure.url, caFile});
			expect(await client.listJobs()).toEqual([{name: 'alice-secure'}]);
			expect(await client.listJobs()).toEqual([{name: 'alice-secure'}]);
		} finally {
			await secure.close();
			await rm(directory, {recursive: true, force: true});
		}
	});

	it('names a CA file it cannot read', async () => {
		const error = await failure(new ChronosClient({url: 'https://127.0.0.1:1', caFile: '/nonexistent/ca.pem'}).listJobs());
		expect(error.kind).toBe('tls');
		expect(error.message).toBe('cannot read the CA file /nonexistent/ca.pem (ENOENT)');
	});
});
