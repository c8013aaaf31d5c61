// The simulated scheduler seen from outside: jobs queue, run, succeed or fail, retry and trigger children,
// at a high simulated speed so a `sleep 5` job takes milliseconds.
import {keptOutputOf} from '../../source/output/wrapper.js';
import {describe, expect, test} from 'vitest';
import type {JobStats, JobSummary} from '../../source/chronos/types.js';
import type {RunningEmulator} from '../../source/emulator/server.js';
import {eventually} from '../helpers/eventually.js';
import {api, basicJob, emulator, getJson, postJob} from './helpers.js';

const future = 'R1/2035-01-01T00:00:00Z/P1D';

async function run(server: RunningEmulator, name: string, args?: string): Promise<number> {
	const query = args === undefined ? '' : `?arguments=${encodeURIComponent(args)}`;
	return (await fetch(`${server.url}${api}/job/${name}${query}`, {method: 'PUT'})).status;
}

async function stats(server: RunningEmulator, name: string): Promise<JobStats> {
	return (await getJson<JobStats>(server.url, `${api}/job/stat/${name}`)).body;
}

function summary(server: RunningEmulator, name: string): JobSummary {
	return server.summary(name)!;
}

describe('a scheduled job', () => {
	test('R1//P1Y: queued at once, then running, then success; it stays as R0 and disabled', async () => {
		const server = await emulator({speed: 5});
		await postJob(server.url, basicJob('alice-once', {command: 'sleep 5'}));
		expect(summary(server, 'alice-once').state).toBe('queued');
		await eventually('the job to start', () => summary(server, 'alice-once').state, (state) => state === 'running');
		const done = await eventually('the job to succeed', () => server.job('alice-once')!, (job) => job.successCount === 1);
		expect(done.disabled).toBe(true);
		expect(done.schedule).toMatch(/^R0\/.+\.\d{3}Z\/P1Y$/);
		expect(done.lastSuccess).not.toBe('');
		expect(summary(server, 'alice-once')).toMatchObject({status: 'success', state: 'idle', disabled: true});
	});

	test('a repeating job counts down and moves its start one period forward on each launch', async () => {
		const server = await emulator({speed: 1000});
		const start = new Date(Date.now() - 1000).toISOString();
		await postJob(server.url, basicJob('alice-thrice', {schedule: `R3/${start}/PT1H`}));
		const job = await eventually('the first run', () => server.job('alice-thrice')!, (current) => current.successCount === 1);
		const [repeat, next] = job.schedule!.split('/');
		expect(repeat).toBe('R2');
		expect(Date.parse(next!) - Date.parse(start)).toBe(3_600_000);
		expect(job.disabled).toBe(false);
	});

	test('a job whose start is in the future waits for it', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-later', {schedule: future}));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(summary(server, 'alice-later')).toMatchObject({state: 'idle', status: 'fresh'});
	});
});

