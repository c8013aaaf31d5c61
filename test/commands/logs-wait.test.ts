// `logs`, `wait`, `submit --keep-output --wait --follow` and `run --wait`, run as a user runs them: the built
// program against the emulator over HTTP, reading the kept-output files the emulator's tasks write.
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {keepOutput} from '../../source/output/wrapper.js';
import {aliceJob, password, startWorld, type CliWorld} from './cli-harness.js';

vi.setConfig({testTimeout: 60_000, hookTimeout: 30_000});

let world: CliWorld;
let storage: string;
const later = 'R1/2099-01-01T00:00:00.000Z/P1Y';
const keptDir = '/lustrehome/alice/.chronos-output/{job}';

beforeAll(async () => {
	storage = await mkdtemp(join(tmpdir(), 'chronos-tui-storage-'));
	world = await startWorld({storageRoot: storage, speed: 20});
	// Poll once a second, and read sandboxes from the emulator playing the Mesos master.
	await mkdir(join(world.home, '.config/chronos-tui'), {recursive: true});
	await writeFile(
		join(world.home, '.config/chronos-tui/config.yaml'),
		`pollIntervalSeconds: 1\nmesos:\n  url: ${world.emulator.url}\n  user: alice\n`,
		{mode: 0o600},
	);
});

afterAll(async () => {
	await world.close();
	await rm(storage, {recursive: true, force: true});
});

const cli = (args: string[]) => world.cli(args, {env: {CHRONOS_STORAGE_ROOT: storage, CHRONOS_MESOS_PASSWORD: password}});

describe('submit --keep-output --wait --follow', () => {
	test("keeps the guide's first job's output, prints its nvidia-smi table as it runs, and exits 0 when it succeeded", async () => {
		const file = await world.writeFile('first.json', JSON.stringify(aliceJob('alice-first-job', {command: 'sleep 5 && nvidia-smi'})));
		const result = await cli(['submit', file, '--keep-output', '--wait', '--follow']);
		expect(result.stderr).toContain('alice-first-job: output kept in /lustrehome/alice/.chronos-output/alice-first-job (volume /lustrehome/alice added, read-write)');
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('created alice-first-job');
		expect(result.stdout).toContain('| NVIDIA-SMI 535.129.03');
		expect(result.stdout).toContain('[chronos-tui] exit status 0');
		expect(result.stderr).toContain('alice-first-job: succeeded\n');
		const stored = world.emulator.job('alice-first-job')!;
		expect(stored.container?.volumes).toEqual([{containerPath: '/lustrehome/alice', hostPath: '/lustrehome/alice', mode: 'RW'}]);

		const show = await cli(['show', 'alice-first-job']);
		expect(show.stdout).toMatch(/command\s+sleep 5 && nvidia-smi\n/);
		expect(show.stdout).toMatch(/output\s+kept in \/lustrehome\/alice\/\.chronos-output\/alice-first-job\/ \(a file per run, stdout and stderr\)/);

		const logs = await cli(['logs', 'alice-first-job']);
		expect(logs.code).toBe(0);
		expect(logs.stdout).toContain('NVIDIA A100-PCIE-40GB');
	});

	test('a job that is already kept is not wrapped twice, and a read-only volume is named instead of guessed around', async () => {
		const job = aliceJob('alice-ro', {
			command: 'echo hi',
			schedule: later,
			container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1', volumes: [{containerPath: '/lustre/home/alice', hostPath: '/lustre/home/alice', mode: 'RO'}]},
		});
		const refused = await cli(['submit', await world.writeFile('ro.json', JSON.stringify(job)), '--keep-output', '--output-dir', '/lustre/home/{user}/.out/{job}']);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('alice-ro: cannot keep its output: volume /lustre/home/alice is mounted read-only (RO)');
		expect(world.emulator.job('alice-ro')).toBeUndefined();

		const wrapped = aliceJob('alice-twice', {command: keepOutput('echo hi', keptDir), schedule: later});
		const result = await cli(['submit', await world.writeFile('twice.json', JSON.stringify(wrapped)), '--keep-output']);
		expect(result.code).toBe(0);
		expect(world.emulator.job('alice-twice')!.command).toBe(wrapped.command);
	});
});

