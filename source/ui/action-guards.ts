// What the dashboard checks before it opens the dialog of an action, so no dialog offers something Chronos
// would quietly drop or turn into something else: a run it will not start, a delete that rewrites children.
import {dependentsInDeletionOrder, childFates, type ChildFate} from '../jobs/deletion.js';
import {droppedRunReason} from '../jobs/manual-run.js';
import type {ChronosJob} from '../jobs/types.js';
import type {JobRow} from '../store/types.js';

/** Why `r` on this job is refused, as the status line says it; undefined when the run would start. */
export function rerunRefusal(name: string, rows: readonly JobRow[]): string | undefined {
	const row = rows.find(candidate => candidate.name === name);
	if (!row) {
		return undefined;
	}

	const reason = droppedRunReason({name, disabled: row.disabled, concurrent: row.job?.concurrent, state: row.state});
	if (!reason) {
		return undefined;
	}

	return row.disabled ? `Not run: ${reason} (e edits it: set disabled to false)` : `Not run: ${reason} (s stops it)`;
}

export interface DeletePlanView {
	/** What Chronos would do to each child if the job were deleted alone. */
	fates: ChildFate[];
	/** Every job that depends on it, deleted with it, children before their parents. */
	dependents: string[];
}

/** The full job where the last heavy poll has it, else what the summary says (name, schedule, parents). */
function jobOf(row: JobRow): ChronosJob {
	return row.job ?? {
		name: row.name,
		command: '',
		...(row.schedule ? {schedule: row.schedule} : {}),
		...(row.parents.length > 0 ? {parents: row.parents} : {}),
	};
}

/** The delete dialog's view of what deleting `name` touches. */
export function deletePlan(name: string, rows: readonly JobRow[]): DeletePlanView {
	const row = rows.find(candidate => candidate.name === name);
	const jobs = rows.filter(candidate => candidate.name !== name).map(jobOf);
	if (!row) {
		return {fates: [], dependents: []};
	}

	return {fates: childFates(jobOf(row), jobs), dependents: dependentsInDeletionOrder(name, jobs)};
}
