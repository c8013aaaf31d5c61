// The poller: keeps the latest view of the user's Chronos outside React. At most one request is in flight;
// the light summary is fetched every tick and the heavy full job list only when the summary shows changes
// (or every ~30 s), so a personal Chronos is not loaded more than its own web UI loads it.
import type {ChronosJob} from '../jobs/types.js';
import type {JobSummary} from '../chronos/types.js';
import {isChronosError} from '../chronos/errors.js';
import {backoffDelayMs, clampPollInterval} from './backoff.js';
import {byName} from '../jobs/name.js';
import {mergeRows, summaryOutdatesJobs} from './rows.js';
import {sameDocument} from './same-document.js';
import type {DashboardClient, InputTurns, PollError, StoreSnapshot} from './types.js';

export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	now(): number;
}

const realTimers: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
	now: () => Date.now(),
};

export interface JobStoreOptions {
	client: Pick<DashboardClient, 'listSummaries' | 'listJobs'>;
	pollIntervalMs?: number;
	/** Full jobs are refetched at least this often, to refresh resource columns and dates. */
	fullRefreshMs?: number;
	timers?: Timers;
	/** When a big poll's work may run without holding up a key; the next turn of the event loop by default. */
	turns?: InputTurns;
}

const nextTurn: InputTurns = {betweenKeys: letInputThrough, typingPause: letInputThrough};

export class JobStore {
	readonly pollIntervalMs: number;
	private readonly client: JobStoreOptions['client'];
	private readonly fullRefreshMs: number;
	private readonly timers: Timers;
	private readonly turns: InputTurns;
	private snapshot: StoreSnapshot = {rows: [], loading: true, paused: false, failures: 0};
	private readonly listeners = new Set<() => void>();
	private timer: unknown;
	private inFlight = false;
	private refreshQueued = false;
	private started = false;
	private stopped = false;
	private jobs = new Map<string, ChronosJob>();
	private summaries = new Map<string, JobSummary>();
	/** The last answers as the client returned them, to notice an unchanged answer by identity. */
	private lastSummaryList?: readonly JobSummary[];
	private lastJobList?: readonly ChronosJob[];
	private lastFullAt = Number.NEGATIVE_INFINITY;
	private fullWanted = true;

	constructor(options: JobStoreOptions) {
		this.client = options.client;
		this.pollIntervalMs = clampPollInterval(options.pollIntervalMs);
		this.fullRefreshMs = options.fullRefreshMs ?? 30_000;
		this.timers = options.timers ?? realTimers;
		this.turns = options.turns ?? nextTurn;
	}

