// `list` and `show` against the emulator over HTTP, and how connection and credential failures look.
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {startEmulator} from '../../source/emulator/server.js';
import {aliceJob, password, startWorld, type CliWorld} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	await world.client.saveJob(aliceJob('alice-prepare-data', {mem: 8192, cpus: 4, gpus: 0}));
	await world.client.saveJob(
		aliceJob('alice-train-resnet', {schedule: undefined, parents: ['alice-prepare-data'], mem: 32_768, cpus: 8}),
	);
	await world.client.saveJob(
		aliceJob('alice-nightly-eval', {schedule: 'R/2030-01-01T02:00:00.000Z/P1D', description: 'Evaluate every night'}),
	);
	await world.client.saveJob({...aliceJob('bob-other-job'), runAsUser: 'bob', owner: 'bob', ownerName: 'bob'});
});

afterAll(async () => {
	await world.close();
});

describe('list', () => {
	test('shows only my jobs by default, one row each, with the columns a user reads', async () => {
		const result = await world.cli(['list']);
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^NAME\s+STATE\s+LAST-RESULT\s+SCHEDULE\s+GPUS\s+CPUS\s+MEM\s+LAST-RUN$/);
		expect(lines).toHaveLength(4);
		const train = lines.find((line) => line.startsWith('alice-train-resnet'));
		expect(train).toContain('after alice-prepare-data');
		expect(train).toContain('32 GB');
		expect(lines.find((line) => line.startsWith('alice-prepare-data'))).toContain('8 GB');
		expect(lines.find((line) => line.startsWith('alice-nightly-eval'))).toContain('every 1d, next in');
		expect(result.stdout).not.toContain('bob-other-job');
		// Not a terminal: no escape codes, and lines fit 100 columns.
		expect(result.stdout).not.toContain('\u001B[');
		expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
	});

	test('words states, results and schedules as the dashboard does', async () => {
		const demo = await startEmulator({port: 0, seed: 'samples', sampleUser: 'alice'});
		try {
			const env = {CHRONOS_URL: demo.url, CHRONOS_PASSWORD: undefined};
			const listed = await world.cli(['list'], {env});
			expect(listed.code).toBe(0);
			const line = (name: string) => listed.stdout.split('\n').find((text) => text.startsWith(name)) ?? '';
			// Chronos leaves a run-once job that succeeded at R0 and disabled: it is finished, not paused.
			expect(line('alice-tensorboard-export')).toMatch(/✓ finished\s+succeeded\s+no more/);
			expect(line('alice-yolo-inference-benchmark')).toMatch(/⏸ disabled\s+succeeded\s+every 12h/);
			expect(line('alice-unet-segmentation')).toMatch(/✗ failed\s+failed/);
			expect(line('alice-llama-lora-finetune')).toContain('never ran');
			expect(listed.stdout).not.toMatch(/\b(fresh|failure|no runs left)\b/);
			const shown = await world.cli(['show', 'alice-tensorboard-export'], {env});
			expect(shown.stdout).toMatch(/state\s+✓ finished, last result succeeded/);
		} finally {
			await demo.close();
		}
	});

	test('--all includes other users\' jobs', async () => {
		const result = await world.cli(['list', '--all']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('bob-other-job');
	});

	test('--json is an array of full jobs with status and state merged in', async () => {
		const result = await world.cli(['list', '--json']);
		expect(result.code).toBe(0);
		const jobs = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(jobs.map((job) => job['name'])).toEqual(['alice-nightly-eval', 'alice-prepare-data', 'alice-train-resnet']);
		const prepare = jobs.find((job) => job['name'] === 'alice-prepare-data')!;
		expect(prepare).toMatchObject({mem: 8192, cpus: 4, command: 'sleep 5 && nvidia-smi'});
		expect(['fresh', 'success', 'failure']).toContain(prepare['status']);
		expect(typeof prepare['state']).toBe('string');
		expect(jobs.find((job) => job['name'] === 'alice-train-resnet')).toMatchObject({parents: ['alice-prepare-data']});
	});

	test('a user with no jobs is told that others exist and how to see them', async () => {
		const open = await startEmulator({port: 0, seed: 'none'});
		try {
			await new ChronosClient({url: open.url}).saveJob(aliceJob('alice-only-job'));
			const result = await world.cli(['list'], {env: {CHRONOS_URL: open.url, CHRONOS_USER: 'carol', CHRONOS_PASSWORD: undefined}});
			expect(result.code).toBe(0);
			expect(result.stdout).toBe(`No jobs named carol-... on ${open.url} (1 other: chronos-tui list --all).\n`);
		} finally {
			await open.close();
		}
	});

	test('works the same against a Chronos 2.x API (no summary endpoint)', async () => {
		const old = await startEmulator({port: 0, seed: 'none', apiVersion: 2});
		try {
			const client = new ChronosClient({url: old.url});
			await client.saveJob(aliceJob('alice-on-old-chronos'));
			const env = {CHRONOS_URL: old.url, CHRONOS_PASSWORD: undefined};
			const listed = await world.cli(['list', '--json'], {env});
			expect(listed.code).toBe(0);
			expect((JSON.parse(listed.stdout) as Array<{name: string}>).map((job) => job.name)).toEqual(['alice-on-old-chronos']);
			const shown = await world.cli(['show', 'alice-on-old-chronos'], {env});
			expect(shown.code).toBe(0);
			expect(shown.stdout).toContain('runs as alice');
		} finally {
			await old.close();
		}
	});

	test('a wrong password exits 3 and never shows any password', async () => {
		const wrong = 'not-the-right-password-42';
		const result = await world.cli(['list'], {env: {CHRONOS_PASSWORD: wrong}});
		expect(result.code).toBe(3);
		expect(result.stdout).toBe('');
		// Where the refused password came from, so the user knows what to correct.
		expect(result.stderr).toBe(`chronos-tui: wrong username or password for ${world.emulator.url} (password from CHRONOS_PASSWORD)\n`);
		expect(result.stderr + result.stdout).not.toContain(wrong);
		expect(result.stderr + result.stdout).not.toContain(password);
	});

	test('a proxy variable Node cannot use is named once on stderr, and the command still works directly', async () => {
		const result = await world.cli(['list'], {env: {HTTP_PROXY: 'socks5://bob:proxy-secret@127.0.0.1:1080'}});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('chronos-tui: notice: HTTP_PROXY is not an http:// or https:// proxy address, which is all Node can use: connecting to Chronos directly\n');
		expect(result.stdout).toContain('NAME');
	});

	test('an unreachable Chronos exits 4 with one line', async () => {
		const result = await world.cli(['list'], {env: {CHRONOS_URL: 'http://127.0.0.1:9'}});
		expect(result.code).toBe(4);
		expect(result.stderr).toMatch(/^chronos-tui: .+\n$/);
		expect(result.stderr).not.toContain('    at ');
	});

	test('a server error exits 5', async () => {
		world.emulator.setFaults({failRate: 1});
		try {
			const result = await world.cli(['list']);
			expect(result.code).toBe(5);
			expect(result.stderr).toMatch(/^chronos-tui: .+\n$/);
		} finally {
			world.emulator.setFaults({failRate: 0});
		}
	});

	test('a body that is not what the API promises exits 5', async () => {
		world.emulator.setFaults({malformed: true});
		try {
			const result = await world.cli(['list']);
			expect(result.code).toBe(5);
			expect(result.stderr).toMatch(/^chronos-tui: .+\n$/);
		} finally {
			world.emulator.setFaults({malformed: false});
		}
	});

	test('a connection dropped without an answer exits 4', async () => {
		world.emulator.setFaults({drop: true});
		try {
			const result = await world.cli(['list']);
			expect(result.code).toBe(4);
			expect(result.stderr).toMatch(/^chronos-tui: .+\n$/);
		} finally {
			world.emulator.setFaults({drop: false});
		}
	});
});

