// Every client method against the emulator over real HTTP, on a 3.x and a 2.x API.
import {afterEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import type {ChronosError} from '../../source/chronos/errors.js';
import type {EmulatorOptions, RunningEmulator} from '../../source/emulator/server.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {expectChronosFailure, recasJob} from '../helpers/chronos.js';
import {closeTestEmulators, startTestEmulator} from '../helpers/emulators.js';

const password = 'Kx7!distinctive-password';
const credentials = {user: 'alice', password};
async function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
	return startTestEmulator({sampleUser: 'alice', credentials, ...options});
}

function clientFor(server: RunningEmulator, overrides: Partial<ConstructorParameters<typeof ChronosClient>[0]> = {}): ChronosClient {
	return new ChronosClient({url: server.url, ...credentials, ...overrides});
}

afterEach(closeTestEmulators);

async function failure(promise: Promise<unknown>): Promise<ChronosError> {
	return expectChronosFailure(promise, password);
}

function job(name: string, extra: Partial<ChronosJob> = {}): ChronosJob {
	return recasJob(name, 'alice', extra);
}

describe('reading jobs (3.x)', () => {
	it('lists every job with its full document', async () => {
		const server = await emulator();
		const jobs = await clientFor(server).listJobs();
		expect(jobs.map((each) => each.name).sort()).toEqual(server.jobs().map((each) => each.name).sort());
		expect(jobs.find((each) => each.name === 'alice-cifar10-train')?.parents).toEqual(['alice-cifar10-preprocess']);
	});

	it('lists summaries that agree with the server', async () => {
		const server = await emulator();
		const summaries = await clientFor(server).listSummaries();
		expect(summaries.length).toBe(server.jobs().length);
		for (const summary of summaries) {
			expect(summary).toEqual(server.summary(summary.name));
		}
	});

	it('searches by name, honouring the limit', async () => {
		const server = await emulator();
		const client = clientFor(server);
		const found = await client.searchJobs({name: 'CIFAR10'});
		expect(found.map((each) => each.name).sort()).toEqual(['alice-cifar10-evaluate', 'alice-cifar10-preprocess', 'alice-cifar10-train']);
		expect(await client.searchJobs({name: 'alice', limit: 2})).toHaveLength(2);
	});

	it('gets one job, and says clearly when it does not exist', async () => {
		const server = await emulator();
		const client = clientFor(server);
		expect((await client.getJob('alice-bert-finetune-squad')).name).toBe('alice-bert-finetune-squad');
		const error = await failure(client.getJob('alice-no-such-job'));
		expect(error.kind).toBe('http');
		expect(error.status).toBe(400);
		expect(error.message).toBe("Job 'alice-no-such-job' not found");
	});

	it('reads statistics, the leader, and pings', async () => {
		const server = await emulator();
		const client = clientFor(server);
		const stats = await client.jobStats('alice-resnet50-imagenet-training');
		expect(stats.histogram).toBeTypeOf('object');
		expect(Array.isArray(stats.taskStatHistory)).toBe(true);
		expect(await client.leader()).toBe(`127.0.0.1:${server.port}`);
		await expect(client.ping()).resolves.toBeUndefined();
	});
});

describe('changing jobs (3.x)', () => {
	it('adds a scheduled job and a dependent job, choosing the endpoint by parents', async () => {
		const server = await emulator({seed: 'none'});
		const client = clientFor(server);
		await client.saveJob(job('alice-prepare', {schedule: 'R1/2030-01-01T00:00:00Z/P1D'}));
		await client.saveJob(job('alice-train', {schedule: undefined, parents: ['alice-prepare']}));
		expect(server.job('alice-prepare')).toMatchObject({command: 'sleep 5 && nvidia-smi', gpus: 1, mem: 1024});
		expect(server.job('alice-train')?.parents).toEqual(['alice-prepare']);
		expect(server.summary('alice-train')?.schedule).toBe('');

		await client.addScheduledJob(job('alice-direct', {schedule: 'R2/2030-01-01T00:00:00Z/PT1H'}));
		await client.addDependentJob(job('alice-after', {schedule: undefined, parents: ['alice-direct']}));
		expect(server.job('alice-after')?.parents).toEqual(['alice-direct']);
	});

	it('sends a scheduled job without an empty parents list, and a dependent job without a schedule', async () => {
		const server = await emulator({seed: 'none'});
		const client = clientFor(server);
		await client.saveJob(job('alice-solo', {parents: []}));
		expect(server.summary('alice-solo')).toMatchObject({parents: []});
		expect(server.summary('alice-solo')?.schedule).toMatch(/^R/);
		await client.saveJob(job('alice-child', {schedule: 'R1//P1Y', parents: ['alice-solo']}));
		expect(server.summary('alice-child')).toMatchObject({schedule: '', parents: ['alice-solo']});
	});

	it('runs a job now with arguments, stops it, and deletes it', async () => {
		const server = await emulator({seed: 'none'});
		const client = clientFor(server);
		await client.saveJob(job('alice-runner', {schedule: 'R/2030-01-01T00:00:00Z/P1D', shell: false, command: 'python3', arguments: []}));
		expect(server.summary('alice-runner')?.state).toBe('idle');
		await client.runJob('alice-runner', '--epochs 3');
		expect(server.summary('alice-runner')?.state).not.toBe('idle');
		await client.killTasks('alice-runner');
		expect(server.summary('alice-runner')?.state).toBe('idle');
		await client.deleteJob('alice-runner');
		expect(server.job('alice-runner')).toBeUndefined();
	});

	it('marks a job successful, and reports false for a job Chronos does not know', async () => {
		const server = await emulator();
		const client = clientFor(server);
		expect(await client.markSuccess('alice-tensorboard-export')).toBe(true);
		expect(server.summary('alice-tensorboard-export')?.status).toBe('success');
		expect(await client.markSuccess('alice-unknown')).toBe(false);
	});

	it('refuses actions on unknown jobs with the reason Chronos gives', async () => {
		const server = await emulator({seed: 'none'});
		const client = clientFor(server);
		for (const action of [client.runJob('alice-ghost'), client.killTasks('alice-ghost'), client.deleteJob('alice-ghost')]) {
			const error = await failure(action);
			expect(error.message).toBe("Job 'alice-ghost' not found");
			expect(error.status).toBe(400);
		}
	});

	it('shows the first line of a rejected job and keeps the full text', async () => {
		const server = await emulator({seed: 'none'});
		const error = await failure(clientFor(server).addScheduledJob(job('alice-bad', {schedule: 'every day'})));
		expect(error.kind).toBe('http');
		expect(error.status).toBe(400);
		expect(error.message).not.toMatch(/requirement failed|java\./);
		expect(error.message).toMatch(/schedule/i);
	});
});

