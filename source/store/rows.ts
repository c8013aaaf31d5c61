// Merges the light summary with the last full job list into the rows the list shows.
import type {ChronosJob} from '../jobs/types.js';
import type {JobSummary} from '../chronos/types.js';
import type {JobRow} from './types.js';

/**
 * Rows that did not change keep their identity, and so does the whole list when no row changed: the views
 * then skip re-sorting and re-drawing 10,000 rows on a poll that brought nothing new.
 */
export function mergeRows(
	summaries: readonly JobSummary[],
	jobs: ReadonlyMap<string, ChronosJob>,
	previous: readonly JobRow[] = [],
): readonly JobRow[] {
	// Between two polls the names rarely change, so a row is looked for at its old place first; the index by
	// name is built only when a job came or went.
	let before: Map<string, JobRow> | undefined;
	const previousRow = (name: string, index: number): JobRow | undefined => {
		const same = previous[index];
		if (same?.name === name) {
			return same;
		}

		before ??= new Map(previous.map(row => [row.name, row]));
		return before.get(name);
	};

	let changed = summaries.length !== previous.length;
	const rows = summaries.map((summary, index) => {
		const old = previousRow(summary.name, index);
		const job = jobs.get(summary.name);
		if (old && sameRow(old, summary, job)) {
			changed ||= previous[index] !== old;
			return old;
		}

		changed = true;
		return {
			name: summary.name,
			status: summary.status,
			state: summary.state,
			schedule: summary.schedule,
			parents: summary.parents,
			disabled: summary.disabled,
			job,
		};
	});
	return changed ? rows : previous;
}

function sameRow(row: JobRow, summary: JobSummary, job: ChronosJob | undefined): boolean {
	return row.status === summary.status
		&& row.state === summary.state
		&& row.schedule === summary.schedule
		&& row.disabled === summary.disabled
		&& row.job === job
		&& row.parents.length === summary.parents.length
		&& row.parents.every((parent, index) => parent === summary.parents[index]);
}

/**
 * The full jobs are worth fetching again when the summary shows something the last full fetch cannot
 * explain: a job it did not have, or a run that started or ended (new counters and dates).
 */
export function summaryOutdatesJobs(
	summaries: readonly JobSummary[],
	previous: ReadonlyMap<string, JobSummary>,
	jobs: ReadonlyMap<string, ChronosJob>,
): boolean {
	for (const summary of summaries) {
		if (!jobs.has(summary.name)) {
			return true;
		}

		const before = previous.get(summary.name);
		if (
			!before
			|| before.status !== summary.status
			|| before.state !== summary.state
			|| before.disabled !== summary.disabled
			|| before.schedule !== summary.schedule
		) {
			return true;
		}
	}

	return false;
}

/** Rows in a stable order (by name) so that sorting later is deterministic. */
