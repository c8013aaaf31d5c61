// How the emulator reads and rewrites `R{n}/{start}/{period}` the way Chronos does, on top of the shared parser.
import {addDuration, durationIsZero, formatSchedule, parseSchedule} from '../jobs/schedule.js';

/** Chronos skips runs it missed by more than its task epsilon instead of catching up on all of them. */
const missedRunLimit = 10_000;

/**
 * The stored form of a submitted schedule: empty start becomes now, the date gets milliseconds and `Z`.
 * undefined when Chronos would refuse it (unparsable, or a start before 1970).
 */
export function normaliseSchedule(text: string, now: number): string | undefined {
	const parsed = parseSchedule(text);
	if (!parsed.ok) {
		return undefined;
	}
	const start = parsed.schedule.start ?? new Date(now);
	if (Number.isNaN(start.getTime()) || start.getTime() < 0) {
		return undefined;
	}
	return formatSchedule({...parsed.schedule, start});
}

/** When a stored schedule next wants to run; undefined when it has no runs left. */
export function nextDueAt(schedule: string): number | undefined {
	// Stored schedules are already normalised: read them without the full parser, which matters at 10,000 jobs.
	const stored = /^R(\d*)\/(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\/P/.exec(schedule);
	if (stored) {
		return stored[1] === '0' ? undefined : Date.parse(stored[2]!);
	}
	const parsed = parseSchedule(schedule);
	if (!parsed.ok || parsed.schedule.repetitions === 0) {
		return undefined;
	}
	return (parsed.schedule.start ?? new Date(0)).getTime();
}

/** Runs left: null means forever. */
export function repetitionsLeft(schedule: string): number | null {
	const parsed = parseSchedule(schedule);
	return parsed.ok ? parsed.schedule.repetitions : 0;
}

/**
 * What a launch does to the schedule: one repetition fewer (never below 0) and the start one period later,
 * skipping periods already in the past so a job that missed many runs does not run them all at once.
 */
export function advanceSchedule(schedule: string, now: number): string {
	const parsed = parseSchedule(schedule);
	if (!parsed.ok) {
		return schedule;
	}
	const {repetitions, period} = parsed.schedule;
	let start = parsed.schedule.start ?? new Date(now);
	if (!durationIsZero(period)) {
		start = addDuration(start, period);
		for (let skipped = 0; start.getTime() <= now && skipped < missedRunLimit; skipped++) {
			start = addDuration(start, period);
		}
	}
	return formatSchedule({repetitions: repetitions === null ? null : Math.max(0, repetitions - 1), start, period});
}
