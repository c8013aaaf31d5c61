// Merges the light summary with the last full job list into the rows the list shows.
import type {ChronosJob} from '../jobs/types.js';
import type {JobSummary} from '../chronos/types.js';
import type {JobRow} from './types.js';

export function mergeRows(summaries: readonly JobSummary[], jobs: ReadonlyMap<string, ChronosJob>): JobRow[] {
	return summaries.map(summary => ({
		name: summary.name,
		status: summary.status,
		state: summary.state,
		schedule: summary.schedule,
		parents: summary.parents,
		disabled: summary.disabled,
		job: jobs.get(summary.name),
	}));
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
export function byName(a: {name: string}, b: {name: string}): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
