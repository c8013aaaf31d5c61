// With thousands of jobs a poll's work takes the main thread for tens of milliseconds, and a key that lands
// on it waits. The store does each step of a big poll between two keys (right after one is on screen, when
// the next is furthest away), and the full job list of megabytes only once the typing pauses.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {startEmulator} from '../../source/emulator/server.js';
import type {JobSummary} from '../../source/chronos/types.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {JobStore} from '../../source/store/job-store.js';
import type {InputTurns as Turns} from '../../source/store/types.js';
import {InputTurns} from '../../source/ui/input/input-turns.js';

function summary(name: string, state = 'idle'): JobSummary {
	return {name, status: 'fresh', state, schedule: 'R1//P1Y', parents: [], disabled: false};
}

const names = Array.from({length: 3000}, (_, index) => `job-${String(index).padStart(4, '0')}`);

class BigChronos {
	summaries = names.map(name => summary(name));
	jobCalls = 0;
	readings = 0;
	async listSummaries(beforeReading?: () => Promise<void>): Promise<JobSummary[]> {
		await beforeReading?.();
		this.readings++;
		return this.summaries;
	}

	async listJobs(): Promise<ChronosJob[]> {
		this.jobCalls++;
		return this.summaries.map(entry => ({name: entry.name, command: 'true'}));
	}
}

/** Turns the test hands out one at a time, as keys being typed would. */
class HeldTurns implements Turns {
	betweenKeysAsked = 0;
	typingPauseAsked = 0;
	private held: Array<() => void> = [];
	async betweenKeys(): Promise<void> {
		this.betweenKeysAsked++;
		await new Promise<void>(resolve => this.held.push(resolve));
	}

	async typingPause(): Promise<void> {
		this.typingPauseAsked++;
		await new Promise<void>(resolve => this.held.push(resolve));
	}

	/** Gives every waiting step its turn, and lets the store run up to its next wait. */
	async give(): Promise<void> {
		for (const resume of this.held.splice(0)) resume();
		for (let turn = 0; turn < 20; turn++) await new Promise(resolve => setImmediate(resolve));
	}
}

/** A store of 3,000 jobs after its first load, each step of which waited for its turn. */
async function loadedStore(): Promise<{chronos: BigChronos; turns: HeldTurns; store: JobStore}> {
	const chronos = new BigChronos();
	const turns = new HeldTurns();
	const store = new JobStore({client: chronos, turns, pollIntervalMs: 2000});
	store.start();
	for (let step = 0; step < 10 && store.getSnapshot().loading; step++) await turns.give();
	return {chronos, turns, store};
}

async function settle(): Promise<void> {
	for (let turn = 0; turn < 20; turn++) await new Promise(resolve => setImmediate(resolve));
}