describe('show', () => {
	test('describes the job in words: schedule, next runs, resources, image', async () => {
		const result = await world.cli(['show', 'alice-nightly-eval']);
		expect(result.code).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('alice-nightly-eval');
		expect(result.stdout).toContain('Evaluate every night');
		expect(result.stdout).toContain('every day, forever, from 1 Jan 2030 02:00 UTC');
		expect(result.stdout).toContain('1 Jan 2030 02:00 UTC, 2 Jan 2030 02:00 UTC, 3 Jan 2030 02:00 UTC');
		expect(result.stdout).toContain('1 GPU, 1 CPU, 1 GB memory');
		expect(result.stdout).toContain('registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1');
		expect(result.stdout).toContain('runs as alice');
	});

	test('names the parents of a dependent job and the children of its parent', async () => {
		const child = await world.cli(['show', 'alice-train-resnet']);
		expect(child.stdout).toContain('runs after  alice-prepare-data (when all of them succeed)');
		const parent = await world.cli(['show', 'alice-prepare-data']);
		expect(parent.stderr).toBe('');
		expect(parent.stdout).toContain('then runs   alice-train-resnet');
	});

	test('--json prints the job document, which parses back to the stored job', async () => {
		const result = await world.cli(['show', 'alice-prepare-data', '--json']);
		expect(result.code).toBe(0);
		const job = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(job).toMatchObject({name: 'alice-prepare-data', mem: 8192, cpus: 4, schedule: world.emulator.job('alice-prepare-data')!.schedule});
		expect(Object.keys(job).slice(0, 2)).toEqual(['name', 'command']);
	});

	test('--yaml prints the job as YAML', async () => {
		const result = await world.cli(['show', 'alice-prepare-data', '--yaml']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^name: alice-prepare-data$/m);
		expect(result.stdout).toMatch(/^mem: 8192$/m);
	});

	test('a mistyped name is answered with the closest job that exists', async () => {
		await world.client.saveJob(aliceJob('alice-prepare-data', {mem: 8192, cpus: 4, gpus: 0}));
		const typo = await world.cli(['show', 'alice-prepare-dat']);
		expect(typo.code).toBe(5);
		expect(typo.stderr).toBe("chronos-tui: Job 'alice-prepare-dat' not found; did you mean 'alice-prepare-data'?\n");
		const swapped = await world.cli(['run', 'alice-perpare-data']);
		expect(swapped.stderr).toContain("did you mean 'alice-prepare-data'?");
	});

	test('an unknown job exits 5 with Chronos\' reason', async () => {
		const result = await world.cli(['show', 'alice-no-such-job']);
		expect(result.code).toBe(5);
		expect(result.stderr).toBe("chronos-tui: Job 'alice-no-such-job' not found\n");
	});
});
