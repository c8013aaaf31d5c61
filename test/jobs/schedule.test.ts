import {describe, test, expect} from 'vitest';
import {
	addDuration,
	describeSchedule,
	durationIsZero,
	formatIsoDuration,
	formatSchedule,
	nextRuns,
	parseIsoDuration,
	parseSchedule,
	type ParsedSchedule,
} from '../../source/jobs/schedule.js';

function parsed(text: string): ParsedSchedule {
	const result = parseSchedule(text);
	if (!result.ok) {
		throw new Error(`expected '${text}' to parse, got: ${result.message}`);
	}
	return result.schedule;
}

function failure(text: string): string {
	const result = parseSchedule(text);
	if (result.ok) {
		throw new Error(`expected '${text}' to be refused`);
	}
	return result.message;
}

describe('parseSchedule', () => {
	test('R1//P1Y is once, now (the guide default)', () => {
		const schedule = parsed('R1//P1Y');
		expect(schedule.repetitions).toBe(1);
		expect(schedule.start).toBeNull();
		expect(schedule.period).toEqual({years: 1, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0});
	});

	test('an empty count means forever', () => {
		expect(parsed('R/2026-12-01T10:00:00Z/PT2H').repetitions).toBeNull();
	});

	test('a start date with a zone offset becomes the same instant in UTC', () => {
		expect(parsed('R5/2026-12-01T12:00:00+02:00/PT2H').start?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
		expect(parsed('R5/2026-12-01T10:00Z/PT2H').start?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
		expect(parsed('R5/2026-12-01/P1D').start?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
		expect(parsed('R5/2026-12-01T10:00:00.250Z/P1D').start?.toISOString()).toBe('2026-12-01T10:00:00.250Z');
	});

	test('surrounding spaces are forgiven', () => {
		expect(parsed('  R1//P1Y ').repetitions).toBe(1);
	});

	test('an empty schedule says how to run once', () => {
		expect(failure('')).toMatch(/empty.*R1\/\/P1Y/);
	});

	test('a schedule without three parts shows the shape and an example', () => {
		expect(failure('every day')).toMatch(/three parts.*R<times>\/<start>\/<period>/);
		expect(failure('R1/P1Y')).toMatch(/three parts/);
	});

	test('a bad repetition count says how to write one', () => {
		expect(failure('X5//P1D')).toMatch(/'X5' is not a repetition count.*R alone to repeat forever/);
		expect(failure('r5//P1D')).toMatch(/capital R: 'R5'/);
		expect(failure('R-1//P1D')).toMatch(/not a repetition count/);
	});

	test('impossible dates are refused with the reason', () => {
		expect(failure('R1/2026-13-01T00:00:00Z/P1D')).toMatch(/month 13/);
		expect(failure('R1/2026-02-30T00:00:00Z/P1D')).toMatch(/day 30/);
		expect(failure('R1/2026-02-01T25:00:00Z/P1D')).toMatch(/time of day/);
		expect(failure('R1/tomorrow/P1D')).toMatch(/'tomorrow' is not a date.*2026-12-01T10:00:00Z/);
	});

	test('a start before 1970 is refused like Chronos does', () => {
		expect(failure('R1/1969-12-31T23:59:59Z/P1D')).toMatch(/before 1970/);
		expect(parsed('R1/1970-01-01T00:00:00Z/P1D').start?.getTime()).toBe(0);
	});

	test('a bad or zero period is refused with examples', () => {
		expect(failure('R1//1D')).toMatch(/'1D' is not an ISO 8601 duration.*P1D/);
		expect(failure('R1//P1X')).toMatch(/not an ISO 8601 duration/);
		expect(failure('R1//pt1h')).toMatch(/capitals/);
		expect(failure('R/2026-12-01T10:00:00Z/PT0S')).toMatch(/period 'PT0S' is zero/);
		expect(failure('R1//P')).toMatch(/not an ISO 8601 duration/);
		expect(failure('R1//PT')).toMatch(/not an ISO 8601 duration/);
	});
});

describe('durations', () => {
	test('parse and format round-trip', () => {
		for (const text of ['P1Y', 'PT2H', 'P1DT12H', 'P2W', 'P1Y2M3W4DT5H6M7S', 'PT0.5S', 'PT30M']) {
			const duration = parseIsoDuration(text);
			expect(duration, text).toBeDefined();
			expect(formatIsoDuration(duration!)).toBe(text);
		}
	});

	test('the minutes after T are not months', () => {
		expect(parseIsoDuration('PT5M')).toMatchObject({months: 0, minutes: 5});
		expect(parseIsoDuration('P5M')).toMatchObject({months: 5, minutes: 0});
	});

	test('zero is recognised and formatted as PT0S', () => {
		const zero = parseIsoDuration('P0D')!;
		expect(durationIsZero(zero)).toBe(true);
		expect(formatIsoDuration(zero)).toBe('PT0S');
	});

	test('adding months clamps to the end of the month', () => {
		const jan31 = new Date('2026-01-31T10:00:00Z');
		expect(addDuration(jan31, parseIsoDuration('P1M')!).toISOString()).toBe('2026-02-28T10:00:00.000Z');
		expect(addDuration(jan31, parseIsoDuration('P1M')!, 3).toISOString()).toBe('2026-04-30T10:00:00.000Z');
		expect(addDuration(new Date('2028-02-29T00:00:00Z'), parseIsoDuration('P1Y')!).toISOString()).toBe('2029-02-28T00:00:00.000Z');
	});

	test('adding hours and days several times', () => {
		const start = new Date('2026-12-01T10:00:00Z');
		expect(addDuration(start, parseIsoDuration('PT2H')!, 5).toISOString()).toBe('2026-12-01T20:00:00.000Z');
		expect(addDuration(start, parseIsoDuration('P1DT1H')!, 2).toISOString()).toBe('2026-12-03T12:00:00.000Z');
	});
});

describe('formatSchedule', () => {
	test('writes the canonical form Chronos stores', () => {
		expect(formatSchedule(parsed('R5/2026-12-01T10:00:00Z/PT2H'))).toBe('R5/2026-12-01T10:00:00.000Z/PT2H');
		expect(formatSchedule(parsed('R1//P1Y'))).toBe('R1//P1Y');
		expect(formatSchedule(parsed('R/2026-12-01T12:00+02:00/P1D'))).toBe('R/2026-12-01T10:00:00.000Z/P1D');
	});
});

describe('describeSchedule', () => {
	test('says in plain words when the job runs', () => {
		expect(describeSchedule(parsed('R1//P1Y'))).toBe('once, as soon as possible');
		expect(describeSchedule(parsed('R1/2026-12-01T10:00:00Z/P1Y'))).toBe('once, at 1 Dec 2026 10:00 UTC');
		expect(describeSchedule(parsed('R5/2026-12-01T10:00:00Z/PT2H'))).toBe('every 2 hours, 5 times, from 1 Dec 2026 10:00 UTC');
		expect(describeSchedule(parsed('R//P1D'))).toBe('every day, forever, starting now');
		expect(describeSchedule(parsed('R3//P1DT12H'))).toBe('every 1 day and 12 hours, 3 times, starting now');
		expect(describeSchedule(parsed('R0/2026-12-01T10:00:00Z/P1D'))).toMatch(/never/);
	});
});

describe('nextRuns', () => {
	const now = new Date('2026-11-25T12:00:00Z');

	test('an empty start runs now', () => {
		expect(nextRuns(parsed('R1//P1Y'), 3, now)).toEqual([now]);
	});

	test('a future start lists runs one period apart, no more than the repetitions', () => {
		const runs = nextRuns(parsed('R3/2026-12-01T10:00:00Z/PT2H'), 5, now).map((date) => date.toISOString());
		expect(runs).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-01T14:00:00.000Z']);
	});

	test('forever stops at the count asked for', () => {
		expect(nextRuns(parsed('R/2026-12-01T10:00:00Z/P1D'), 4, now)).toHaveLength(4);
	});

	test('a past start skips the runs already missed', () => {
		const runs = nextRuns(parsed('R/2020-01-01T00:00:00Z/P1D'), 2, now).map((date) => date.toISOString());
		expect(runs).toEqual(['2026-11-26T00:00:00.000Z', '2026-11-27T00:00:00.000Z']);
	});

	test('a past start with all repetitions used up has no runs left', () => {
		expect(nextRuns(parsed('R3/2026-11-01T00:00:00Z/P1D'), 5, now)).toEqual([]);
		expect(nextRuns(parsed('R0//P1D'), 5, now)).toEqual([]);
	});

	test('monthly runs keep to the calendar', () => {
		const runs = nextRuns(parsed('R/2026-01-31T08:00:00Z/P1M'), 2, now).map((date) => date.toISOString());
		expect(runs).toEqual(['2026-11-30T08:00:00.000Z', '2026-12-31T08:00:00.000Z']);
	});
});
