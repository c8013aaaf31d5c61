import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {startEmulator, type RunningEmulator} from '../../source/emulator/server.js';
import {JobStore} from '../../source/store/job-store.js';
import {backoffDelayMs, clampPollInterval} from '../../source/store/backoff.js';
import {createJobActions} from '../../source/store/actions.js';
import type {StoreSnapshot} from '../../source/store/types.js';
import {eventually} from '../ui/terminal.js';

let emulator: RunningEmulator;
let store: JobStore | undefined;

beforeEach(async () => {
	emulator = await startEmulator({seed: 'samples', sampleUser: 'alice'});
});

afterEach(async () => {
	store?.stop();
	store = undefined;
	await emulator.close();
});

function storeFor(pollIntervalMs = 1000): JobStore {
	store = new JobStore({client: new ChronosClient({url: emulator.url, retries: 0}), pollIntervalMs});
	return store;
}

async function until(predicate: (snapshot: StoreSnapshot) => boolean): Promise<StoreSnapshot> {
	return eventually(() => store!.getSnapshot(), predicate, 8000);
}

describe('backoff', () => {
	it('doubles from 2 s after each failure and never waits more than 30 s', () => {
		expect([1, 2, 3, 4, 5, 6, 20].map(failures => backoffDelayMs(failures))).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
	});

	it('polls every 2 s by default and never more often than once a second', () => {
		expect(clampPollInterval(undefined)).toBe(2000);
		expect(clampPollInterval(200)).toBe(1000);
		expect(clampPollInterval(5000)).toBe(5000);
	});
});

describe('JobStore against the emulator', () => {
	it('loads every job with its summary and its full document', async () => {
		const jobs = storeFor();
		expect(jobs.getSnapshot().loading).toBe(true);
		jobs.start();
		const snapshot = await until(s => !s.loading);
		expect(snapshot.error).toBeUndefined();
		expect(snapshot.rows.map(row => row.name).sort()).toEqual(emulator.jobs().map(job => job.name).sort());
		const training = snapshot.rows.find(row => row.name === 'alice-resnet50-imagenet-training')!;
		expect(training.job?.gpus).toBe(4);
		expect(training.job?.mem).toBe(65_536);
		expect(snapshot.updatedAt).toBeTypeOf('number');
	});

	it('shows the jobs as soon as the summary is there; their full documents fill in when the full list comes', async () => {
		const client = new ChronosClient({url: emulator.url, retries: 0});
		let sendFullList!: () => void;
		const fullListHeld = new Promise<void>(resolve => {
			sendFullList = resolve;
		});
		// The full list (megabytes on a big Chronos) is held back, as a slow answer would be.
		store = new JobStore({
			client: {
				listSummaries: async beforeReading => client.listSummaries(beforeReading),
				listJobs: async () => fullListHeld.then(async () => client.listJobs()),
			},
			pollIntervalMs: 1000,
		});
		store.start();
		const early = await until(s => s.rows.length > 0);
		expect(early.rows.map(row => row.name).sort()).toEqual(emulator.jobs().map(job => job.name).sort());
		expect(early.rows.find(row => row.name === 'alice-resnet50-imagenet-training')?.state).toBeTypeOf('string');
		expect(early.rows.every(row => row.job === undefined)).toBe(true);
		// Still loading: the header says so until the documents are there. The rows are Chronos' as of now, so a
		// failure before the documents arrive leaves them marked stale, not "no data yet".
		expect(early.loading).toBe(true);
		expect(early.updatedAt).toBeTypeOf('number');
		sendFullList();
		const loaded = await until(s => !s.loading);
		expect(loaded.rows.find(row => row.name === 'alice-resnet50-imagenet-training')?.job?.gpus).toBe(4);
		expect(loaded.rows.every(row => row.job !== undefined)).toBe(true);
	});

	it('keeps the last data, marks it stale and backs off when Chronos fails, then recovers', async () => {
		const jobs = storeFor();
		jobs.start();
		const loaded = await until(s => !s.loading);
		emulator.setFaults({failRate: 1});
		jobs.refreshNow();
		const failed = await until(s => s.error !== undefined);
		expect(failed.rows).toEqual(loaded.rows);
		expect(failed.failures).toBe(1);
		expect(failed.error!.retryAt! - failed.error!.at).toBe(2000);
		expect(failed.error!.message).not.toBe('');
		emulator.setFaults({failRate: 0});
		jobs.refreshNow();
		const recovered = await until(s => s.error === undefined);
		expect(recovered.failures).toBe(0);
	});

	it('does not poll while paused, but refreshes once when asked', async () => {
		const jobs = storeFor();
		jobs.start();
		await until(s => !s.loading);
		expect(jobs.togglePause()).toBe(true);
		const before = jobs.getSnapshot().updatedAt!;
		jobs.refreshNow();
		const after = await until(s => s.updatedAt! > before);
		expect(after.paused).toBe(true);
		expect(jobs.togglePause()).toBe(false);
	});

	it('shows a job that appears on Chronos at the next poll', async () => {
		const client = new ChronosClient({url: emulator.url});
		const jobs = storeFor();
		jobs.start();
		await until(s => !s.loading);
		await client.saveJob({
			name: 'alice-new-job',
			command: 'sleep 1',
			schedule: 'R1/2099-01-01T00:00:00.000Z/P1D',
			gpus: 1,
			cpus: 2,
			mem: 2048,
			container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/alice/x:1'},
		});
		const snapshot = await until(s => s.rows.some(row => row.name === 'alice-new-job' && row.job !== undefined));
		expect(snapshot.rows.find(row => row.name === 'alice-new-job')!.job!.mem).toBe(2048);
	});
});

describe('job actions against the emulator', () => {
	it('reports success and the effect is visible on Chronos', async () => {
		const actions = createJobActions(new ChronosClient({url: emulator.url}));
		const name = 'alice-bert-finetune-squad';
		const result = await actions.remove(name);
		expect(result).toEqual({ok: true, message: `Deleted ${name}`});
		expect(emulator.job(name)).toBeUndefined();
	});

	it("reports Chronos' first line for a failure and keeps the full text", async () => {
		const actions = createJobActions(new ChronosClient({url: emulator.url, retries: 0}));
		const result = await actions.stop('alice-no-such-job');
		expect(result.ok).toBe(false);
		expect(result.message).toMatch(/^Could not stop alice-no-such-job: .*not found/);
		expect(result.message).not.toContain('\n');
		expect(result.detail).toBeTruthy();
	});

	it('reads a job and its run statistics for the details view', async () => {
		const actions = createJobActions(new ChronosClient({url: emulator.url}));
		const details = await actions.details('alice-resnet50-imagenet-training');
		expect(details.job?.name).toBe('alice-resnet50-imagenet-training');
		expect(details.jobError).toBeUndefined();
		expect(details.stats?.histogram).toBeDefined();
	});
});
