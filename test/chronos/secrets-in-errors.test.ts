// Whatever a server sends back, a ChronosError never holds the password: 2xx bodies that are not what the API
// promises included (they are kept for the `x` view and CHRONOS_TUI_DEBUG=1).
import {afterEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {forgetSecrets} from '../../source/text/secrets.js';
import {expectChronosFailure} from '../helpers/chronos.js';
import {sendJson, sendText, startTestServer, type TestServer} from '../helpers/http-server.js';

const password = 'Zq9-very-secret-pw';
let server: TestServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
	forgetSecrets();
});

describe('server text in errors', () => {
	it('keeps the password out of a malformed 2xx body that echoes the credentials', async () => {
		server = await startTestServer((request, response) =>
			sendText(response, 200, `<html>proxy says: ${request.authorization} for alice:${password} (${password})</html>`, 'text/html'),
		);
		const client = new ChronosClient({url: server.url, user: 'alice', password, retries: 0});
		const error = await expectChronosFailure(client.listJobs(), password);
		expect(error.kind).toBe('malformed');
		expect(error.detail).toContain('proxy says: Basic *** for *** (***)');
		expect(error.detail).not.toContain(Buffer.from(`alice:${password}`).toString('base64'));
	});

	it('keeps the password out of a 2xx JSON answer of the wrong shape', async () => {
		server = await startTestServer((_request, response) => sendJson(response, 200, {jobs: `alice:${password}`}));
		const client = new ChronosClient({url: server.url, user: 'alice', password, retries: 0});
		const error = await expectChronosFailure(client.listJobs(), password);
		expect(error.detail).toContain('***');
	});

	it('with a one-letter password, leaves Java text whole instead of masking letters in it', async () => {
		server = await startTestServer((_request, response) =>
			sendJson(response, 500, {status: 'Internal Server Error', message: 'java.lang.RuntimeException: Exception in xyz for alice:x'}),
		);
		const client = new ChronosClient({url: server.url, user: 'alice', password: 'x', retries: 0});
		const error = await expectChronosFailure(client.listJobs(), 'alice:x');
		expect(error.message).toBe('Exception in xyz for ***');
		expect(error.detail).toContain('java.lang.RuntimeException: Exception in xyz');
	});
});
