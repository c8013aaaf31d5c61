// Small formatters shared by `list` and `show`, so both describe times and states in the same words.
import {parseSchedule, type IsoDuration} from '../jobs/schedule.js';
import type {ChronosJob, JobStatus} from '../jobs/types.js';
import type {Palette} from './io.js';

/** The most recent run, success or failure, as a Date; undefined when the job never ran. */
export function lastRun(job: Pick<ChronosJob, 'lastSuccess' | 'lastError'>): Date | undefined {
	const times = [job.lastSuccess, job.lastError]
		.filter((text): text is string => Boolean(text))
		.map((text) => new Date(text))
		.filter((date) => !Number.isNaN(date.getTime()));
	if (times.length === 0) {
		return undefined;
	}

	return new Date(Math.max(...times.map((date) => date.getTime())));
}

/** '45s ago', '12m ago', '3h ago', '5d ago', or 'in 2h' for a future date. */
export function relativeTime(date: Date, now: Date): string {
	const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
	const magnitude = Math.abs(seconds);
	const amount =
		magnitude < 60
			? `${magnitude}s`
			: magnitude < 3600
				? `${Math.floor(magnitude / 60)}m`
				: magnitude < 86_400
					? `${Math.floor(magnitude / 3600)}h`
					: `${Math.floor(magnitude / 86_400)}d`;
	return seconds >= 0 ? `${amount} ago` : `in ${amount}`;
}

/** '2026-12-01 10:00:00 UTC': unambiguous for users in any time zone, and what Chronos itself stores. */
export function formatUtc(date: Date): string {
	return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const shortUnits: Array<[keyof IsoDuration, string]> = [
	['years', 'y'],
	['months', 'mo'],
	['weeks', 'w'],
	['days', 'd'],
	['hours', 'h'],
	['minutes', 'm'],
	['seconds', 's'],
];

/** '1d', '2h30m', '1mo': a period at a glance. */
export function shortDuration(d: IsoDuration): string {
	return shortUnits.map(([unit, suffix]) => (d[unit] ? `${d[unit]}${suffix}` : '')).join('') || '0s';
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '28 Nov 11:42' this year, '1 Jan 2030 02:00' otherwise (UTC, like Chronos). */
export function shortDate(date: Date, now: Date): string {
	const time = date.toISOString().slice(11, 16);
	const year = date.getUTCFullYear() === now.getUTCFullYear() ? '' : ` ${date.getUTCFullYear()}`;
	return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]}${year} ${time}`;
}

/**
 * A stored schedule in a few words for a table: 'once, now', 'once at 28 Nov 11:42', '8x every 1h',
 * 'every 1d', 'no runs left'. `show` gives the start, the next runs and the rest.
 */
export function scheduleBrief(schedule: string, now: Date): string {
	const parsed = parseSchedule(schedule);
	if (!parsed.ok) {
		return schedule;
	}

	const {repetitions, start, period} = parsed.schedule;
	if (repetitions === 0) {
		return 'no runs left';
	}

	if (repetitions === 1) {
		return start && start > now ? `once at ${shortDate(start, now)}` : 'once, now';
	}

	return `${repetitions === null ? '' : `${repetitions}x `}every ${shortDuration(period)}`;
}

export function colorStatus(text: string, status: JobStatus | string, palette: Palette): string {
	if (status === 'failure') {
		return palette.red(text);
	}

	if (status === 'success') {
		return palette.green(text);
	}

	return palette.dim(text);
}

export function colorState(text: string, state: string, palette: Palette): string {
	if (state.includes('running')) {
		return palette.cyan(text);
	}

	if (state === 'queued') {
		return palette.yellow(text);
	}

	return text;
}
