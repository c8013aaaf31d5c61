// The poller's rules with a manual clock and a scripted Chronos, so the order of events is exact.
import {describe, expect, it} from 'vitest';
import {ChronosError} from '../../source/chronos/errors.js';
import type {JobSummary} from '../../source/chronos/types.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {JobStore, type Timers} from '../../source/store/job-store.js';

class ManualTimers implements Timers {
	time = 1_000_000;
	pending: Array<{at: number; callback: () => void; id: number}> = [];
	private next = 0;
	setTimeout(callback: () => void, ms: number): unknown {
		const id = ++this.next;
		this.pending.push({at: this.time + ms, callback, id});
		return id;
	}

	clearTimeout(handle: unknown): void {
		this.pending = this.pending.filter(timer => timer.id !== handle);
	}

	now(): number {
		return this.time;
	}

	/** Moves the clock to the next timer and fires it. */
	fireNext(): number {
		this.pending.sort((a, b) => a.at - b.at);
		const timer = this.pending.shift()!;
		this.time = timer.at;
		timer.callback();
		return timer.at;
	}
}

function summary(name: string, state = 'idle'): JobSummary {
	return {name, status: 'fresh', state, schedule: 'R1//P1Y', parents: [], disabled: false};
}

class ScriptedChronos {
	summaryCalls = 0;
	jobCalls = 0;
	inFlight = 0;
	maxInFlight = 0;
	fail = false;
	summaries: JobSummary[] = [summary('a')];
	private release: Array<() => void> = [];

	async listSummaries(): Promise<JobSummary[]> {
		this.summaryCalls++;
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		await new Promise<void>(resolve => {
			this.release.push(resolve);
		});
		this.inFlight--;
		if (this.fail) {
			throw new ChronosError('unreachable', 'Cannot reach Chronos at http://x: connection refused');
		}

		return this.summaries;
	}

	async listJobs(): Promise<ChronosJob[]> {
		this.jobCalls++;
		return this.summaries.map(entry => ({name: entry.name, command: 'true'}));
	}

	/** Lets the request in flight answer, then lets the store settle. */
	async answer(): Promise<void> {
		this.release.shift()?.();
		for (let i = 0; i < 10; i++) {
			await Promise.resolve();
		}
	}
}

