// `run`, `stop`, `delete`, `mark-success`: each changes the emulator's job the way the user asked, or says why not.
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {aliceJob, startWorld, type CliWorld} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	// A start in the future keeps the scheduler from running these jobs on its own.
	const later = 'R1/2099-01-01T00:00:00.000Z/P1Y';
	await world.client.saveJob(aliceJob('alice-long-run', {command: 'sleep 3600', schedule: later}));
	await world.client.saveJob(aliceJob('alice-to-delete', {schedule: later}));
	await world.client.saveJob(aliceJob('alice-switched-off', {schedule: later, disabled: true}));
	await world.client.saveJob(aliceJob('alice-flaky', {schedule: later}));
});

afterAll(async () => {
	await world.close();
});

describe('run and stop', () => {
	test('run queues the job now; stop kills it and the job stays', async () => {
		const run = await world.cli(['run', 'alice-long-run']);
		expect(run).toMatchObject({code: 0, stdout: 'started alice-long-run\n'});
		expect(world.emulator.summary('alice-long-run')!.state).not.toBe('idle');

		const again = await world.cli(['run', 'alice-long-run']);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('does not allow overlapping runs');

		const stop = await world.cli(['stop', 'alice-long-run']);
		expect(stop.code).toBe(0);
		expect(stop.stdout).toContain('stopped alice-long-run');
		expect(world.emulator.summary('alice-long-run')!.state).toBe('idle');
		expect(world.emulator.job('alice-long-run')).toBeDefined();
	});

	test('--args takes arguments that start with a dash, as most do', async () => {
		await world.client.saveJob(aliceJob('alice-with-args', {command: 'sleep 3600', schedule: 'R1/2099-01-01T00:00:00.000Z/P1Y'}));
		const result = await world.cli(['run', 'alice-with-args', '--args', '--lr 0.1']);
		expect(result.stderr).toBe('');
		expect(result).toMatchObject({code: 0, stdout: 'started alice-with-args with arguments: --lr 0.1\n'});
		expect(world.emulator.summary('alice-with-args')!.state).not.toBe('idle');
		const missing = await world.cli(['run', 'alice-with-args', '--args', '--wait']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('--args needs a value');
	});

	test('a disabled job is not "started" just because Chronos says 204', async () => {
		const result = await world.cli(['run', 'alice-switched-off']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('alice-switched-off is disabled');
		expect(world.emulator.summary('alice-switched-off')!.state).toBe('idle');
	});

	test('an unknown job exits 5 with Chronos\' reason', async () => {
		for (const command of ['run', 'stop']) {
			const result = await world.cli([command, 'alice-ghost']);
			expect(result.code).toBe(5);
			expect(result.stderr).toBe("chronos-tui: Job 'alice-ghost' not found\n");
		}
	});
});

describe('delete', () => {
	test('--yes deletes the job', async () => {
		const result = await world.cli(['delete', 'alice-to-delete', '--yes']);
		expect(result).toMatchObject({code: 0, stdout: 'deleted alice-to-delete\n'});
		expect(world.emulator.job('alice-to-delete')).toBeUndefined();
	});

	async function pipeline(prefix: string): Promise<void> {
		await world.client.saveJob(aliceJob(`${prefix}-prep`, {schedule: 'R/2099-01-01T00:00:00.000Z/P1D'}));
		await world.client.saveJob(aliceJob(`${prefix}-train`, {schedule: undefined, parents: [`${prefix}-prep`]}));
		await world.client.saveJob(aliceJob(`${prefix}-eval`, {schedule: undefined, parents: [`${prefix}-train`]}));
	}

	test('a parent is not deleted until the user says what becomes of its children', async () => {
		await pipeline('alice-refused');
		const result = await world.cli(['delete', 'alice-refused-prep', '--yes']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		// Each child named, with what Chronos would do to it.
		expect(result.stderr).toContain(
			'alice-refused-train becomes a job of its own that runs every day, forever, from 1 Jan 2099 00:00 UTC, without its image, GPUs',
		);
		expect(result.stderr).toMatch(/chronos-tui: alice-refused-prep was not deleted: 1 job depends on it; add --with-children .* or --orphan-children/);
		expect(world.emulator.job('alice-refused-prep')).toBeDefined();
		expect(world.emulator.job('alice-refused-train')!.parents).toEqual(['alice-refused-prep']);
	});

	test('--with-children deletes every job that depends on it, and Chronos changes nothing else', async () => {
		await pipeline('alice-whole');
		const result = await world.cli(['delete', 'alice-whole-prep', '--with-children', '--yes']);
		expect(result).toMatchObject({code: 0, stdout: 'deleted alice-whole-eval\ndeleted alice-whole-train\ndeleted alice-whole-prep\n'});
		for (const name of ['alice-whole-prep', 'alice-whole-train', 'alice-whole-eval']) {
			expect(world.emulator.job(name)).toBeUndefined();
		}
	});

	test('--orphan-children deletes only the job and reports what Chronos did to the children', async () => {
		await pipeline('alice-orphan');
		const result = await world.cli(['delete', 'alice-orphan-prep', '--orphan-children', '--yes']);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('alice-orphan-train becomes a job of its own that runs every day');
		expect(result.stdout).toContain('deleted alice-orphan-prep');
		const child = world.emulator.job('alice-orphan-train')!;
		expect(child.schedule).toBe('R/2099-01-01T00:00:00.000Z/P1D');
		expect(child.container).toBeUndefined();
		expect(world.emulator.job('alice-orphan-eval')!.parents).toEqual(['alice-orphan-train']);
	});

	test('the two child options exclude each other', async () => {
		const result = await world.cli(['delete', 'alice-flaky', '--with-children', '--orphan-children', '--yes']);
		expect(result.code).toBe(2);
		expect(world.emulator.job('alice-flaky')).toBeDefined();
	});

	test('an unknown job exits 5', async () => {
		const result = await world.cli(['delete', 'alice-ghost', '--yes']);
		expect(result.code).toBe(5);
		expect(result.stderr).toBe("chronos-tui: Job 'alice-ghost' not found\n");
	});
});

describe('mark-success', () => {
	test('records a success', async () => {
		const result = await world.cli(['mark-success', 'alice-flaky']);
		expect(result.code).toBe(0);
		expect(world.emulator.summary('alice-flaky')!.status).toBe('success');
	});

	test('an unknown job exits 5', async () => {
		const result = await world.cli(['mark-success', 'alice-ghost']);
		expect(result.code).toBe(5);
		expect(result.stderr).toBe("chronos-tui: Job 'alice-ghost' not found\n");
	});
});
