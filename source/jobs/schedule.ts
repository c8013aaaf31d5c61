// Chronos schedules: `R{n}/{start}/{period}` (ISO 8601 repeating intervals), read the way the server reads
// them (Iso8601Expressions.scala): empty n = forever, empty start = now, period an ISO 8601 duration.

export interface IsoDuration {
	years: number;
	months: number;
	weeks: number;
	days: number;
	hours: number;
	minutes: number;
	seconds: number;
}

export interface ParsedSchedule {
	/** null = forever. */
	repetitions: number | null;
	/** null = now. */
	start: Date | null;
	period: IsoDuration;
}

export type ScheduleResult = {ok: true; schedule: ParsedSchedule} | {ok: false; message: string};

const durationUnits = [
	['years', 'Y', 'year'],
	['months', 'M', 'month'],
	['weeks', 'W', 'week'],
	['days', 'D', 'day'],
	['hours', 'H', 'hour'],
	['minutes', 'M', 'minute'],
	['seconds', 'S', 'second'],
] as const satisfies ReadonlyArray<readonly [keyof IsoDuration, string, string]>;

const msPer = {weeks: 7 * 86_400_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000};

// Joda's ISOPeriodFormat.standard(): whole numbers everywhere, a fraction only on seconds.
const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

export function parseIsoDuration(text: string): IsoDuration | undefined {
	const match = durationPattern.exec(text);
	if (!match || text === 'P' || text.endsWith('T')) {
		return undefined;
	}
	const [, years, months, weeks, days, hours, minutes, seconds] = match;
	const number = (part: string | undefined): number => (part ? Number(part.replace(',', '.')) : 0);
	return {
		years: number(years),
		months: number(months),
		weeks: number(weeks),
		days: number(days),
		hours: number(hours),
		minutes: number(minutes),
		seconds: number(seconds),
	};
}

export function formatIsoDuration(d: IsoDuration): string {
	const part = (value: number, letter: string) => (value ? `${value}${letter}` : '');
	const datePart = part(d.years, 'Y') + part(d.months, 'M') + part(d.weeks, 'W') + part(d.days, 'D');
	const timePart = part(d.hours, 'H') + part(d.minutes, 'M') + part(d.seconds, 'S');
	if (!datePart && !timePart) {
		return 'PT0S';
	}
	return `P${datePart}${timePart ? `T${timePart}` : ''}`;
}

export function durationIsZero(d: IsoDuration): boolean {
	return durationUnits.every(([unit]) => d[unit] === 0);
}

function daysInMonth(year: number, monthIndex: number): number {
	return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds `d` to `date` `times` times, in UTC, with calendar months: 31 Jan + 1 month = 28 Feb (as Joda does). */
export function addDuration(date: Date, d: IsoDuration, times = 1): Date {
	const totalMonths = (d.years * 12 + d.months) * times;
	let result = date.getTime();
	if (totalMonths !== 0) {
		const source = new Date(result);
		const monthIndex = source.getUTCMonth() + totalMonths;
		const year = source.getUTCFullYear() + Math.floor(monthIndex / 12);
		const month = ((monthIndex % 12) + 12) % 12;
		const day = Math.min(source.getUTCDate(), daysInMonth(year, month));
		const moved = new Date(source);
		moved.setUTCFullYear(year, month, day);
		result = moved.getTime();
	}
	return new Date(result + fixedMs(d) * times);
}

// ISO 8601 date-times as Joda's dateTimeParser reads them; no zone means UTC.
const dateTimePattern =
	/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Parses an ISO 8601 start date; a message saying what is wrong otherwise. */
export function parseStartDate(text: string): {ok: true; date: Date} | {ok: false; message: string} {
	const example = 'use ISO 8601, e.g. 2026-12-01T10:00:00Z';
	const match = dateTimePattern.exec(text);
	if (!match) {
		return {ok: false, message: `'${text}' is not a date and time: ${example}`};
	}
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
	const values = {
		year: Number(year),
		month: Number(month),
		day: Number(day),
		hour: Number(hour),
		minute: Number(minute),
		second: Number(second),
	};
	if (values.month < 1 || values.month > 12) {
		return {ok: false, message: `'${text}' has month ${month}: months go from 01 to 12`};
	}
	if (values.day < 1 || values.day > daysInMonth(values.year, values.month - 1)) {
		return {ok: false, message: `'${text}' has day ${day}, which that month does not have`};
	}
	if (values.hour > 23 || values.minute > 59 || values.second > 59) {
		return {ok: false, message: `'${text}' has a time of day that does not exist: hours go to 23, minutes and seconds to 59`};
	}
	if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 18 || Number(zone.replace(':', '').slice(3) || '0') > 59)) {
		return {ok: false, message: `'${text}' has an impossible UTC offset ${zone}`};
	}
	const milliseconds = Math.floor(Number(`0.${fraction}`) * 1000);
	const utc = new Date(0);
	utc.setUTCFullYear(values.year, values.month - 1, values.day);
	utc.setUTCHours(values.hour, values.minute, values.second, milliseconds);
	let offsetMinutes = 0;
	if (zone && zone !== 'Z') {
		const digits = zone.replace(':', '');
		const sign = digits.startsWith('-') ? -1 : 1;
		offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3) || '0'));
	}
	return {ok: true, date: new Date(utc.getTime() - offsetMinutes * 60_000)};
}

