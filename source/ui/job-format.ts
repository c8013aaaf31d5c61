// How a job's state, result, schedule and times read in the list. Colour is always paired with a symbol
// and a word, so the list reads the same with NO_COLOR and on a monochrome terminal.
import {parseSchedule, nextRuns, type IsoDuration} from '../jobs/schedule.js';
import type {JobRow} from '../store/types.js';

export type StateKind = 'running' | 'queued' | 'failed' | 'ok' | 'idle' | 'disabled';

export interface StateLabel {
	kind: StateKind;
	symbol: string;
	word: string;
	/** One of the 16 ANSI colours; never a background. */
	color: 'green' | 'yellow' | 'red' | 'blue' | 'gray' | 'cyan';
}

/** What the job is doing now, or, when idle, how its last run ended. */
export function stateLabel(row: Pick<JobRow, 'state' | 'status' | 'disabled'>): StateLabel {
	const state = row.state.trim().toLowerCase();
	if (state.endsWith('running')) {
		return {kind: 'running', symbol: '▶', word: state, color: 'green'};
	}

	if (state === 'queued') {
		return {kind: 'queued', symbol: '…', word: 'queued', color: 'yellow'};
	}

	if (row.disabled) {
		return {kind: 'disabled', symbol: '⏸', word: 'disabled', color: 'gray'};
	}

	if (row.status === 'failure') {
		return {kind: 'failed', symbol: '✗', word: 'failed', color: 'red'};
	}

	if (row.status === 'success') {
		return {kind: 'ok', symbol: '✓', word: 'ok', color: 'blue'};
	}

	return {kind: 'idle', symbol: '·', word: 'idle', color: 'cyan'};
}

export function resultWord(status: JobRow['status']): string {
	return status === 'success' ? 'success' : status === 'failure' ? 'failure' : 'never ran';
}

export interface StateCounts {
	running: number;
	queued: number;
	failed: number;
	idle: number;
}

/** Header counts: every job lands in exactly one bucket (ok, disabled and fresh jobs count as idle). */
export function countStates(rows: readonly JobRow[]): StateCounts {
	const counts: StateCounts = {running: 0, queued: 0, failed: 0, idle: 0};
	for (const row of rows) {
		const {kind} = stateLabel(row);
		if (kind === 'running' || kind === 'queued' || kind === 'failed') {
			counts[kind]++;
		} else {
			counts.idle++;
		}
	}

	return counts;
}

/** "3m ago", "2h ago", "5d ago"; "just now" within a few seconds; "" when never. */
export function timeAgo(iso: string | undefined, now: number): string {
	const at = iso ? Date.parse(iso) : Number.NaN;
	if (!Number.isFinite(at)) {
		return '';
	}

	const seconds = Math.max(0, Math.round((now - at) / 1000));
	if (seconds < 5) {
		return 'just now';
	}

	return `${shortSpan(seconds)} ago`;
}

/** "in 3m" for a time in the future. */
export function timeUntil(at: number, now: number): string {
	const seconds = Math.round((at - now) / 1000);
	return seconds <= 0 ? 'now' : `in ${shortSpan(seconds)}`;
}

function shortSpan(seconds: number): string {
	if (seconds < 60) {
		return `${seconds}s`;
	}

	if (seconds < 3600) {
		return `${Math.floor(seconds / 60)}m`;
	}

	if (seconds < 86_400) {
		return `${Math.floor(seconds / 3600)}h`;
	}

	if (seconds < 86_400 * 365) {
		return `${Math.floor(seconds / 86_400)}d`;
	}

	return `${Math.floor(seconds / (86_400 * 365))}y`;
}

/** The later of the last success and the last error, with a mark saying which it was. */
export function lastRun(row: JobRow, now: number): string {
	const success = row.job?.lastSuccess ? Date.parse(row.job.lastSuccess) : Number.NaN;
	const error = row.job?.lastError ? Date.parse(row.job.lastError) : Number.NaN;
	if (!Number.isFinite(success) && !Number.isFinite(error)) {
		return row.job ? '–' : '';
	}

	if (!Number.isFinite(error) || success >= error) {
		return `✓ ${timeAgo(row.job!.lastSuccess, now)}`;
	}

	return `✗ ${timeAgo(row.job!.lastError, now)}`;
}

/** Epoch ms of the latest run end, for sorting; -Infinity when never. */
export function lastRunAt(row: JobRow): number {
	const values = [row.job?.lastSuccess, row.job?.lastError]
		.map(value => (value ? Date.parse(value) : Number.NaN))
		.filter(value => Number.isFinite(value));
	return values.length > 0 ? Math.max(...values) : Number.NEGATIVE_INFINITY;
}

/** A short period: "2h", "1d", "1w", "30m", "1mo 2d". */
export function shortPeriod(period: IsoDuration): string {
	const parts: string[] = [];
	const units: Array<[keyof IsoDuration, string]> = [
		['years', 'y'], ['months', 'mo'], ['weeks', 'w'], ['days', 'd'], ['hours', 'h'], ['minutes', 'm'], ['seconds', 's'],
	];
	for (const [unit, suffix] of units) {
		if (period[unit]) {
			parts.push(`${period[unit]}${suffix}`);
		}
	}

	return parts.slice(0, 2).join(' ') || '0s';
}

/** The schedule column: "after a, b" for dependent jobs; else how often and when next, in a few words. */
export function scheduleCell(row: Pick<JobRow, 'schedule' | 'parents' | 'disabled' | 'state'>, now: number): string {
	if (!row.schedule) {
		return row.parents.length > 0 ? `after ${row.parents.join(', ')}` : '';
	}

	const parsed = parseSchedule(row.schedule);
	if (!parsed.ok) {
		return row.schedule;
	}

	const {schedule} = parsed;
	if (schedule.repetitions === 0 || row.disabled) {
		// Chronos counts a run down when it launches, so the last run of a job is already at R0 while it goes.
		return /running|queued/.test(row.state) ? 'last run, now' : 'no more runs';
	}

	const next = nextRuns(schedule, 1, new Date(now))[0];
	const when = next ? timeUntil(next.getTime(), now) : 'now';
	if (schedule.repetitions === 1) {
		return when === 'now' ? 'once, now' : `once, ${when}`;
	}

	const times = schedule.repetitions === null ? '' : ` ×${schedule.repetitions}`;
	return `every ${shortPeriod(schedule.period)}${times}, next ${when}`;
}
