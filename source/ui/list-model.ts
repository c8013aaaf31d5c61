// Pure filtering, scoping and sorting of the job rows. Kept out of the components so 10,000 rows are sorted
// once per poll (memoised by the caller), never once per keystroke.
import type {JobRow} from '../store/types.js';
import {byName, isUsersJob} from '../jobs/name.js';
import {nextRuns, parseSchedule} from '../jobs/schedule.js';
import {lastRunAt, resultWord, stateLabel, stateUrgency} from '../vocabulary/index.js';

export type SortKey = 'name' | 'state' | 'nextRun' | 'lastRun' | 'gpus' | 'cpus' | 'mem';
export const sortKeys: readonly SortKey[] = ['name', 'state', 'nextRun', 'lastRun', 'gpus', 'cpus', 'mem'];
export const sortLabels: Record<SortKey, string> = {
	name: 'name',
	state: 'state',
	nextRun: 'next run',
	lastRun: 'last run',
	gpus: 'GPUs',
	cpus: 'CPUs',
	mem: 'memory',
};

/** A column and its direction; `reversed` turns each column's natural order (see compareBy) around. */
export interface SortOrder {
	key: SortKey;
	reversed: boolean;
}

/** Picking the column already in use reverses it; another column starts in its natural order. */
export function chooseSort(current: SortOrder, key: SortKey): SortOrder {
	return key === current.key ? {key, reversed: !current.reversed} : {key, reversed: false};
}

/** "name", "last run (reversed)". */
export function sortLabel(order: SortOrder): string {
	return `${sortLabels[order.key]}${order.reversed ? ' (reversed)' : ''}`;
}

export type Scope = 'all' | 'mine';

/** A job is the user's when its name carries their prefix or Chronos runs it as them. */
export function isMine(row: JobRow, user: string): boolean {
	return isUsersJob(row.name, row.job, user);
}

/** What a typed filter looks for: case and surrounding blanks do not count. */
function needleOf(filter: string): string {
	return filter.trim().toLowerCase();
}

/**
 * A row's searchable text, lowercased once per row: rows keep their identity between polls while they do not
 * change, so typing a filter over 10,000 jobs lowercases nothing. The fields are joined by line breaks, which a
 * one-line filter never holds, so a match never spans two fields.
 */
const searchTexts = new WeakMap<JobRow, string>();

function searchText(row: JobRow): string {
	let text = searchTexts.get(row);
	if (text === undefined) {
		text = [row.name, stateLabel(row).word, resultWord(row.status), row.job?.container?.image ?? '', row.job?.command ?? '']
			.join('\n')
			.toLowerCase();
		searchTexts.set(row, text);
	}

	return text;
}

/**
 * Lowercases the searchable text of every row not done yet, so the first character of a filter only
 * compares: done while the filter prompt opens, before anything is typed.
 */
export function prepareFilter(rows: readonly JobRow[]): void {
	for (const row of rows) {
		searchText(row);
	}
}

/** Case-insensitive match on the name, the state word, the last result, the image and the command. */
export function matchesFilter(row: JobRow, filter: string): boolean {
	const needle = needleOf(filter);
	return !needle || searchText(row).includes(needle);
}

/** Epoch ms of the next scheduled run; +Infinity when none is coming (dependent, finished, disabled). */
function nextRunAt(row: JobRow, now: number): number {
	const parsed = row.schedule && !row.disabled ? parseSchedule(row.schedule) : undefined;
	if (!parsed?.ok || parsed.schedule.repetitions === 0) {
		return Number.POSITIVE_INFINITY;
	}

	return nextRuns(parsed.schedule, 1, new Date(now))[0]?.getTime() ?? Number.POSITIVE_INFINITY;
}