export function parseSchedule(text: string): ScheduleResult {
	const trimmed = text.trim();
	if (trimmed === '') {
		return {ok: false, message: 'the schedule is empty: write R1//P1Y to run once, now'};
	}
	const parts = trimmed.split('/');
	if (parts.length !== 3) {
		return {
			ok: false,
			message: `'${trimmed}' is not a schedule: write three parts separated by '/', R<times>/<start>/<period>, e.g. R1//P1Y (once, now) or R/2026-12-01T10:00:00Z/P1D (every day from 1 Dec)`,
		};
	}
	const [repeat = '', start = '', period = ''] = parts;
	if (!/^R\d*$/.test(repeat)) {
		const hint = /^r\d*$/.test(repeat) ? ` (write a capital R: '${repeat.toUpperCase()}')` : '';
		return {
			ok: false,
			message: `'${repeat}' is not a repetition count${hint}: write R and a number (R5 = five times), or R alone to repeat forever`,
		};
	}
	const repetitions = repeat.length === 1 ? null : Number(repeat.slice(1));
	if (repetitions !== null && !Number.isSafeInteger(repetitions)) {
		return {ok: false, message: `'${repeat}' repeats too many times: leave the number out (R) to repeat forever`};
	}
	let startDate: Date | null = null;
	if (start !== '') {
		const parsed = parseStartDate(start);
		if (!parsed.ok) {
			return {ok: false, message: `bad start date: ${parsed.message}; or leave it empty to start now`};
		}
		if (parsed.date.getTime() < 0) {
			return {ok: false, message: `the start date ${start} is before 1970, which Chronos refuses`};
		}
		startDate = parsed.date;
	}
	const duration = parseIsoDuration(period);
	if (!duration) {
		const hint = /^p/i.test(period) && period !== period.toUpperCase() ? ' (write it in capitals)' : '';
		return {
			ok: false,
			message: `'${period}' is not an ISO 8601 duration${hint}: write e.g. PT30M (30 minutes), PT2H (2 hours), P1D (1 day), P1W (1 week), P1M (1 month)`,
		};
	}
	if (durationIsZero(duration)) {
		return {ok: false, message: `the period '${period}' is zero: runs must be some time apart, e.g. PT1H or P1D`};
	}
	return {ok: true, schedule: {repetitions, start: startDate, period: duration}};
}

export function formatSchedule(s: ParsedSchedule): string {
	const repeat = s.repetitions === null ? 'R' : `R${s.repetitions}`;
	return `${repeat}/${s.start ? s.start.toISOString() : ''}/${formatIsoDuration(s.period)}`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '1 Dec 2026 10:00 UTC' (seconds only when there are some). */
export function formatUtcDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const seconds = date.getUTCSeconds() === 0 ? '' : `:${pad(date.getUTCSeconds())}`;
	return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds} UTC`;
}

/** 'day', '2 hours', '1 day and 12 hours'. */
export function describeDuration(d: IsoDuration): string {
	const parts = durationUnits
		.filter(([unit]) => d[unit] !== 0)
		.map(([unit, , word]) => `${d[unit]} ${word}${d[unit] === 1 ? '' : 's'}`);
	if (parts.length === 1 && parts[0]?.startsWith('1 ')) {
		return parts[0].slice(2);
	}
	if (parts.length <= 1) {
		return parts[0] ?? '0 seconds';
	}
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The schedule in plain words, for people who do not read ISO 8601. */
export function describeSchedule(s: ParsedSchedule): string {
	const from = s.start ? `from ${formatUtcDate(s.start)}` : 'starting now';
	if (s.repetitions === 0) {
		return 'never again (no runs left)';
	}
	if (s.repetitions === 1) {
		return s.start ? `once, at ${formatUtcDate(s.start)}` : 'once, as soon as possible';
	}
	const times = s.repetitions === null ? 'forever' : `${s.repetitions} times`;
	return `every ${describeDuration(s.period)}, ${times}, ${from}`;
}

function fixedMs(d: IsoDuration): number {
	return d.weeks * msPer.weeks + d.days * msPer.days + d.hours * msPer.hours + d.minutes * msPer.minutes + d.seconds * msPer.seconds;
}

/** Months and years as their average length: good enough to jump near a date, then step exactly. */
function approximateMs(d: IsoDuration): number {
	return (d.years * 365.2425 + d.months * 30.436875) * msPer.days + fixedMs(d);
}

/**
 * The next `count` run times at or after `now`. Runs whose time has passed are skipped and use up
 * repetitions, as Chronos skips missed runs; an empty start means the first run is now.
 */
export function nextRuns(s: ParsedSchedule, count: number, now: Date): Date[] {
	const start = s.start ?? now;
	const total = s.repetitions ?? Number.POSITIVE_INFINITY;
	let index = 0;
	if (start < now && !durationIsZero(s.period)) {
		// Jump close to now first so that a years-old start with a short period costs nothing.
		index = Math.max(0, Math.floor((now.getTime() - start.getTime()) / approximateMs(s.period)) - 2);
		while (addDuration(start, s.period, index) < now) {
			index++;
		}
		while (index > 0 && addDuration(start, s.period, index - 1) >= now) {
			index--;
		}
	}
	const runs: Date[] = [];
	for (; index < total && runs.length < count; index++) {
		runs.push(addDuration(start, s.period, index));
		if (durationIsZero(s.period)) {
			break;
		}
	}
	return runs;
}
