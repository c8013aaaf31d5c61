// The jobs offered as parents of a dependent job: those matching what was typed, the user's own first and
// the newest of them on top, since the job a new step follows is usually the one just made.
import type {ChronosJob} from '../../jobs/types.js';
import {isUsersJob} from '../../jobs/name.js';
import {parseSchedule} from '../../jobs/schedule.js';

export interface ParentQuery {
	user: string;
	/** The name of the job being built, which cannot follow itself. */
	exclude: string;
	/** Part of a name, any case; empty matches every job. */
	filter: string;
}

/** When the job last showed life: its latest run end, or failing that the start of its schedule. */
function recency(job: ChronosJob): number {
	const runs = [job.lastSuccess, job.lastError].map(value => (value ? Date.parse(value) : Number.NaN)).filter(Number.isFinite);
	if (runs.length > 0) {
		return Math.max(...runs);
	}

	const parsed = job.schedule ? parseSchedule(job.schedule) : undefined;
	return parsed?.ok && parsed.schedule.start ? parsed.schedule.start.getTime() : Number.NEGATIVE_INFINITY;
}

export function parentChoices(jobs: readonly ChronosJob[], query: ParentQuery): string[] {
	const needle = query.filter.trim().toLowerCase();
	const shown = jobs.filter(job => job.name !== query.exclude && job.name.toLowerCase().includes(needle));
	const order = new Map(shown.map(job => [job, {mine: isUsersJob(job.name, job, query.user), recency: recency(job)}]));
	return shown
		.sort((a, b) => {
			const first = order.get(a)!;
			const second = order.get(b)!;
			if (first.mine !== second.mine) return first.mine ? -1 : 1;
			if (first.recency !== second.recency) return first.recency > second.recency ? -1 : 1;
			return a.name < b.name ? -1 : 1;
		})
		.map(job => job.name);
}
