// Answers and files have a ceiling: a runaway server or `/dev/zero` ends in "too large", not in a machine
// out of memory or a misleading "cannot reach Chronos".
import {afterEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {expectChronosFailure} from '../helpers/chronos.js';
import {startTestServer, type TestServer} from '../helpers/http-server.js';

let server: TestServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
});

const megabyte = 1024 * 1024;

describe('response size limit', () => {
	it('stops reading an endless answer at the limit and says the response is too large', async () => {
		let sent = 0;
		server = await startTestServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			const chunk = Buffer.alloc(64 * 1024, 0x20);
			const more = () => {
				// Streams for as long as anyone reads; the client must be the one that stops.
				while (!response.destroyed && response.write(chunk)) {
					sent += chunk.length;
				}

				if (!response.destroyed) {
					response.once('drain', more);
				}
			};

			response.write('[');
			more();
		});
		const client = new ChronosClient({url: server.url, retries: 0, maxResponseBytes: megabyte});
		const error = await expectChronosFailure(client.listJobs(), 'no password here');
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe(
			`Chronos at ${server.url} sent a response too large to read (over 1 MB; maxResponseMegabytes in the config raises the limit)`,
		);
		expect(sent).toBeLessThan(64 * megabyte);
	});

	it('refuses at once an answer whose announced length is over the limit', async () => {
		server = await startTestServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json', 'content-length': String(8 * megabyte)});
			response.write('[');
		});
		const client = new ChronosClient({url: server.url, retries: 0, maxResponseBytes: megabyte});
		const error = await expectChronosFailure(client.listJobs(), 'no password here');
		expect(error.message).toContain('response too large');
	});

	it('reads an answer under the limit as before', async () => {
		server = await startTestServer((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify([{name: 'alice-job', command: 'x'.repeat(500_000)}]));
		});
		const client = new ChronosClient({url: server.url, retries: 0, maxResponseBytes: megabyte});
		expect((await client.listJobs()).map(job => job.name)).toEqual(['alice-job']);
	});
});