describe('poller rules', () => {
	it('never has more than one request in flight, however often a refresh is asked for', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		store.start();
		store.refreshNow();
		store.refreshNow();
		expect(chronos.summaryCalls).toBe(1);
		await chronos.answer();
		// The refreshes asked for during the poll become exactly one more poll.
		expect(chronos.summaryCalls).toBe(2);
		await chronos.answer();
		expect(chronos.maxInFlight).toBe(1);
		expect(timers.pending).toHaveLength(1);
		store.stop();
	});

	it('waits the poll interval between successful polls and fetches full jobs only when something changed', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000, fullRefreshMs: 30_000});
		store.start();
		await chronos.answer();
		expect(chronos.jobCalls).toBe(1);
		const first = timers.time;
		expect(timers.fireNext() - first).toBe(2000);
		await chronos.answer();
		expect(chronos.jobCalls).toBe(1);
		chronos.summaries = [summary('a', 'running')];
		timers.fireNext();
		await chronos.answer();
		expect(chronos.jobCalls).toBe(2);
		chronos.summaries = [summary('a', 'running'), summary('b')];
		timers.fireNext();
		await chronos.answer();
		expect(chronos.jobCalls).toBe(3);
		expect(store.getSnapshot().rows.map(row => row.name)).toEqual(['a', 'b']);
		store.stop();
	});

	it('backs off 2, 4, 8, 16, 30, 30 s while Chronos is down, keeping the data, then polls normally again', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		store.start();
		await chronos.answer();
		const rows = store.getSnapshot().rows;
		chronos.fail = true;
		timers.fireNext();
		await chronos.answer();
		const waits: number[] = [];
		for (let attempt = 0; attempt < 6; attempt++) {
			const snapshot = store.getSnapshot();
			expect(snapshot.rows).toBe(rows);
			expect(snapshot.error?.message).toBe('Cannot reach Chronos at http://x: connection refused');
			waits.push(snapshot.error!.retryAt! - timers.time);
			timers.fireNext();
			await chronos.answer();
		}

		expect(waits).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000]);
		chronos.fail = false;
		timers.fireNext();
		await chronos.answer();
		expect(store.getSnapshot().error).toBeUndefined();
		const now = timers.time;
		expect(timers.fireNext() - now).toBe(2000);
		store.stop();
	});

	it('keeps the same rows when a poll brings nothing new, so views skip re-sorting and re-drawing', async () => {
		const chronos = new ScriptedChronos();
		chronos.summaries = [summary('a'), summary('b')];
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		store.start();
		await chronos.answer();
		const first = store.getSnapshot().rows;
		timers.fireNext();
		await chronos.answer();
		expect(store.getSnapshot().rows).toBe(first);
		chronos.summaries = [summary('a'), summary('b', 'running')];
		timers.fireNext();
		await chronos.answer();
		const changed = store.getSnapshot().rows;
		expect(changed).not.toBe(first);
		expect(changed[0]).toBe(first[0]);
		expect(changed[1]!.state).toBe('running');
		store.stop();
	});

	it('with thousands of jobs, still lists them by name and keeps unchanged rows and jobs through a full refresh', async () => {
		const chronos = new ScriptedChronos();
		const names = Array.from({length: 3000}, (_, index) => `job-${String(index).padStart(4, '0')}`);
		// Out of order, as a Chronos may answer.
		chronos.summaries = [...names].reverse().map(name => summary(name));
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		const settled = async (count: number) => {
			// Big lists are merged in slices with turns of the event loop between them; the first load shows the
			// summary's rows before the full jobs are merged in.
			for (let turn = 0; turn < 50 && (store.getSnapshot().rows.length !== count || store.getSnapshot().loading); turn++) {
				await new Promise(resolve => setImmediate(resolve));
			}
		};

		store.start();
		await chronos.answer();
		await settled(3000);
		const first = store.getSnapshot().rows;
		expect(first.map(row => row.name)).toEqual(names);
		expect(first[0]!.job?.command).toBe('true');

		chronos.summaries = [...chronos.summaries, summary('job-9999')];
		store.refreshNow({full: true});
		await chronos.answer();
		await settled(3001);
		const second = store.getSnapshot().rows;
		expect(second.at(-1)!.name).toBe('job-9999');
		expect(second[0]).toBe(first[0]);
		expect(second[0]!.job).toBe(first[0]!.job);
		store.stop();
	});

	it('polls a very big instance less often than a personal one', () => {
		const store = new JobStore({client: new ScriptedChronos(), timers: new ManualTimers(), pollIntervalMs: 2000});
		expect(store.intervalFor(40)).toBe(2000);
		expect(store.intervalFor(10_000)).toBe(5000);
		expect(new JobStore({client: new ScriptedChronos(), pollIntervalMs: 10_000}).intervalFor(10_000)).toBe(10_000);
	});

	it('stops polling while paused and starts again at once on resume', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		store.start();
		await chronos.answer();
		store.pause();
		expect(timers.pending).toHaveLength(0);
		expect(store.getSnapshot().paused).toBe(true);
		store.resume();
		expect(chronos.summaryCalls).toBe(2);
		store.stop();
	});
});

