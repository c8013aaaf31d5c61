// Output a command cannot write is lost: the command must say so and fail, or a script believes it worked.
import {existsSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {exitCodes} from '../../source/commands/exit-codes.js';
import {aliceJob, startWorld, type CliWorld} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	await world.client.saveJob(aliceJob('alice-train'));
});

afterAll(async () => world.close());

describe.runIf(existsSync('/dev/full'))('stdout that cannot be written', () => {
	test('list > /dev/full fails with one line on stderr', async () => {
		const result = await world.cli(['list'], {stdoutFile: '/dev/full'});
		expect(result.stderr).toBe('chronos-tui: could not write the output: no space left on device (ENOSPC)\n');
		expect(result.code).toBe(exitCodes.output);
	});

	test('so does a command that needs no server', async () => {
		const result = await world.cli(['--version'], {stdoutFile: '/dev/full'});
		expect(result.stderr).toContain('could not write the output');
		expect(result.code).toBe(exitCodes.output);
	});

	test('the same list to a writable file still succeeds', async () => {
		const result = await world.cli(['list'], {stdoutFile: '/dev/null'});
		expect(result).toMatchObject({code: 0, stderr: ''});
	});
});
