// Injected faults, set at start or changed while running.
import {expect, test} from 'vitest';
import {api, emulator} from './helpers.js';

test('latencyMs delays every response', async () => {
	const server = await emulator({faults: {latencyMs: 150}});
	const started = performance.now();
	const response = await fetch(`${server.url}${api}/jobs`);
	expect(response.status).toBe(200);
	expect(performance.now() - started).toBeGreaterThanOrEqual(140);
});

test('failRate answers that fraction of requests with a 500 JSON error and does not act on them', async () => {
	const server = await emulator({faults: {failRate: 0.5}});
	const statuses: number[] = [];
	for (let index = 0; index < 8; index++) {
		const response = await fetch(`${server.url}${api}/iso8601`, {
			method: 'POST',
			headers: {'Content-Type': 'application/json'},
			body: JSON.stringify({name: `alice-job-${index}`, command: 'echo', schedule: 'R1/2035-01-01T00:00:00Z/P1D'}),
		});
		statuses.push(response.status);
		if (response.status === 500) {
			expect(await response.json()).toMatchObject({status: 'Internal Server Error'});
		}
	}
	expect(statuses.filter((status) => status === 500)).toHaveLength(4);
	expect(server.jobs()).toHaveLength(4);

	server.setFaults({failRate: 1});
	expect((await fetch(`${server.url}${api}/jobs`)).status).toBe(500);
	server.setFaults({failRate: 0});
	expect((await fetch(`${server.url}${api}/jobs`)).status).toBe(200);
});

test('malformed cuts 2xx bodies so they are not JSON; errors and 204 are left alone', async () => {
	const server = await emulator({seed: 3});
	server.setFaults({malformed: true});
	const response = await fetch(`${server.url}${api}/jobs/summary`);
	expect(response.status).toBe(200);
	const text = await response.text();
	expect(text.length).toBeGreaterThan(0);
	expect(() => JSON.parse(text) as unknown).toThrow();
	expect((await fetch(`${server.url}${api}/job/ghost`)).status).toBe(400);
	const leader = await (await fetch(`${server.url}${api}/leader`)).text();
	expect(() => JSON.parse(leader) as unknown).toThrow();

	server.setFaults({malformed: false});
	expect(await (await fetch(`${server.url}${api}/leader`)).json()).toEqual({leader: `127.0.0.1:${server.port}`});
});

test('drop closes the connection without an answer', async () => {
	const server = await emulator();
	server.setFaults({drop: true});
	await expect(fetch(`${server.url}${api}/jobs`)).rejects.toThrow();
	server.setFaults({drop: false});
	expect((await fetch(`${server.url}${api}/jobs`)).status).toBe(200);
});

test('impossible fault settings are refused', async () => {
	const server = await emulator();
	expect(() => {
		server.setFaults({failRate: 2});
	}).toThrow(/failRate/);
});
