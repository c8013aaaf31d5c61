// Pure filtering, scoping and sorting of the job rows. Kept out of the components so 10,000 rows are sorted
// once per poll (memoised by the caller), never once per keystroke.
import type {JobRow} from '../store/types.js';
import {lastRunAt, resultWord, stateLabel, stateUrgency} from '../vocabulary/index.js';

export type SortKey = 'name' | 'state' | 'lastRun' | 'gpus' | 'cpus' | 'mem';
export const sortKeys: readonly SortKey[] = ['name', 'state', 'lastRun', 'gpus', 'cpus', 'mem'];
export const sortLabels: Record<SortKey, string> = {
	name: 'name',
	state: 'state',
	lastRun: 'last run',
	gpus: 'GPUs',
	cpus: 'CPUs',
	mem: 'memory',
};

export function nextSortKey(current: SortKey): SortKey {
	return sortKeys[(sortKeys.indexOf(current) + 1) % sortKeys.length]!;
}

export type Scope = 'all' | 'mine';

/** A job is the user's when its name carries their prefix or Chronos runs it as them. */
export function isMine(row: JobRow, user: string): boolean {
	return row.name.startsWith(`${user}-`) || row.job?.owner === user || row.job?.runAsUser === user;
}

/** Case-insensitive match on the name, the state word, the last result, the image and the command. */
export function matchesFilter(row: JobRow, filter: string): boolean {
	const needle = filter.trim().toLowerCase();
	if (!needle) {
		return true;
	}

	const haystack = [
		row.name,
		stateLabel(row).word,
		resultWord(row.status),
		row.job?.container?.image ?? '',
		row.job?.command ?? '',
	];
	return haystack.some(text => text.toLowerCase().includes(needle));
}

function compareBy(key: SortKey): (a: JobRow, b: JobRow) => number {
	switch (key) {
		case 'name': return () => 0;
		case 'state': return (a, b) => stateUrgency[stateLabel(a).kind] - stateUrgency[stateLabel(b).kind];
		case 'lastRun': return (a, b) => lastRunAt(b.job) - lastRunAt(a.job) || 0;
		case 'gpus': return (a, b) => (b.job?.gpus ?? 0) - (a.job?.gpus ?? 0);
		case 'cpus': return (a, b) => (b.job?.cpus ?? 0) - (a.job?.cpus ?? 0);
		case 'mem': return (a, b) => (b.job?.mem ?? 0) - (a.job?.mem ?? 0);
	}
}

function byName(a: JobRow, b: JobRow): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface ListQuery {
	filter: string;
	sort: SortKey;
	scope: Scope;
	user: string;
}

/** The rows the list shows, in order, plus how many the scope allows before filtering (for "shown/total"). */
export function visibleRows(rows: readonly JobRow[], query: ListQuery): {rows: JobRow[]; total: number} {
	const scoped = query.scope === 'mine' ? rows.filter(row => isMine(row, query.user)) : [...rows];
	const filtered = scoped.filter(row => matchesFilter(row, query.filter));
	const compare = compareBy(query.sort);
	// Ties fall back to the name, so equal rows never swap places between polls.
	filtered.sort((a, b) => compare(a, b) || byName(a, b));
	return {rows: filtered, total: scoped.length};
}
