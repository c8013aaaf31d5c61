// The emulator's tasks print realistic output where the cluster would put it: the kept-output folder for a
// wrapped command, the Mesos sandbox for any other; both sources read it back over real files and HTTP.
import {mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {MesosSource} from '../../source/output/mesos-source.js';
import {outputSourceFor} from '../../source/output/index.js';
import type {OutputSource} from '../../source/output/types.js';
import {keepOutput} from '../../source/output/wrapper.js';
import {recasJob} from '../helpers/chronos.js';
import {closeTestEmulators, startTestEmulator} from '../helpers/emulators.js';
import {eventually} from '../helpers/eventually.js';

let storage: string;
beforeEach(async () => {
	storage = await mkdtemp(join(tmpdir(), 'chronos-tui-storage-'));
});
afterEach(async () => {
	await closeTestEmulators();
	await rm(storage, {recursive: true, force: true});
});

const outputDir = '/lustrehome/alice/.chronos-output/{job}';

async function allText(source: OutputSource, stream: 'stdout' | 'stderr' = 'stdout'): Promise<string> {
	const [run] = await source.runs();
	if (!run) {
		return '';
	}
	const read = await source.read(run, stream, 0, 1024 * 1024);
	return Buffer.from(read.bytes).toString('utf8');
}

async function world(options: {speed?: number; mesosAgentAddress?: string} = {}) {
	const emulator = await startTestEmulator({seed: 'none', speed: options.speed ?? 20, storageRoot: storage, ...options});
	const client = new ChronosClient({url: emulator.url});
	const mesos = (name: string) => new MesosSource(name, {url: emulator.url, timeoutMs: 5000});
	return {emulator, client, mesos};
}

describe('emulated output', () => {
	it("writes the guide's first job's nvidia-smi table into its kept-output file, with the exit status", async () => {
		const {client} = await world();
		const job = recasJob('alice-first-job', 'alice', {command: keepOutput('sleep 5 && nvidia-smi', outputDir)});
		await client.addScheduledJob(job);
		const source = outputSourceFor(job, {storageRoot: storage}).source!;
		const text = await eventually('the kept output', () => allText(source), (value) => value.includes('exit status'), {timeoutMs: 10_000});
		expect(text).toContain('NVIDIA-SMI 535.129.03');
		expect(text).toContain('NVIDIA A100-PCIE-40GB');
		expect(text).toMatch(/\[chronos-tui\] exit status 0\n$/);
		const [run] = await source.runs();
		expect(await source.ended(run!)).toEqual({exitCode: 0, succeeded: true});
		expect(await readdir(join(storage, 'lustrehome/alice/.chronos-output/alice-first-job'))).toEqual([run!.id]);
	});

	it("a long training's file grows epoch by epoch while it runs", async () => {
		const {client} = await world({speed: 10});
		const job = recasJob('alice-train', 'alice', {command: keepOutput('python3 train.py --epochs 5 && sleep 3', outputDir)});
		await client.addScheduledJob(job);
		const source = outputSourceFor(job, {storageRoot: storage}).source!;
		const early = await eventually('the first epoch', () => allText(source), (text) => text.includes('Epoch 1/5'), {timeoutMs: 10_000});
		expect(early).not.toContain('exit status');
		const late = await eventually('the end of the run', () => allText(source), (text) => text.includes('exit status 0'), {timeoutMs: 10_000});
		expect(late).toContain('Epoch 5/5');
		expect(late.indexOf('Epoch 1/5')).toBeLessThan(late.indexOf('Epoch 5/5'));
	});

	it('without a storage root, no kept-output file is written anywhere', async () => {
		const emulator = await startTestEmulator({seed: 'none', speed: 50});
		const client = new ChronosClient({url: emulator.url});
		await client.addScheduledJob(recasJob('alice-nowhere', 'alice', {command: keepOutput('echo hi', '/tmp/chronos-tui-must-not-exist/{job}')}));
		await eventually('the run to end', async () => (await client.getJob('alice-nowhere')).successCount ?? 0, (count) => count > 0, {timeoutMs: 10_000});
		await expect(readdir('/tmp/chronos-tui-must-not-exist')).rejects.toThrow(/ENOENT/);
	});
});

describe('MesosSource against the emulated master and agent', () => {
	it('finds the job’s task through the leader and reads stdout and the traceback on stderr', async () => {
		const {client, mesos} = await world();
		await client.addScheduledJob(recasJob('alice-crash', 'alice', {command: 'python3 segment.py --data scans; exit 1', retries: 0}));
		const source = mesos('alice-crash');
		const [run] = await eventually('the failed task', () => source.runs(), (runs) => runs.length > 0, {timeoutMs: 10_000});
		expect(run!.id).toMatch(/^ct:\d+:0:alice-crash:/);
		await eventually('the end of the task', () => source.ended(run!), (end) => end !== undefined, {timeoutMs: 10_000});
		expect(await source.ended(run!)).toEqual({succeeded: false});
		expect(await allText(source, 'stdout')).toContain('Running segment.py');
		const stderr = await allText(source, 'stderr');
		expect(stderr).toContain('Traceback (most recent call last):');
		expect(stderr).toContain('FileNotFoundError');
	});

	it('reads the size with offset -1, the last part, and then only what is new, in 64 KiB pages', async () => {
		const {client, mesos} = await world();
		await client.addScheduledJob(recasJob('alice-train-m', 'alice', {command: 'python3 train.py --epochs 3'}));
		const source = mesos('alice-train-m');
		const [run] = await eventually('the task', () => source.runs(), (runs) => runs.length > 0, {timeoutMs: 10_000});
		await eventually('the end of the task', () => source.ended(run!), (end) => end?.succeeded === true, {timeoutMs: 10_000});
		const whole = await source.read(run!, 'stdout', 0, 1024 * 1024);
		const tail = await source.read(run!, 'stdout', -1, 40);
		expect(tail.offset).toBe(whole.size - 40);
		expect(Buffer.from(tail.bytes).toString()).toBe(Buffer.from(whole.bytes).subarray(-40).toString());
		const nothingNew = await source.read(run!, 'stdout', whole.size, 1024);
		expect(nothingNew.bytes.length).toBe(0);
		expect((await source.read(run!, 'stdout', whole.size + 100, 1024)).restarted).toBe(true);
	});

	it('says in one line that the agent cannot be reached', async () => {
		const {client, mesos} = await world({mesosAgentAddress: '127.0.0.1:1'});
		await client.addScheduledJob(recasJob('alice-far', 'alice', {command: 'echo far away'}));
		const source = mesos('alice-far');
		const [run] = await eventually('the task', () => source.runs(), (runs) => runs.length > 0, {timeoutMs: 10_000});
		const failure = await source.read(run!, 'stdout', -1, 1024).catch((error: unknown) => error as Error);
		expect((failure as Error).message).toMatch(/^cannot reach the Mesos agent 127\.0\.0\.1:1 \(ECONNREFUSED\); agents are often reachable only inside the cluster/);
		expect((failure as Error).message).not.toContain('\n');
	});

	it('an unreachable master is said in one line too', async () => {
		const source = new MesosSource('alice-x', {url: 'http://127.0.0.1:1', timeoutMs: 2000});
		await expect(source.runs()).rejects.toThrow(/^cannot reach the Mesos master at http:\/\/127\.0\.0\.1:1 \(ECONNREFUSED\)$/);
	});
});
