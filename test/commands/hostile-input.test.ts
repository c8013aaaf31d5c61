// Command-line input a careless or hostile user types: a job piped in with `validate -`, and job names that
// would turn into other URLs.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {sendJson, startTestServer, type TestServer} from '../helpers/http-server.js';
import {guideFirstJobText} from '../helpers/chronos.js';
import {runCli, user} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let server: TestServer;
let home: string;

beforeAll(async () => {
	// Answers everything as Chronos answers its leader question, so any path the client asks for is seen.
	server = await startTestServer((_request, response) => sendJson(response, 200, {leader: 'localhost:4400'}));
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-cli-'));
});

afterAll(async () => {
	await server.close();
	await rm(home, {recursive: true, force: true});
});

const cli = (args: string[], input?: string) =>
	runCli(args, {home, ...(input === undefined ? {} : {input}), env: {CHRONOS_URL: server.url, CHRONOS_USER: user, CHRONOS_PASSWORD: 'pw'}});

describe('validate -', () => {
	test('reads the job from stdin', async () => {
		const result = await cli(['validate', '-'], guideFirstJobText);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('ok <stdin>: alice-my-first-job-submission valid');
		expect(result.code).toBe(0);
	});

	test('problems in piped text point at <stdin> with line and column', async () => {
		const result = await cli(['validate', '-'], 'name: alice-x\ncommand: "true"\nretries: 1e20\n');
		expect(result.code).toBe(1);
		expect(result.stdout + result.stderr).toMatch(/<stdin>:3:10: error: retries: expected a whole number, 0 or more/);
	});
});

describe('names that are not jobs', () => {
	test.each(['..', '.'])('show %s never asks for a path above the job', async (name) => {
		server.requests.length = 0;
		const result = await cli(['show', name]);
		expect(result.code).not.toBe(0);
		expect(result.code).not.toBe(70);
		expect(result.stderr).toContain(`'${name}' is not a job name`);
		expect(server.requests.map((request) => request.url)).not.toContainEqual(expect.stringMatching(/^\/v1\/scheduler\/?$|^\/scheduler\/?$/));
	});
});