	readonly getSnapshot = (): StoreSnapshot => this.snapshot;

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	};

	/** Begins polling; the first poll starts at once. */
	start(): void {
		if (this.started) {
			return;
		}

		this.started = true;
		void this.tick();
	}

	stop(): void {
		this.stopped = true;
		this.clearTimer();
		this.listeners.clear();
	}

	/** Polls now (or right after the poll in flight), also while paused: the user asked for it. */
	refreshNow(options: {full?: boolean} = {}): void {
		if (options.full) {
			this.fullWanted = true;
		}

		if (this.inFlight) {
			this.refreshQueued = true;
			return;
		}

		this.clearTimer();
		void this.tick(true);
	}

	pause(): void {
		if (this.snapshot.paused) {
			return;
		}

		this.clearTimer();
		const error = this.snapshot.error ? {...this.snapshot.error, retryAt: undefined} : undefined;
		this.update({paused: true, error});
	}

	resume(): void {
		if (!this.snapshot.paused) {
			return;
		}

		this.update({paused: false});
		this.refreshNow();
	}

	togglePause(): boolean {
		if (this.snapshot.paused) {
			this.resume();
		} else {
			this.pause();
		}

		return this.snapshot.paused;
	}

	private async tick(requested = false): Promise<void> {
		if (this.stopped || this.inFlight || (this.snapshot.paused && !requested)) {
			return;
		}

		this.inFlight = true;
		this.timer = undefined;
		let refused = false;
		try {
			// With thousands of jobs each step below takes the main thread for a while (reading the answer the
			// first): each starts between two keys, so a key is not kept waiting behind a whole poll.
			const wasBig = this.snapshot.rows.length >= bigListSize;
			const summaries = await this.client.listSummaries(wasBig ? async () => this.turns.betweenKeys() : undefined);
			const big = summaries.length >= bigListSize;
			if (big) {
				await this.turns.betweenKeys();
			}

			const now = this.timers.now();
			const sinceFull = now - this.lastFullAt;
			const needFull = this.fullWanted
				|| sinceFull >= this.fullRefreshMs
				|| (sinceFull >= this.changeGapMs(summaries.length) && summaryOutdatesJobs(summaries, this.summaries, this.jobs));
			const jobsBefore = this.jobs;
			if (needFull && this.snapshot.loading && this.snapshot.rows.length === 0) {
				// The first load draws the jobs as soon as the light summary is there; their full documents
				// (megabytes with thousands of jobs) follow and fill in the resource columns. Loading ends with them.
				// The rows on screen are Chronos' as of now: a failure before the documents arrive shows them as stale
				// data of this moment, not as "no data yet" under a full list.
				this.update({rows: mergeRows(inNameOrder(summaries), this.jobs), updatedAt: this.timers.now()});
			}

			if (needFull) {
				// Megabytes of JSON to read in one piece: a big list's refresh waits for a pause in the typing.
				if (big) {
					await this.turns.typingPause();
					// Quit while waiting: no megabytes to fetch for nobody.
					if (this.stopped) return;
				}

				// Each job read is compared with the one held as it is read, so the unchanged ones never exist twice.
				const held = this.jobs;
				const jobs = await this.client.listJobs(job => keptIfEqual(held.get(job.name), job));
				// The client hands back the very same list when Chronos sent the same body again.
				if (jobs !== this.lastJobList) {
					this.jobs = await keepUnchangedJobs(jobs, this.jobs, this.turns);
					this.lastJobList = jobs;
				}

				this.lastFullAt = this.timers.now();
				this.fullWanted = false;
			}

			// Nothing new (same summary answer, same jobs): the rows stand as they are, only the time moves on.
			let {rows} = this.snapshot;
			if (summaries !== this.lastSummaryList || this.jobs !== jobsBefore) {
				this.summaries = new Map(summaries.map(summary => [summary.name, summary]));
				this.lastSummaryList = summaries;
				if (big) {
					await this.turns.betweenKeys();
				}

				rows = mergeRows(inNameOrder(summaries), this.jobs, this.snapshot.rows);
				// Publishing makes the list sort and draw the new rows.
				if (big) {
					await this.turns.betweenKeys();
				}
			}

			this.update({rows, updatedAt: this.timers.now(), loading: false, error: undefined, failures: 0});
		} catch (error) {
			const failures = this.snapshot.failures + 1;
			const at = this.timers.now();
			// A refused password is asked again only when the user says so: retrying it could lock the account.
			refused = isChronosError(error) && error.kind === 'auth';
			const retryAt = this.snapshot.paused || refused ? undefined : at + backoffDelayMs(failures);
			this.update({loading: false, failures, error: {...describePollError(error, at, retryAt), ...(refused ? {refused} : {})}});
		} finally {
			this.inFlight = false;
		}

		if (this.stopped || refused) {
			this.refreshQueued = false;
			return;
		}

		if (this.refreshQueued) {
			this.refreshQueued = false;
			void this.tick(true);
			return;
		}

		this.scheduleNext();
	}

	/**
	 * On a personal Chronos with tens of jobs the full list is cheap, so it follows every change at once. With
	 * thousands of jobs something changes on nearly every poll, and megabytes of JSON every 2 s would load
	 * both ends: the resource columns may then lag a change by a few seconds.
	 */
	private changeGapMs(jobCount: number): number {
		return jobCount > 500 ? 10_000 : 0;
	}

	/**
	 * The configured interval, stretched on very big instances: every poll of 10,000 jobs moves more than a
	 * megabyte and keeps both ends busy, so it runs every 5 s instead (one more second per 2,000 jobs).
	 */
	intervalFor(jobCount: number): number {
		return Math.max(this.pollIntervalMs, Math.ceil(jobCount / 2000) * 1000);
	}

	private scheduleNext(): void {
		if (this.snapshot.paused) {
			return;
		}

		const delay = this.snapshot.error ? backoffDelayMs(this.snapshot.failures) : this.intervalFor(this.snapshot.rows.length);
		this.timer = this.timers.setTimeout(() => {
			void this.tick();
		}, delay);
	}

	private clearTimer(): void {
		if (this.timer !== undefined) {
			this.timers.clearTimeout(this.timer);
			this.timer = undefined;
		}
	}

	private update(change: Partial<StoreSnapshot>): void {
		this.snapshot = {...this.snapshot, ...change};
		for (const listener of this.listeners) {
			listener();
		}
	}
}

/**
 * From this many jobs on, a poll's work is done in slices with a turn of the event loop between them, so a
 * key pressed meanwhile is answered within a frame instead of waiting for all of it. Small lists (and the
 * tests' scripted Chronos) go through in one piece.
 */
const bigListSize = 2000;
const sliceSize = 1000;

async function letInputThrough(): Promise<void> {
	await new Promise<void>(resolve => {
		setImmediate(resolve);
	});
}

/** Chronos usually answers in name order already; checking that costs far less than sorting. */
function inNameOrder(summaries: readonly JobSummary[]): readonly JobSummary[] {
	return isSortedByName(summaries) ? summaries : [...summaries].sort(byName);
}

function isSortedByName(summaries: readonly JobSummary[]): boolean {
	for (let index = 1; index < summaries.length; index++) {
		if (byName(summaries[index - 1]!, summaries[index]!) > 0) {
			return false;
		}
	}

	return true;
}

/**
 * A job that did not change keeps its object, so its row keeps its identity and is not drawn again. The list
 * the client answered gets the kept object in the new one's place too: the client remembers that list (to
 * hand it back when Chronos sends the same body again), and two copies of 10,000 jobs would stay in memory.
 * With thousands of jobs the comparison runs in slices (see bigListSize).
 */
async function keepUnchangedJobs(
	jobs: ChronosJob[],
	previous: ReadonlyMap<string, ChronosJob>,
	turns: InputTurns,
): Promise<Map<string, ChronosJob>> {
	const kept = new Map<string, ChronosJob>();
	for (let index = 0; index < jobs.length; index++) {
		if (jobs.length >= bigListSize && index > 0 && index % sliceSize === 0) {
			await turns.betweenKeys();
		}

		const job = keptIfEqual(previous.get(jobs[index]!.name), jobs[index]!);
		jobs[index] = job;
		kept.set(job.name, job);
	}

	return kept;
}

function keptIfEqual(old: ChronosJob | undefined, job: ChronosJob): ChronosJob {
	return old !== undefined && sameDocument(old, job) ? old : job;
}

function describePollError(error: unknown, at: number, retryAt: number | undefined): PollError {
	if (isChronosError(error)) {
		return {message: error.message, detail: error.detail, at, retryAt};
	}

	const message = error instanceof Error ? error.message : String(error);
	return {message: firstLine(message), detail: message, at, retryAt};
}

export function firstLine(text: string): string {
	const line = text.split('\n').find(candidate => candidate.trim() !== '') ?? '';
	return line.trim();
}