describe('Chronos 2.x', () => {
	it('finds the /scheduler prefix and builds summaries from jobs and graph/csv', async () => {
		const server = await emulator({apiVersion: 2});
		const client = clientFor(server);
		const summaries = await client.listSummaries();
		expect(summaries.length).toBe(server.jobs().length);
		for (const summary of summaries) {
			expect(summary).toEqual(server.summary(summary.name));
		}

		// Remembered: a second round goes straight to the working endpoints.
		expect(await client.listSummaries()).toEqual(summaries);
	});

	it('gets a single job through search, where 2.x has no job endpoint', async () => {
		const server = await emulator({apiVersion: 2});
		const client = clientFor(server);
		expect((await client.getJob('alice-cifar10-train')).parents).toEqual(['alice-cifar10-preprocess']);
		expect((await failure(client.getJob('alice-cifar10'))).message).toBe("Job 'alice-cifar10' not found");
	});

	it('runs, stops and deletes under the 2.x prefix', async () => {
		const server = await emulator({apiVersion: 2, seed: 'none'});
		const client = clientFor(server);
		await client.saveJob(job('alice-old', {schedule: 'R/2030-01-01T00:00:00Z/P1D'}));
		await client.runJob('alice-old');
		await client.killTasks('alice-old');
		await client.deleteJob('alice-old');
		expect(server.job('alice-old')).toBeUndefined();
	});
});

describe('failures', () => {
	it('says the password is wrong on 401, and works with the right one', async () => {
		const server = await emulator();
		const error = await failure(clientFor(server, {password: `${password}-typo`}).listSummaries());
		expect(error.kind).toBe('auth');
		expect(error.message).toBe(`wrong username or password for ${server.url}`);
		expect(error.detail).not.toContain(`${password}-typo`);
		await expect(clientFor(server).listSummaries()).resolves.not.toHaveLength(0);
	});

	it('asks for credentials when none are given', async () => {
		const server = await emulator();
		const error = await failure(new ChronosClient({url: server.url}).listJobs());
		expect(error.kind).toBe('auth');
		expect(error.message).toBe(
			`Chronos at ${server.url} asks for a password and none was given (set passwordFile or passwordCommand in the config, or CHRONOS_PASSWORD)`,
		);
	});

	it('shows the reason Chronos gives with a 500', async () => {
		const server = await emulator({faults: {failRate: 1}});
		const error = await failure(clientFor(server).listJobs());
		expect(error.kind).toBe('http');
		expect(error.status).toBe(500);
		expect(error.message).toBe('Injected failure (emulator failRate)');
	});

	it('calls a broken body malformed and names the request', async () => {
		const server = await emulator({faults: {malformed: true}});
		const client = clientFor(server);
		const error = await failure(client.listJobs());
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe('Chronos sent a response that is not valid JSON (GET /v1/scheduler/jobs)');
		expect((await failure(client.listSummaries())).kind).toBe('malformed');
	});

	it('reports a dropped connection as unreachable', async () => {
		const server = await emulator({faults: {drop: true}});
		const error = await failure(clientFor(server, {retries: 0}).listJobs());
		expect(error.kind).toBe('unreachable');
		expect(error.message).toMatch(new RegExp(`^cannot reach Chronos at ${server.url} \\((connection reset|connection closed)\\)$`));
	});

	it('gives up on a slow Chronos after the timeout', async () => {
		const server = await emulator({faults: {latencyMs: 2000}});
		const error = await failure(clientFor(server, {timeoutMs: 200, retries: 0}).listSummaries());
		expect(error.kind).toBe('timeout');
		expect(error.message).toBe(`Chronos at ${server.url} did not answer within 0.2 s`);
	});
});
