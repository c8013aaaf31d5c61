// Starting and stopping: tests start many emulators, so close() must free everything at once.
import {createServer} from 'node:net';
import {expect, test} from 'vitest';
import {startEmulator} from '../../source/emulator/server.js';
import {api} from './helpers.js';

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const {port} = probe.address() as {port: number};
			probe.close(() => {
				resolve(port);
			});
		});
	});
}

test('listens on the port asked for, on 127.0.0.1, and frees it on close', async () => {
	const port = await freePort();
	const first = await startEmulator({port, seed: 'none'});
	expect(first.url).toBe(`http://127.0.0.1:${port}`);
	await expect(startEmulator({port, seed: 'none'})).rejects.toMatchObject({code: 'EADDRINUSE'});
	await first.close();
	const second = await startEmulator({port, seed: 'none'});
	expect((await fetch(`${second.url}/ping`)).status).toBe(200);
	await second.close();
});

test('close() ends kept-alive connections and requests still waiting on injected latency', async () => {
	const server = await startEmulator({seed: 'samples', faults: {latencyMs: 60_000}});
	const pending = fetch(`${server.url}${api}/jobs`).then(
		(response) => response.status,
		() => 'closed',
	);
	await new Promise((resolve) => setTimeout(resolve, 50));
	await server.close();
	expect(await pending).toBe('closed');
	await expect(fetch(`${server.url}/ping`)).rejects.toThrow();
	// Closing twice is harmless.
	await server.close();
});

test('a bad seed or speed is refused with a message that says what is allowed', async () => {
	await expect(startEmulator({seed: -3})).rejects.toThrow(/seed must be/);
	await expect(startEmulator({speed: 0})).rejects.toThrow(/speed must be a positive number/);
});