describe('logs', () => {
	test('--follow prints a training as it goes and exits with the run’s own exit status', async () => {
		await world.client.saveJob(aliceJob('alice-crash', {command: keepOutput('python3 train.py --epochs 4 && sleep 20; exit 3', keptDir), retries: 0}));
		const result = await cli(['logs', 'alice-crash', '--follow']);
		expect(result.stdout).toContain('Epoch 1/4');
		expect(result.stdout).toContain('Traceback (most recent call last):');
		expect(result.stdout).toMatch(/\[chronos-tui\] exit status 3\n$/);
		expect(result.code).toBe(3);
	});

	test('shows escape sequences a job printed instead of letting them act on the terminal', async () => {
		await world.client.saveJob(aliceJob('alice-escapes', {command: keepOutput('echo \u001b[31mred\u001b[0m \u001b[2J cleared \u0007', keptDir)}));
		const result = await cli(['logs', 'alice-escapes', '--follow']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('␛[31mred␛[0m ␛[2J cleared ␇');
		expect(result.stdout).not.toContain('\u001b');
	});

	test('reads the Mesos sandbox of a job that does not keep its output, stderr included', async () => {
		await world.client.saveJob(aliceJob('alice-sandbox', {command: 'python3 segment.py; exit 1', retries: 0, schedule: later}));
		const status = await cli(['run', 'alice-sandbox', '--wait']);
		expect(status.code).toBe(1);
		const stderr = await cli(['logs', 'alice-sandbox', '--stderr']);
		expect(stderr.code).toBe(0);
		expect(stderr.stdout).toContain('FileNotFoundError');
		const stdout = await cli(['logs', 'alice-sandbox', '--source', 'mesos']);
		expect(stdout.stdout).toContain('Running segment.py');
	});

	test('says where output went for a job that keeps none, and refuses --stderr for kept files', async () => {
		await world.client.saveJob(aliceJob('alice-plain', {command: 'echo hi', schedule: later}));
		const plain = await cli(['logs', 'alice-plain', '--source', 'files']);
		expect(plain.code).toBe(1);
		expect(plain.stderr).toMatch(/^chronos-tui: alice-plain does not keep its output: it went to the task's sandbox/);
		const stderr = await cli(['logs', 'alice-first-job', '--stderr']);
		expect(stderr.code).toBe(2);
		expect(stderr.stderr).toContain('--stderr needs --source mesos');
		const tooFar = await cli(['logs', 'alice-first-job', '--run', '5']);
		expect(tooFar.code).toBe(2);
		expect(tooFar.stderr).toContain('alice-first-job has 1 run with output; --run goes from 1 (the newest) to 1');
	});
});

describe('wait and run --wait', () => {
	test('wait exits 6 when the timeout comes first, with a line per state change', async () => {
		await world.client.saveJob(aliceJob('alice-slow', {command: 'sleep 3600'}));
		const result = await cli(['wait', 'alice-slow', '--timeout', '2s']);
		expect(result.code).toBe(6);
		expect(result.stderr).toMatch(/alice-slow: (queued|running)\n/);
		expect(result.stderr).toContain('alice-slow: timed out');
		await world.client.killTasks('alice-slow');
	});

	test('run --wait --follow starts the job, prints the new run and exits 0 on success, 1 on failure', async () => {
		await world.client.saveJob(aliceJob('alice-again', {command: keepOutput('echo once more', keptDir), schedule: later}));
		const ok = await cli(['run', 'alice-again', '--wait', '--follow']);
		expect(ok.code).toBe(0);
		expect(ok.stdout).toBe('started alice-again\nonce more\n[chronos-tui] exit status 0\n');
		await world.client.saveJob(aliceJob('alice-fails', {command: 'false', schedule: later, retries: 0}));
		const failed = await cli(['run', 'alice-fails', '--wait']);
		expect(failed.code).toBe(1);
		expect(failed.stderr).toContain('alice-fails: failed');
		const usage = await cli(['run', 'alice-fails', '--follow']);
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('--follow goes with --wait');
		const badTimeout = await cli(['wait', 'alice-fails', '--timeout', 'soon']);
		expect(badTimeout.code).toBe(2);
		expect(badTimeout.stderr).toContain("--timeout must be a length of time such as 90 (seconds), 30s, 10m or 2h30m, not 'soon'");
	});
});
