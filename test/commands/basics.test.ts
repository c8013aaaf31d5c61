// The program's front door: help, version, usage errors, the refused --password flag, and what a first-time
// user without any configuration is told.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {assertBuilt, projectRoot} from '../helpers/built-program.js';
import {runCli, type CliResult} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let home: string;
const cli = (args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> =>
	runCli(args, {home, env});

beforeAll(async () => {
	assertBuilt();
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-basics-'));
});

afterAll(async () => {
	await rm(home, {recursive: true, force: true});
});

describe('help and version', () => {
	test('--version prints the version from package.json', async () => {
		const {version} = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {version: string};
		const result = await cli(['--version']);
		expect(result).toMatchObject({code: 0, stdout: `${version}\n`, stderr: ''});
	});

	test('--help lists every command and the exit codes', async () => {
		const result = await cli(['--help']);
		expect(result.code).toBe(0);
		for (const command of ['list', 'show', 'submit', 'validate', 'run', 'stop', 'delete', 'new', 'emulator', 'demo', 'config init', 'schema']) {
			expect(result.stdout).toContain(`  ${command} `);
		}

		expect(result.stdout).toContain('Exit codes');
		expect(result.stdout).toContain('CHRONOS_PASSWORD');
	});

	test('each command has its own help with its usage line', async () => {
		const result = await cli(['submit', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Usage: chronos-tui submit FILE... [--dry-run] [--overwrite]');
		expect(result.stdout).toContain('--overwrite');

		const nested = await cli(['config', 'init', '--help']);
		expect(nested.code).toBe(0);
		expect(nested.stdout).toContain('Usage: chronos-tui config init');
	});

	test('help COMMAND works like COMMAND --help', async () => {
		const result = await cli(['help', 'list']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Usage: chronos-tui list [--json] [--all|--mine]');
	});
});

describe('usage errors exit 2 with one line and the usage', () => {
	test('an unknown command suggests the close one', async () => {
		const result = await cli(['lst']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')[0]).toBe("chronos-tui: unknown command 'lst'; did you mean 'list'?");
	});

	test('an unknown flag names the flag and shows the command usage', async () => {
		const result = await cli(['list', '--jsn']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe("chronos-tui: unknown option '--jsn'\nusage: chronos-tui list [--json] [--all|--mine]\n");
	});

	test('a missing argument says what is missing', async () => {
		const result = await cli(['show']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('chronos-tui: missing the job NAME');
		expect(result.stderr).toContain('usage: chronos-tui show NAME [--json|--yaml]');
	});

	test('a flag without its value is a usage error', async () => {
		const result = await cli(['list', '--url']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--url needs a value');
	});

	test('a numeric flag with a bad number says what it accepts', async () => {
		const result = await cli(['emulator', '--port', 'eighty']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("--port must be a whole number from 0 to 65535, not 'eighty'");
	});

	test('--all and --mine together are refused', async () => {
		const result = await cli(['list', '--all', '--mine'], {CHRONOS_URL: 'http://127.0.0.1:9', CHRONOS_USER: 'alice'});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--all and --mine exclude each other');
	});
});

describe('there is no password flag', () => {
	for (const args of [
		['list', '--password', 'hunter2-secret'],
		['--password=hunter2-secret', 'list'],
		['--password', 'hunter2-secret'],
	]) {
		test(`${args.join(' ')} is refused without repeating the value`, async () => {
			const result = await cli(args, {CHRONOS_URL: 'http://127.0.0.1:9', CHRONOS_USER: 'alice'});
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('there is no --password flag');
			expect(result.stderr).toContain('CHRONOS_PASSWORD');
			expect(result.stderr + result.stdout).not.toContain('hunter2-secret');
		});
	}
});

describe('first run', () => {
	test('without any configuration the dashboard suggests config init and demo, exit 3', async () => {
		const result = await cli([], {CHRONOS_URL: undefined, CHRONOS_USER: undefined});
		expect(result.code).toBe(3);
		expect(nonEmpty(result.stderr)).toHaveLength(1);
		expect(result.stderr).toContain('chronos-tui config init');
		expect(result.stderr).toContain('chronos-tui demo');
	});

	test('delete outside a terminal without --yes refuses before touching anything, exit 2', async () => {
		const result = await cli(['delete', 'alice-x'], {CHRONOS_URL: 'http://127.0.0.1:9', CHRONOS_USER: 'alice'});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('refusing to delete alice-x without confirmation: pass --yes');
	});

	test('the dashboard and the wizard refuse to draw into a pipe', async () => {
		const result = await cli(['demo']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('needs a terminal');
	});
});

describe('schema', () => {
	test('prints a JSON Schema for job files', async () => {
		const result = await cli(['schema']);
		expect(result.code).toBe(0);
		const schema = JSON.parse(result.stdout) as {$schema?: string; properties?: Record<string, unknown>};
		expect(schema.$schema).toContain('2020-12');
		expect(schema.properties).toHaveProperty('name');
		expect(schema.properties).toHaveProperty('gpus');
	});
});

function nonEmpty(text: string): string[] {
	return text.split('\n').filter((line) => line.trim() !== '');
}