describe('a big poll keeps out of the way of keys', () => {
	it('publishes new rows only in a moment between keys', async () => {
		const {chronos, turns, store} = await loadedStore();
		expect(store.getSnapshot().rows).toHaveLength(3000);

		chronos.summaries = chronos.summaries.map(entry => (entry.name === 'job-0007' ? summary(entry.name, 'running') : entry));
		const asked = turns.betweenKeysAsked;
		store.refreshNow();
		await settle();
		// Keys are being typed: the poll waits, and what is on screen stays as it was.
		expect(turns.betweenKeysAsked).toBeGreaterThan(asked);
		expect(store.getSnapshot().rows[7]!.state).toBe('idle');
		for (let step = 0; step < 10 && store.getSnapshot().rows[7]!.state === 'idle'; step++) await turns.give();
		expect(store.getSnapshot().rows[7]!.state).toBe('running');
		store.stop();
	});

	it('reads a big answer only in a moment between keys', async () => {
		const {chronos, turns, store} = await loadedStore();
		expect(chronos.readings).toBe(1);

		store.refreshNow();
		await settle();
		expect(chronos.readings).toBe(1);
		await turns.give();
		expect(chronos.readings).toBe(2);
		store.stop();
	});

	it('the client reads the answer after the wait it is given, and only then', async () => {
		const emulator = await startEmulator({seed: 'samples', sampleUser: 'alice'});
		try {
			const client = new ChronosClient({url: emulator.url});
			let release: (() => void) | undefined;
			let read = false;
			const summaries = client.listSummaries(async () => {
				await new Promise<void>(resolve => {
					release = resolve;
				});
			}).then(list => {
				read = true;
				return list;
			});
			// The answer is in and the client waits: it does not read it until the wait is over.
			for (let turn = 0; turn < 1000 && release === undefined; turn++) await new Promise(resolve => setTimeout(resolve, 5));
			await settle();
			expect(release).toBeDefined();
			expect(read).toBe(false);
			release!();
			expect((await summaries).map(entry => entry.name).sort()).toEqual(emulator.jobs().map(job => job.name).sort());
		} finally {
			await emulator.close();
		}
	});

	it('quit while waiting for a pause in the typing, fetches no full job list', async () => {
		const {chronos, turns, store} = await loadedStore();
		store.refreshNow({full: true});
		for (let step = 0; step < 5 && turns.typingPauseAsked < 2; step++) await turns.give();
		expect(turns.typingPauseAsked).toBe(2);
		store.stop();
		await turns.give();
		expect(chronos.jobCalls).toBe(1);
	});

	it('reads the full job list again only once the typing pauses', async () => {
		const {chronos, turns, store} = await loadedStore();
		expect(chronos.jobCalls).toBe(1);

		store.refreshNow({full: true});
		for (let step = 0; step < 5 && turns.typingPauseAsked < 2; step++) await turns.give();
		expect(turns.typingPauseAsked).toBe(2);
		expect(chronos.jobCalls).toBe(1);
		await turns.give();
		expect(chronos.jobCalls).toBe(2);
		store.stop();
	});
});

describe('input turns', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	function clocked(): {turns: InputTurns; resolved: (promise: Promise<void>) => () => boolean} {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance']});
		const turns = new InputTurns(() => performance.now());
		const resolved = (promise: Promise<void>) => {
			let done = false;
			void promise.then(() => {
				done = true;
			});
			return () => done;
		};

		return {turns, resolved};
	}

	it('gives a turn at once when nobody is typing', async () => {
		const {turns, resolved} = clocked();
		const done = resolved(turns.betweenKeys());
		await vi.advanceTimersByTimeAsync(1);
		expect(done()).toBe(true);
	});

	it('while a key waits for its screen, gives the turn right after that screen', async () => {
		const {turns, resolved} = clocked();
		turns.keyArrived();
		const done = resolved(turns.betweenKeys());
		await vi.advanceTimersByTimeAsync(100);
		expect(done()).toBe(false);
		turns.keysHandled();
		await vi.advanceTimersByTimeAsync(1);
		expect(done()).toBe(true);
	});

	it('while keys keep coming, waits for the next one, or for the typing to stop', async () => {
		const {turns, resolved} = clocked();
		turns.keyArrived();
		turns.keysHandled();
		await vi.advanceTimersByTimeAsync(20);
		const afterNextKey = resolved(turns.betweenKeys());
		await vi.advanceTimersByTimeAsync(40);
		expect(afterNextKey()).toBe(false);
		turns.keyArrived();
		turns.keysHandled();
		await vi.advanceTimersByTimeAsync(1);
		expect(afterNextKey()).toBe(true);

		const afterTyping = resolved(turns.betweenKeys());
		await vi.advanceTimersByTimeAsync(250);
		expect(afterTyping()).toBe(false);
		await vi.advanceTimersByTimeAsync(60);
		expect(afterTyping()).toBe(true);
	});

	it('waits for half a second without keys before heavy work', async () => {
		const {turns, resolved} = clocked();
		turns.keyArrived();
		turns.keysHandled();
		const paused = resolved(turns.typingPause());
		await vi.advanceTimersByTimeAsync(400);
		turns.keyArrived();
		turns.keysHandled();
		await vi.advanceTimersByTimeAsync(400);
		expect(paused()).toBe(false);
		await vi.advanceTimersByTimeAsync(150);
		expect(paused()).toBe(true);
	});
});