describe('the slower rules', () => {
	/** Lets the poll in flight answer and returns how many full job lists have been fetched so far. */
	async function pollAt(chronos: ScriptedChronos, timers: ManualTimers): Promise<{at: number; full: number}> {
		const at = timers.fireNext();
		await chronos.answer();
		return {at, full: chronos.jobCalls};
	}

	/** A store polling every `pollIntervalMs` that has done its first poll (a full one) of `jobCount` jobs. */
	async function afterFirstPoll(jobCount: number, pollIntervalMs = 2000) {
		const chronos = new ScriptedChronos();
		chronos.summaries = Array.from({length: jobCount}, (_, index) => summary(`job-${String(index).padStart(3, '0')}`));
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs});
		store.start();
		await chronos.answer();
		return {chronos, timers, store, firstFullAt: timers.time};
	}

	function changeFirstRow(chronos: ScriptedChronos, state: string): void {
		chronos.summaries = chronos.summaries.map((entry, index) => (index === 0 ? summary(entry.name, state) : entry));
	}

	it('fetches the full job list again after 30 s even when the summary shows no change', async () => {
		// The default full-refresh period, as the dashboard uses it, polled every second so 29 or 31 s would show.
		const {chronos, timers, store, firstFullAt} = await afterFirstPoll(1, 1000);
		expect(chronos.jobCalls).toBe(1);
		const polls: Array<{at: number; full: number}> = [];
		while (timers.time - firstFullAt < 32_000) {
			polls.push(await pollAt(chronos, timers));
		}

		const fullAfter = polls.filter(poll => poll.full === 2).map(poll => poll.at - firstFullAt);
		expect(fullAfter[0]).toBe(30_000);
		// Every poll before it was the light summary alone.
		expect(polls.filter(poll => poll.at - firstFullAt < 30_000).every(poll => poll.full === 1)).toBe(true);
		expect(chronos.summaryCalls).toBe(polls.length + 1);
		store.stop();
	});

	it('with more than 500 jobs, follows a change with the full list only 10 s after the last one', async () => {
		// Polled every second, so a gap of 9 or 11 s would show.
		const {chronos, timers, store, firstFullAt} = await afterFirstPoll(501, 1000);
		// Something changes at once, and again on every poll: the full list waits for its 10 s gap.
		const polls: Array<{at: number; full: number}> = [];
		for (let poll = 0; polls.at(-1)?.full !== 2; poll++) {
			changeFirstRow(chronos, poll % 2 === 0 ? 'running' : 'queued');
			polls.push(await pollAt(chronos, timers));
		}

		expect(polls.at(-1)!.at - firstFullAt).toBe(10_000);
		expect(polls.slice(0, -1).every(poll => poll.at - firstFullAt < 10_000)).toBe(true);
		store.stop();
	});

	it('with 500 jobs or fewer, follows a change with the full list at the very next poll', async () => {
		const {chronos, timers, store, firstFullAt} = await afterFirstPoll(500);
		changeFirstRow(chronos, 'running');
		expect(await pollAt(chronos, timers)).toEqual({at: firstFullAt + 2000, full: 2});
		store.stop();
	});

	it('stopped while a poll is in flight, neither uses its answer nor polls again', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		let notified = 0;
		store.subscribe(() => {
			notified++;
		});
		store.start();
		expect(chronos.inFlight).toBe(1);
		store.stop();
		await chronos.answer();
		expect(notified).toBe(0);
		expect(timers.pending).toHaveLength(0);
		expect(chronos.summaryCalls).toBe(1);
		// Asking for a refresh afterwards changes nothing: the dashboard is gone.
		store.refreshNow();
		expect(chronos.summaryCalls).toBe(1);
	});

	it('paused while a poll is in flight, shows its answer but schedules no next poll', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		store.start();
		store.pause();
		await chronos.answer();
		expect(store.getSnapshot()).toMatchObject({paused: true, loading: false});
		expect(store.getSnapshot().rows.map(row => row.name)).toEqual(['a']);
		expect(timers.pending).toHaveLength(0);
		expect(chronos.summaryCalls).toBe(1);
	});

	it('paused while a failing poll is in flight, promises no retry and schedules none', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		chronos.fail = true;
		store.start();
		store.pause();
		await chronos.answer();
		expect(store.getSnapshot().error).toMatchObject({message: 'Cannot reach Chronos at http://x: connection refused', retryAt: undefined});
		expect(timers.pending).toHaveLength(0);
		store.resume();
		expect(chronos.summaryCalls).toBe(2);
		store.stop();
	});
});

describe('a refused password', () => {
	it('stops polling after a 401 instead of retrying for ever, until a refresh is asked for', async () => {
		const chronos = new ScriptedChronos();
		const timers = new ManualTimers();
		const store = new JobStore({client: chronos, timers, pollIntervalMs: 2000});
		chronos.listSummaries = async () => {
			chronos.summaryCalls++;
			throw new ChronosError('auth', 'wrong username or password for http://x', {status: 401});
		};

		store.start();
		await chronos.answer();
		expect(store.getSnapshot().error).toMatchObject({refused: true, retryAt: undefined});
		// Nothing is scheduled: an account is not locked by a poller trying the same password again.
		expect(timers.pending).toHaveLength(0);
		expect(chronos.summaryCalls).toBe(1);
		store.refreshNow();
		await chronos.answer();
		expect(chronos.summaryCalls).toBe(2);
		expect(timers.pending).toHaveLength(0);
		store.stop();
	});
});
