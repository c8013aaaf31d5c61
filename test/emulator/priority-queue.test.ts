// The emulator's queue order, driven pass by pass on a manual clock: when GPUs free up, a queued high-priority
// run starts before normal runs that were queued earlier, as Mesos offers go to Chronos' high-priority queue
// first. Without a shortage of GPUs every run starts at once and the order would not show.
import {describe, expect, it} from 'vitest';
import {SimulatedClock} from '../../source/emulator/clock.js';
import {GpuNodePool} from '../../source/emulator/node-pool.js';
import {SimulatedScheduler} from '../../source/emulator/scheduler.js';
import {JobStore} from '../../source/emulator/store.js';
import type {ChronosJob} from '../../source/jobs/types.js';

function gpuJob(name: string, extra: Partial<ChronosJob> = {}): ChronosJob {
	return {name, command: 'sleep 60', gpus: 1, retries: 0, disabled: false, ...extra};
}

/** One node with one GPU: a single run at a time, so every other run waits in the queue. */
function oneGpuScheduler(jobs: ChronosJob[]) {
	let realNow = 1_000_000;
	const clock = new SimulatedClock(1, () => realNow);
	const store = new JobStore();
	for (const job of jobs) {
		store.put(job);
	}

	const scheduler = new SimulatedScheduler(store, clock, new GpuNodePool([{agentId: 'agent-1', gpus: 1}]), {launchDelayMs: 1000, retryDelayMs: 10_000, tickMs: 25});
	return {
		scheduler,
		/** Moves the simulated time on, then lets the scheduler do what is due. */
		advance(ms: number) {
			realNow += ms;
			scheduler.pass();
		},
	};
}

describe('the emulator queue', () => {
	it('starts a high-priority run before normal runs queued earlier, once the GPU is free', () => {
		const {scheduler, advance} = oneGpuScheduler([
			gpuJob('alice-hog'),
			gpuJob('alice-first-normal'),
			gpuJob('alice-second-normal'),
			gpuJob('alice-urgent', {highPriority: true}),
		]);
		expect(scheduler.runNow('alice-hog')).toBe(true);
		advance(1000);
		expect(scheduler.stateOf('alice-hog')).toBe('running');

		// Queued in this order while the only GPU is taken.
		for (const name of ['alice-first-normal', 'alice-second-normal', 'alice-urgent']) {
			expect(scheduler.runNow(name)).toBe(true);
			advance(1000);
		}

		expect(scheduler.counts()).toEqual({queued: 3, running: 1});

		advance(70_000);
		expect(scheduler.stateOf('alice-hog')).toBe('idle');
		expect(scheduler.stateOf('alice-urgent')).toBe('running');
		expect(scheduler.stateOf('alice-first-normal')).toBe('queued');
		expect(scheduler.stateOf('alice-second-normal')).toBe('queued');

		// Among normal runs the oldest goes first. (A run takes its 60 s plus a second of container start.)
		advance(70_000);
		expect(scheduler.stateOf('alice-first-normal')).toBe('running');
		expect(scheduler.stateOf('alice-second-normal')).toBe('queued');
	});
});
