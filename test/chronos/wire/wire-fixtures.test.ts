// The client and the emulator, each held against answers written from the Chronos source (fixtures.ts):
// the client must read every one of them as a user needs it, and the emulator must answer the same requests
// with the same status, headers and body shape.
import {afterEach, describe, expect, test} from 'vitest';
import {ChronosClient} from '../../../source/chronos/client.js';
import {ChronosError} from '../../../source/chronos/errors.js';
import {startEmulator, type RunningEmulator} from '../../../source/emulator/server.js';
import {recasJob} from '../../helpers/chronos.js';
import {startTestServer, type TestServer} from '../../helpers/http-server.js';
import {wireFixtures, type WireFixture} from './fixtures.js';

const user = 'alice';
const password = 'wire-fixture-password';
let server: TestServer | undefined;
let emulator: RunningEmulator | undefined;

afterEach(async () => {
	await server?.close();
	await emulator?.close();
	server = undefined;
	emulator = undefined;
});

/** A server answering the fixture on its path, and a 3.x leader answer elsewhere (unless the fixture is 2.x). */
async function serve(fixture: WireFixture): Promise<ChronosClient> {
	server = await startTestServer((request, response) => {
		const path = request.url.split('?')[0];
		if (request.method === fixture.request.method && path === fixture.request.path) {
			response.writeHead(fixture.response.status, fixture.response.headers);
			response.end(fixture.response.body);
		} else if (path === '/scheduler/leader' || path === '/v1/scheduler/leader') {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(JSON.stringify({leader: 'localhost:4400'}));
		} else if (path === '/scheduler/jobs') {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end('[]');
		} else {
			response.writeHead(404);
			response.end();
		}
	});
	return new ChronosClient({url: server.url, user, password, retries: 0});
}

async function failure(promise: Promise<unknown>): Promise<ChronosError> {
	const error = await promise.then(() => undefined, (caught: unknown) => caught);
	expect(error).toBeInstanceOf(ChronosError);
	const chronosError = error as ChronosError;
	expect(chronosError.message).not.toContain('\n');
	expect(`${chronosError.message}${chronosError.detail}`).not.toContain(password);
	return chronosError;
}

async function raw(base: string, fixture: WireFixture, init: RequestInit = {}) {
	const response = await fetch(`${base}${fixture.request.path}`, {method: fixture.request.method, ...init});
	return {status: response.status, headers: response.headers, body: await response.text()};
}

const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('the client reads real Chronos answers', () => {
	test(wireFixtures.unauthorized.name, async () => {
		const client = await serve(wireFixtures.unauthorized);
		const error = await failure(client.listJobs());
		expect(error.kind).toBe('auth');
		expect(error.message).not.toMatch(/<html|Jetty/);
	});

	test(wireFixtures.created.name, async () => {
		const client = await serve(wireFixtures.created);
		await expect(client.addScheduledJob(recasJob('alice-new', user))).resolves.toBeUndefined();
	});

	test(wireFixtures.unknownJob.name, async () => {
		const client = await serve(wireFixtures.unknownJob);
		const error = await failure(client.getJob('alice-nope'));
		expect(error).toMatchObject({kind: 'http', status: 400});
		expect(error.message).toContain("Job 'alice-nope' not found");
		expect(error.message).not.toContain('java.lang');
		expect(error.detail).toContain('at scala.Predef$.require');
	});

	test(wireFixtures.relayedUnknownJob.name, async () => {
		const client = await serve(wireFixtures.relayedUnknownJob);
		const error = await failure(client.getJob('alice-nope'));
		expect(error).toMatchObject({kind: 'http', status: 400});
		expect(error.message).toMatch(/400/);
	});

	test(wireFixtures.markedUnknown.name, async () => {
		const client = await serve(wireFixtures.markedUnknown);
		await expect(client.markSuccess('alice-nope')).resolves.toBe(false);
	});

	test(wireFixtures.legacyNotFound.name, async () => {
		const client = await serve(wireFixtures.legacyNotFound);
		await expect(client.listJobs()).resolves.toEqual([]);
		expect(server!.requests.map(request => request.url)).toContain('/scheduler/jobs');
	});
});

describe('the emulator answers as Chronos does', () => {
	test(wireFixtures.unauthorized.name, async () => {
		emulator = await startEmulator({seed: 'none', credentials: {user, password}});
		const answer = await raw(emulator.url, wireFixtures.unauthorized);
		const expected = wireFixtures.unauthorized.response;
		expect(answer.status).toBe(expected.status);
		expect(answer.headers.get('www-authenticate')?.toLowerCase()).toBe(expected.headers['www-authenticate'].toLowerCase());
		expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
		expect(answer.body).toMatch(/<html/i);
	});

	test(wireFixtures.created.name, async () => {
		emulator = await startEmulator({seed: 'none', credentials: {user, password}});
		const answer = await raw(emulator.url, wireFixtures.created, {
			headers: {authorization: basic, 'content-type': 'application/json'},
			body: JSON.stringify(recasJob('alice-new', user)),
		});
		expect(answer.status).toBe(204);
		expect(answer.body).toBe('');
	});

	test(wireFixtures.unknownJob.name, async () => {
		emulator = await startEmulator({seed: 'none', credentials: {user, password}});
		const answer = await raw(emulator.url, wireFixtures.unknownJob, {headers: {authorization: basic}});
		expect(answer.status).toBe(400);
		expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
		const real = JSON.parse(wireFixtures.unknownJob.response.body) as {status: string; message: string};
		const body = JSON.parse(answer.body) as {status: string; message: string};
		expect(Object.keys(body).sort()).toEqual(Object.keys(real).sort());
		expect(body.status).toBe(real.status);
		expect(body.message.split('\n')[0]).toBe(real.message.split('\n')[0]);
	});

	test(wireFixtures.markedUnknown.name, async () => {
		emulator = await startEmulator({seed: 'none', credentials: {user, password}});
		const answer = await raw(emulator.url, wireFixtures.markedUnknown, {headers: {authorization: basic}});
		expect(answer.status).toBe(200);
		expect(answer.body).toBe(wireFixtures.markedUnknown.response.body);
	});

	test(wireFixtures.legacyNotFound.name, async () => {
		emulator = await startEmulator({seed: 'none', apiVersion: 2});
		const answer = await raw(emulator.url, wireFixtures.legacyNotFound);
		expect(answer.status).toBe(404);
		expect((await fetch(`${emulator.url}/scheduler/leader`)).status).toBe(200);
	});
});
