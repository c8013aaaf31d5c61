// The words for times and durations: "3m ago", "in 2h", "9 s", "1 Dec 2026 10:00 UTC". Chronos keeps its
// dates in UTC and reports run times in milliseconds; these turn both into what a person reads.
import {formatUtcDate, type IsoDuration} from '../jobs/schedule.js';

export {formatUtcDate};

type Instant = string | Date | number | undefined;

function epochMs(at: Instant): number {
	if (at === undefined || at === '') {
		return Number.NaN;
	}

	return typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
}

/** The largest whole unit: "45s", "12m", "3h", "5d", "2y". */
export function shortSpan(seconds: number): string {
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

/** "3m ago", "2h ago", "5d ago"; "just now" within a few seconds; "" when never. */
export function timeAgo(at: Instant, now: Date | number): string {
	const then = epochMs(at);
	if (!Number.isFinite(then)) {
		return '';
	}

	const seconds = Math.max(0, Math.round((epochMs(now) - then) / 1000));
	return seconds < 5 ? 'just now' : `${shortSpan(seconds)} ago`;
}

/** "in 3m" for a time in the future; "now" once it has come. */
export function timeUntil(at: Date | number, now: Date | number): string {
	const seconds = Math.round((epochMs(at) - epochMs(now)) / 1000);
	return seconds <= 0 ? 'now' : `in ${shortSpan(seconds)}`;
}

/** "1 Dec 2026 10:00 UTC (3m ago)"; "never" when there is no date. */
export function dateAndAge(at: Instant, now: Date | number): string {
	const then = epochMs(at);
	if (!Number.isFinite(then)) {
		return at === undefined || at === '' ? 'never' : String(at);
	}

	return `${formatUtcDate(new Date(then))} (${timeAgo(then, now)})`;
}

interface RunDates {
	lastSuccess?: string;
	lastError?: string;
}

/** Epoch ms of the latest run end, success or failure; -Infinity when the job never ran. */
export function lastRunAt(job: RunDates | undefined): number {
	const values = [job?.lastSuccess, job?.lastError].map(epochMs).filter(value => Number.isFinite(value));
	return values.length > 0 ? Math.max(...values) : Number.NEGATIVE_INFINITY;
}

/** "✓ 3m ago" or "✗ 2h ago" for the latest run end, marked with how it ended; "never" when it never ran. */
export function lastRunText(job: RunDates, now: Date | number): string {
	const success = epochMs(job.lastSuccess);
	const error = epochMs(job.lastError);
	if (!Number.isFinite(success) && !Number.isFinite(error)) {
		return 'never';
	}

	return !Number.isFinite(error) || success >= error ? `✓ ${timeAgo(success, now)}` : `✗ ${timeAgo(error, now)}`;
}

function rounded(value: number): string {
	return String(value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}

/** A length of time given in milliseconds (as Chronos reports run times): "350 ms", "9 s", "12 min", "1.5 h". */
export function durationFromMilliseconds(milliseconds: number | undefined): string {
	if (milliseconds === undefined || !Number.isFinite(milliseconds)) {
		return '–';
	}

	if (milliseconds < 1000) {
		return `${Math.round(milliseconds)} ms`;
	}

	const seconds = milliseconds / 1000;
	if (seconds < 90) {
		return `${rounded(seconds)} s`;
	}

	if (seconds < 90 * 60) {
		return `${rounded(seconds / 60)} min`;
	}

	return `${rounded(seconds / 3600)} h`;
}

/** A length of time given in seconds (as a job's `maxCompletionTime`): "45 s", "30 min", "2 h". */
export function durationFromSeconds(seconds: number): string {
	return durationFromMilliseconds(seconds * 1000);
}

const periodUnits: Array<[keyof IsoDuration, string]> = [
	['years', 'y'], ['months', 'mo'], ['weeks', 'w'], ['days', 'd'], ['hours', 'h'], ['minutes', 'm'], ['seconds', 's'],
];

/** A schedule's period at a glance: "2h", "1d", "1w", "1h 30m" (the two largest units). */
export function shortPeriod(period: IsoDuration): string {
	const parts = periodUnits.filter(([unit]) => period[unit]).map(([unit, suffix]) => `${period[unit]}${suffix}`);
	return parts.slice(0, 2).join(' ') || '0s';
}
