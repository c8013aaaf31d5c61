// `list` and `show` against a server whose job documents hold fields of the wrong type: the command still
// works (exit 0) and names the bad field instead of ending with "unexpected error" (exit 70).
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {startTamperingServer, type TamperingServer} from '../helpers/tampering-proxy.js';
import {runCli, user} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

const damage: Record<string, Record<string, unknown>> = {
	'alice-bert-finetune-squad': {schedule: 42, description: ['not', 'text']},
	'alice-cifar10-train': {parents: 'x', retries: '\u001B]0;owned\u0007'},
	'alice-llama-lora-finetune': {container: {type: 'mesos', image: 7, volumes: [null]}, mem: '8G'},
	'alice-cifar10-preprocess': {environmentVariables: [null], command: 42},
};

let server: TamperingServer;
let home: string;

beforeAll(async () => {
	server = await startTamperingServer((job) => ({...job, ...damage[job['name'] as string]}), {
		seed: 'samples',
		sampleUser: user,
	});
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-cli-'));
});

afterAll(async () => {
	await server.close();
	await rm(home, {recursive: true, force: true});
});

const cli = (args: string[]) =>
	runCli(args, {home, env: {CHRONOS_URL: server.url, CHRONOS_USER: user, CHRONOS_PASSWORD: 'unused'}});

describe('a server sending fields of the wrong type', () => {
	test('list shows every job, with (invalid) where a column\'s field was bad', async () => {
		const result = await cli(['list']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n');
		expect(lines.find((line) => line.startsWith('alice-bert-finetune-squad'))).toContain('(invalid)');
		expect(lines.find((line) => line.startsWith('alice-cifar10-train'))).toContain('(invalid)');
		// Its memory was '8G' as text: the MEM column says so instead of a size.
		const llama = lines.find((line) => line.startsWith('alice-llama-lora-finetune'));
		expect(llama).toContain('(invalid)');
		expect(llama).not.toContain('GB');
		expect(lines.filter((line) => line.startsWith('alice-'))).toHaveLength(12);
	});

	test('show names each bad field and what was wrong, and shows the rest', async () => {
		let result = await cli(['show', 'alice-bert-finetune-squad']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/schedule\s+\(invalid: expected a string, got the number 42\)/);
		expect(result.stdout).toMatch(/description\s+\(invalid: expected a string, got a list\)/);
		expect(result.stdout).toContain('finetune_squad.py');

		result = await cli(['show', 'alice-cifar10-train']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/parents\s+\(invalid: expected a list of strings, got the text 'x'\)/);
		// The reason quotes the server's text: made printable like any other.
		expect(result.stdout).toMatch(/retries\s+\(invalid: expected a whole number, 0 or more, got the text '.*\]0;owned.*'\)/);
		expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);

		result = await cli(['show', 'alice-llama-lora-finetune']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/container\s+\(invalid: image: expected a string, got the number 7\)/);
		expect(result.stdout).toMatch(/mem\s+\(invalid: expected a number, 0 or more, got the text '8G'\)/);

		result = await cli(['show', 'alice-cifar10-preprocess']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/environment\s+\(invalid: entry 1: expected an object, got null\)/);
		expect(result.stdout).toMatch(/command\s+\(invalid: expected a string, got the number 42\)/);
	});

	test('show --json leaves the bad fields out rather than passing them on', async () => {
		const result = await cli(['show', 'alice-bert-finetune-squad', '--json']);
		expect(result.code).toBe(0);
		const job = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(job['schedule']).toBeUndefined();
		expect(job['command']).toContain('finetune_squad.py');
	});
});
