// Chronos behind https, through the built program: the bundle loads Node's own modules its own way (through
// require, see bundle.ts), so https must be seen to work in the bundle itself, CA file and refusal included.
import {createServer, type Server} from 'node:https';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {selfSigned} from '../chronos/tls-fixture.js';
import {aliceJob, startWorld, type CliWorld} from './cli-harness.js';

let world: CliWorld;
let server: Server;
let httpsUrl: string;

beforeAll(async () => {
	world = await startWorld();
	await world.client.addScheduledJob(aliceJob('alice-over-tls'));
	// The emulator speaks http; this front speaks https and hands every request on, as a TLS proxy would.
	server = createServer({cert: selfSigned.cert, key: selfSigned.key}, (request, response) => {
		const body: Buffer[] = [];
		request.on('data', (chunk: Buffer) => body.push(chunk));
		request.on('end', () => {
			const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name !== 'host')) as Record<string, string>;
			fetch(world.emulator.url + request.url, {method: request.method, headers, ...(body.length > 0 ? {body: Buffer.concat(body)} : {})})
				.then(async answer => {
					response.writeHead(answer.status, {'content-type': answer.headers.get('content-type') ?? 'text/plain'});
					response.end(Buffer.from(await answer.arrayBuffer()));
				})
				.catch(() => response.destroy());
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	httpsUrl = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	await writeFile(join(world.home, 'ca.pem'), selfSigned.cert);
}, 30_000);

afterAll(async () => {
	await new Promise(resolve => server?.close(resolve));
	await world?.close();
});

async function withConfig(lines: string): Promise<void> {
	const folder = join(world.home, '.config', 'chronos-tui');
	await mkdir(folder, {recursive: true});
	await writeFile(join(folder, 'config.yaml'), `url: ${httpsUrl}\nuser: alice\n${lines}`, {mode: 0o600});
}

describe('a Chronos reached over https', () => {
	test('list works with the CA file of the config', async () => {
		await withConfig(`caFile: ${join(world.home, 'ca.pem')}\n`);
		const result = await world.cli(['list'], {env: {CHRONOS_URL: undefined}});
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('alice-over-tls');
		expect(result.code).toBe(0);
	}, 30_000);

	test('without it, the self-signed certificate is refused in one line that says what to do', async () => {
		await withConfig('');
		const result = await world.cli(['list'], {env: {CHRONOS_URL: undefined}});
		// A certificate the program cannot check is a matter of configuration (exit 3), not of reaching Chronos.
		expect(result.code).toBe(3);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('set caFile in the config');
	}, 30_000);
});

describe('Node\'s TLS stack and node:crypto', () => {
	const recorder = fileURLToPath(new URL('../helpers/record-builtins.cjs', import.meta.url));

	async function loadedBy(args: string[], url: string): Promise<string[]> {
		const record = join(world.home, `builtins-${String(Date.now())}.txt`);
		const result = await world.cli(args, {env: {CHRONOS_URL: url, NODE_OPTIONS: `--require ${recorder}`, RECORD_BUILTINS_TO: record}});
		expect(result.stderr).toBe('');
		return (await readFile(record, 'utf8')).split('\n');
	}

	test('is never loaded for a Chronos over plain http, and is for one over https', async () => {
		await withConfig(`caFile: ${join(world.home, 'ca.pem')}\n`);
		const plain = await loadedBy(['list'], world.emulator.url);
		expect(plain).toContain('http');
		expect(plain).not.toContain('tls');
		expect(plain).not.toContain('https');
		expect(plain).not.toContain('http2');
		// Nor is node:crypto: answers are fingerprinted without it, and got's request ids are numbers.
		expect(plain).not.toContain('crypto');
		expect(await loadedBy(['list'], httpsUrl)).toContain('tls');
	}, 30_000);
});