describe('failures and retries', () => {
	test('exit 1 runs 1 + retries times, then counts one error; R0 stays enabled', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-broken', {command: 'python3 train.py; exit 1', retries: 2}));
		const job = await eventually('the final failure', () => server.job('alice-broken')!, (current) => current.errorCount === 1);
		expect(job.errorsSinceLastSuccess).toBe(1);
		expect(job.successCount).toBe(0);
		expect(job.disabled).toBe(false);
		expect(job.schedule).toMatch(/^R0\//);
		const history = (await stats(server, 'alice-broken')).taskStatHistory;
		expect(history.map((task) => task.status)).toEqual(['TASK_FAILED', 'TASK_FAILED', 'TASK_FAILED']);
		expect(summary(server, 'alice-broken')).toMatchObject({status: 'failure', state: 'idle'});
	});

	test('after a final failure, a manual run gets no retries', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-false', {command: 'false', retries: 1}));
		await eventually('the first failure', () => server.job('alice-false')!.errorCount, (count) => count === 1);
		expect((await stats(server, 'alice-false')).taskStatHistory).toHaveLength(2);

		expect(await run(server, 'alice-false')).toBe(204);
		await eventually('the second failure', () => server.job('alice-false')!.errorCount, (count) => count === 2);
		expect((await stats(server, 'alice-false')).taskStatHistory).toHaveLength(3);
	});

	test('arguments of a manual run are appended to the command for that run only', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-args', {command: 'sleep 1 && exit', schedule: future}));
		// `exit` + ` 3` fails on every attempt: three failed tasks, one error.
		await run(server, 'alice-args', '3');
		await eventually('the final failure', () => server.job('alice-args')!.errorCount, (count) => count === 1);
		expect((await stats(server, 'alice-args')).taskStatHistory).toHaveLength(3);

		// `exit` + ` 0` succeeds; the previous outcome was a failure, so this run had no retries to use anyway.
		await run(server, 'alice-args', '0');
		const after = await eventually('the success', () => server.job('alice-args')!, (current) => current.successCount === 1);
		expect(after.errorsSinceLastSuccess).toBe(0);
		expect(summary(server, 'alice-args').status).toBe('success');
		expect((await stats(server, 'alice-args')).taskStatHistory[0]).toMatchObject({status: 'TASK_FINISHED'});
	});
	test('a run longer than maxCompletionTime is stopped and counts as a failure', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-slow', {command: 'sleep 600', maxCompletionTime: 60, retries: 0}));
		const job = await eventually('the time limit', () => server.job('alice-slow')!, (current) => current.errorCount === 1);
		expect(job.successCount).toBe(0);
		expect((await stats(server, 'alice-slow')).taskStatHistory[0]).toMatchObject({status: 'TASK_FAILED', duration: '1m0s'});
	});
});

describe('manual runs and kill', () => {
	test('PUT job queues a run; a second PUT while it runs is dropped; kill stops it without touching counters', async () => {
		const server = await emulator({speed: 100});
		await postJob(server.url, basicJob('alice-long', {command: 'sleep 100000', schedule: future}));
		expect(await run(server, 'alice-long')).toBe(204);
		await eventually('the run to start', () => summary(server, 'alice-long').state, (state) => state === 'running');
		expect(await run(server, 'alice-long')).toBe(204);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(summary(server, 'alice-long').state).toBe('running');

		const killed = await fetch(`${server.url}${api}/task/kill/alice-long`, {method: 'DELETE'});
		expect(killed.status).toBe(204);
		expect(summary(server, 'alice-long')).toMatchObject({state: 'idle', status: 'fresh'});
		const job = server.job('alice-long')!;
		expect([job.successCount, job.errorCount]).toEqual([0, 0]);
		expect((await stats(server, 'alice-long')).taskStatHistory[0]).toMatchObject({status: 'TASK_KILLED'});
	});

	test('a concurrent job runs twice at once and reports "2 running"', async () => {
		const server = await emulator({speed: 100});
		await postJob(server.url, basicJob('alice-parallel', {command: 'sleep 100000', schedule: future, concurrent: true}));
		await run(server, 'alice-parallel');
		await run(server, 'alice-parallel');
		await eventually('both runs', () => summary(server, 'alice-parallel').state, (state) => state === '2 running');
	});

	test('a run of a disabled job is dropped', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-off', {disabled: true}));
		expect(await run(server, 'alice-off')).toBe(204);
		expect(summary(server, 'alice-off').state).toBe('idle');
	});

	test('a job asking more GPUs than are free waits in the queue until a node frees up', async () => {
		const server = await emulator({speed: 100});
		await postJob(server.url, basicJob('alice-big-1', {command: 'sleep 100000', gpus: 4}));
		await postJob(server.url, basicJob('alice-big-2', {command: 'sleep 100000', gpus: 3}));
		await eventually('both to run', () => [summary(server, 'alice-big-1').state, summary(server, 'alice-big-2').state], (states) => states.every((state) => state === 'running'));
		await postJob(server.url, basicJob('alice-big-3', {command: 'sleep 5', gpus: 4}));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(summary(server, 'alice-big-3').state).toBe('queued');

		await fetch(`${server.url}${api}/task/kill/alice-big-1`, {method: 'DELETE'});
		await eventually('the queued job to run once GPUs are free', () => server.job('alice-big-3')!.successCount, (count) => count === 1);
	});
});