/** Each column's natural order: what matters most on top (A to Z, urgent, soonest, latest, biggest). */
function compareBy(key: SortKey, now: number): (a: JobRow, b: JobRow) => number {
	switch (key) {
		case 'name': return () => 0;
		case 'state': return (a, b) => stateUrgency[stateLabel(a).kind] - stateUrgency[stateLabel(b).kind];
		case 'nextRun': {
			// Working out a schedule's next run is costly: once per row and sort, never per comparison.
			const next = new Map<JobRow, number>();
			const at = (row: JobRow) => next.get(row) ?? next.set(row, nextRunAt(row, now)).get(row)!;
			return (a, b) => (at(a) === at(b) ? 0 : at(a) < at(b) ? -1 : 1);
		}

		case 'lastRun': return (a, b) => {
			const [first, second] = [lastRunAt(a.job), lastRunAt(b.job)];
			return first === second ? 0 : first > second ? -1 : 1;
		};
		case 'gpus': return (a, b) => (b.job?.gpus ?? 0) - (a.job?.gpus ?? 0);
		case 'cpus': return (a, b) => (b.job?.cpus ?? 0) - (a.job?.cpus ?? 0);
		case 'mem': return (a, b) => (b.job?.mem ?? 0) - (a.job?.mem ?? 0);
	}
}

export interface ListQuery {
	filter: string;
	sort: SortOrder;
	scope: Scope;
	user: string;
	/** The clock next runs are counted from; now when left out. */
	now?: number;
}

export interface ListedRows {
	rows: readonly JobRow[];
	/** How many the scope allows before filtering (for "shown/total"). */
	total: number;
}

/** The rows in scope, sorted. */
function sortedRows(rows: readonly JobRow[], query: ListQuery): JobRow[] {
	const scoped = query.scope === 'mine' ? rows.filter(row => isMine(row, query.user)) : [...rows];
	const compare = compareBy(query.sort.key, query.now ?? Date.now());
	const direction = query.sort.reversed ? -1 : 1;
	// Ties fall back to the name, so equal rows never swap places between polls.
	return scoped.sort((a, b) => direction * (compare(a, b) || byName(a, b)));
}

/** The rows the list shows, in order, plus how many the scope allows before filtering (for "shown/total"). */
export function visibleRows(rows: readonly JobRow[], query: ListQuery): ListedRows {
	const sorted = sortedRows(rows, query);
	const needle = needleOf(query.filter);
	return {rows: needle ? sorted.filter(row => searchText(row).includes(needle)) : sorted, total: sorted.length};
}

/**
 * visibleRows with a memory, for the dashboard: the rows are scoped and sorted once per poll, sort or scope
 * change, never per key. Each filter character filters the sorted rows, or, when the filter only grew,
 * the rows the shorter filter left (a row without "job-0" cannot hold "job-09"); filtering keeps the order.
 */
export function rememberingVisibleRows(): (rows: readonly JobRow[], query: ListQuery) => ListedRows {
	let sorted: {from: readonly JobRow[]; scope: Scope; user: string; sort: SortOrder; rows: JobRow[]; texts?: string[]} | undefined;
	// Each row's searchable text beside it, so a character compares without looking a text up per row.
	let filtered: {needle: string; rows: JobRow[]; texts: string[]} | undefined;
	return (rows, query) => {
		if (
			sorted?.from !== rows
			|| sorted.scope !== query.scope
			|| sorted.user !== query.user
			|| sorted.sort.key !== query.sort.key
			|| sorted.sort.reversed !== query.sort.reversed
		) {
			sorted = {from: rows, scope: query.scope, user: query.user, sort: query.sort, rows: sortedRows(rows, query)};
			filtered = undefined;
		}

		const total = sorted.rows.length;
		const needle = needleOf(query.filter);
		if (!needle) {
			return {rows: sorted.rows, total};
		}

		if (filtered?.needle !== needle) {
			const narrower = filtered !== undefined && needle.includes(filtered.needle);
			sorted.texts ??= sorted.rows.map(row => searchText(row));
			const from = narrower ? filtered! : {rows: sorted.rows, texts: sorted.texts};
			const kept: JobRow[] = [];
			const keptTexts: string[] = [];
			for (let index = 0; index < from.rows.length; index++) {
				if (from.texts[index]!.includes(needle)) {
					kept.push(from.rows[index]!);
					keptTexts.push(from.texts[index]!);
				}
			}

			// A character every row still matches leaves the very same list, so the table need not look again.
			filtered = kept.length === from.rows.length ? {needle, rows: from.rows, texts: from.texts} : {needle, rows: kept, texts: keptTexts};
		}

		return {rows: filtered.rows, total};
	};
}
