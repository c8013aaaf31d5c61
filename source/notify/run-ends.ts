// Noticing that a run of a watched job ended, from successive job lists. Pure: the dashboard feeds it every
// poll's rows. A run is seen to end when the job goes from running or queued back to rest; a run too short
// to be seen running is noticed by its end date moving on. Each run is told once.
import {lastRunAt} from '../vocabulary/index.js';

export interface WatchedJob {
	name: string;
	state: string;
	status: string;
	job?: {lastSuccess?: string; lastError?: string};
}

export interface RunEnd {
	name: string;
	/** How the run ended, when Chronos says. */
	succeeded?: boolean;
}

interface Seen {
	active: boolean;
	/** Epoch ms of the latest run end Chronos reported. */
	lastEnd: number;
	/** A run was told on its state change and its end date has not arrived yet: that date is not a new run. */
	dateOwed: boolean;
	/** False until the full job (with its dates) has been read: its first dates are a starting point, not news. */
	datesKnown: boolean;
}

export class RunEndWatch {
	private readonly seen = new Map<string, Seen>();

	/** Starts (or keeps) watching; what the job looks like now is the starting point. */
	watch(row: WatchedJob | undefined, name: string): void {
		if (!this.seen.has(name)) {
			this.seen.set(name, row ? seenOf(row) : unknown);
		}
	}

	/**
	 * A job started from this session: its next end is news even if it was never seen running (a short
	 * run between two polls), so the end date it has now is the one to beat.
	 */
	expectRun(row: WatchedJob | undefined, name: string): void {
		// A job not read yet (just submitted) has never run: no dates is what it has.
		this.seen.set(name, row ? seenOf(row) : {...unknown, datesKnown: true});
	}

	unwatch(name: string): void {
		this.seen.delete(name);
	}

	isWatched(name: string): boolean {
		return this.seen.has(name);
	}

	/** The runs that ended since the last rows. */
	update(rows: readonly WatchedJob[]): RunEnd[] {
		const ended: RunEnd[] = [];
		if (this.seen.size === 0) {
			return ended;
		}

		for (const row of rows) {
			const before = this.seen.get(row.name);
			if (!before) {
				continue;
			}

			const now = seenOf(row);
			const lastEnd = Math.max(before.lastEnd, now.lastEnd);
			const datesMoved = before.datesKnown && now.datesKnown && now.lastEnd > before.lastEnd;
			const datesKnown = before.datesKnown || now.datesKnown;
			if (now.active) {
				// A new run is under way: whatever end date was owed belongs to the past.
				this.seen.set(row.name, {active: true, lastEnd, dateOwed: false, datesKnown});
				continue;
			}

			if (before.active) {
				ended.push(endOf(row));
				this.seen.set(row.name, {active: false, lastEnd, dateOwed: !datesMoved, datesKnown});
				continue;
			}

			if (datesMoved && !before.dateOwed) {
				ended.push(endOf(row));
			}

			this.seen.set(row.name, {active: false, lastEnd, dateOwed: before.dateOwed && !datesMoved, datesKnown});
		}

		return ended;
	}
}

const unknown: Seen = {active: false, lastEnd: Number.NEGATIVE_INFINITY, dateOwed: false, datesKnown: false};

function seenOf(row: WatchedJob): Seen {
	return {active: isActive(row.state), lastEnd: lastRunAt(row.job), dateOwed: false, datesKnown: row.job !== undefined};
}

function isActive(state: string): boolean {
	const word = state.trim().toLowerCase();
	return word === 'queued' || word.endsWith('running');
}

function endOf(row: WatchedJob): RunEnd {
	const succeeded = row.status === 'success' ? true : row.status === 'failure' ? false : undefined;
	return succeeded === undefined ? {name: row.name} : {name: row.name, succeeded};
}