describe('dependent jobs', () => {
	test('a chain runs in order once its parents succeed', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-prepare', {command: 'sleep 5', schedule: future}));
		await postJob(server.url, basicJob('alice-other', {command: 'echo', schedule: future}));
		await postJob(server.url, {name: 'alice-train', command: 'sleep 10', parents: ['alice-prepare', 'alice-other']}, 'dependency');
		await postJob(server.url, {name: 'alice-evaluate', command: 'echo done', parents: ['alice-train']}, 'dependency');

		await run(server, 'alice-prepare');
		await eventually('the first parent', () => server.job('alice-prepare')!.successCount, (count) => count === 1);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(server.job('alice-train')!.successCount).toBe(0);

		await run(server, 'alice-other');
		const evaluate = await eventually('the end of the chain', () => server.job('alice-evaluate')!, (job) => job.successCount === 1);
		const train = server.job('alice-train')!;
		expect(Date.parse(evaluate.lastSuccess!)).toBeGreaterThan(Date.parse(train.lastSuccess!));
		expect(Date.parse(train.lastSuccess!)).toBeGreaterThan(Date.parse(server.job('alice-prepare')!.lastSuccess!));
	});

	test('a failed parent does not trigger its children', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-bad-parent', {command: 'exit 2', retries: 0}));
		await postJob(server.url, {name: 'alice-never', command: 'echo', parents: ['alice-bad-parent']}, 'dependency');
		await eventually('the parent to fail', () => server.job('alice-bad-parent')!.errorCount, (count) => count === 1);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(summary(server, 'alice-never')).toMatchObject({status: 'fresh', state: 'idle'});
	});

	test('marking a parent successful releases its children', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-manual', {schedule: future}));
		await postJob(server.url, {name: 'alice-after', command: 'echo', parents: ['alice-manual']}, 'dependency');
		await fetch(`${server.url}${api}/job/success/alice-manual`, {method: 'PUT'});
		await eventually('the child to run', () => server.job('alice-after')!.successCount, (count) => count === 1);
	});
});

describe('samples', () => {
	test('look alive at once: trainings running, one waiting for GPUs, a failure and history', async () => {
		const server = await emulator({seed: 'samples', sampleUser: 'erin', speed: 5});
		await eventually('training to run', () => summary(server, 'erin-resnet50-imagenet-training').state, (state) => state === 'running');
		expect(summary(server, 'erin-bert-finetune-squad').state).toBe('running');
		expect(summary(server, 'erin-llama-lora-finetune').state).toBe('queued');
		expect(summary(server, 'erin-unet-segmentation-test').status).toBe('failure');
		expect(summary(server, 'erin-yolo-inference-benchmark').disabled).toBe(true);
		const first = server.job('erin-my-first-job-submission')!;
		expect(first).toMatchObject({gpus: 1, disabled: true, successCount: 1});
		// Kept output, as the wizard sets it up by default, so the demo shows what the guide's first job printed.
		expect(keptOutputOf(first.command)).toEqual({command: 'sleep 5 && nvidia-smi', dir: '/lustrehome/erin/.chronos-output/{job}'});
		expect(first.container!.image).toBe('registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1');
		const training = server.job('erin-resnet50-imagenet-training')!;
		expect(training.container!.image.startsWith('registry-clustergpu.recas.ba.infn.it/')).toBe(true);
		expect(training.container!.volumes!.some((volume) => volume.hostPath.startsWith('/lustre/') && volume.mode === 'RW')).toBe(true);
		expect(server.job('erin-cifar10-evaluate')!.parents).toEqual(['erin-cifar10-train']);
		expect(server.jobs().every((job) => job.name.startsWith('erin-'))).toBe(true);
	});

	test('the sample pipeline moves within minutes: preprocess, then train, then evaluate', async () => {
		const server = await emulator({seed: 'samples', sampleUser: 'gina', speed: 1000});
		const before = server.job('gina-cifar10-evaluate')!.successCount!;
		const evaluate = await eventually('the pipeline to finish', () => server.job('gina-cifar10-evaluate')!, (job) => job.successCount === before + 1);
		expect(Date.parse(evaluate.lastSuccess!)).toBeGreaterThan(Date.parse(server.job('gina-cifar10-train')!.lastSuccess!));
		expect(server.job('gina-cifar10-preprocess')!.schedule).toMatch(/^R\/.+\/P1D$/);
	});
});
