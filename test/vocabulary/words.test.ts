// The one vocabulary the dashboard and the commands share: a job reads the same wherever a user looks.
import {describe, expect, it} from 'vitest';
import {
	countStates, dateAndAge, durationFromMilliseconds, durationFromSeconds, lastRunText, resultWord, scheduleBrief,
	formatBytes, stateLabel, stateText, timeAgo, timeUntil, type StateFacts,
} from '../../source/vocabulary/index.js';

function job(change: Partial<StateFacts> = {}): StateFacts {
	return {state: 'idle', status: 'fresh', disabled: false, schedule: 'R1//P1Y', ...change};
}

describe('states', () => {
	it('pairs every state with a symbol and a word', () => {
		expect(stateLabel(job({state: 'running'}))).toMatchObject({symbol: '▶', word: 'running'});
		expect(stateLabel(job({state: '2 running'}))).toMatchObject({symbol: '▶', word: '2 running'});
		expect(stateLabel(job({state: 'queued'}))).toMatchObject({symbol: '…', word: 'queued'});
		expect(stateLabel(job({status: 'failure'}))).toMatchObject({symbol: '✗', word: 'failed'});
		expect(stateLabel(job({status: 'success', schedule: 'R/2026-11-25T14:00:00.000Z/PT2H'}))).toMatchObject({symbol: '·', word: 'idle'});
		expect(stateLabel(job())).toMatchObject({symbol: '·', word: 'idle'});
	});

	it('a run-once job that has run reads as finished, not as paused', () => {
		// What Chronos leaves behind after an R1 job succeeds: R0 and disabled.
		const done = job({status: 'success', disabled: true, schedule: 'R0/2026-11-25T09:00:00.000Z/P1Y'});
		expect(stateText(done)).toBe('✓ finished');
		expect(stateText(job({status: 'failure', schedule: 'R0/2026-11-25T09:00:00.000Z/P1Y'}))).toBe('✗ failed');
	});

	it('a disabled job that still has runs left reads as disabled', () => {
		expect(stateText(job({disabled: true, status: 'success', schedule: 'R5/2026-11-28T00:00:00.000Z/PT12H'}))).toBe('⏸ disabled');
		expect(stateText(job({disabled: true, schedule: ''}))).toBe('⏸ disabled');
	});

	it('words the last result as the state does', () => {
		expect([resultWord('success'), resultWord('failure'), resultWord('fresh')]).toEqual(['succeeded', 'failed', 'never ran']);
	});

	it('counts running, queued, failed and resting jobs', () => {
		const jobs = [job({state: 'running'}), job({state: 'queued'}), job({status: 'failure'}), job({disabled: true}), job()];
		expect(countStates(jobs)).toEqual({running: 1, queued: 1, failed: 1, idle: 2});
	});
});

describe('schedules', () => {
	const now = Date.parse('2026-11-25T12:00:00Z');
	const brief = (schedule: string, change: Partial<StateFacts & {parents: string[]}> = {}) =>
		scheduleBrief({state: 'idle', disabled: false, parents: [], schedule, ...change}, now);

	it.each([
		['R1//P1Y', 'once, now'],
		['R1/2026-11-25T15:00:00Z/P1Y', 'once, in 3h'],
		['R/2026-11-25T14:00:00.000Z/PT2H', 'every 2h, next in 2h'],
		['R8/2026-11-25T15:42:07.275Z/PT6H', 'every 6h ×8, next in 3h'],
		['R/2026-11-25T00:30:00Z/PT1H30M', 'every 1h 30m, next in 30m'],
		['R0/2026-11-25T09:00:00.000Z/P1Y', 'no more runs'],
		['not a schedule', 'not a schedule'],
	])('%s reads as %s', (schedule, expected) => {
		expect(brief(schedule)).toBe(expected);
	});

	it('names the parents of a dependent job', () => {
		expect(brief('', {parents: ['a', 'b']})).toBe('after a, b');
	});

	it('a running last run does not read as a run that happened "now"', () => {
		const text = brief('R0/2026-11-25T09:00:00.000Z/P1Y', {state: 'running'});
		expect(text).toBe('none after this run');
	});

	it('a disabled job with runs left names no next run', () => {
		expect(brief('R5/2026-11-28T00:00:00.000Z/PT12H', {disabled: true})).toBe('every 12h ×5, disabled');
		expect(brief('R0/2026-11-25T09:00:00.000Z/P1Y', {disabled: true})).toBe('no more runs');
	});
});

describe('times and durations', () => {
	const now = Date.parse('2026-11-25T12:00:00Z');

	it('says how long ago and how long until in the largest whole unit', () => {
		expect(timeAgo('2026-11-25T11:57:00Z', now)).toBe('3m ago');
		expect(timeAgo(new Date('2026-11-23T12:00:00Z'), new Date(now))).toBe('2d ago');
		expect(timeAgo('', now)).toBe('');
		expect(timeUntil(now + 2 * 3_600_000, now)).toBe('in 2h');
		expect(dateAndAge('2026-11-25T11:57:00Z', now)).toBe('25 Nov 2026 11:57 UTC (3m ago)');
		expect(dateAndAge(undefined, now)).toBe('never');
	});

	it('marks the last run with how it ended', () => {
		expect(lastRunText({lastSuccess: '2026-11-25T11:00:00Z', lastError: '2026-11-25T10:00:00Z'}, now)).toBe('✓ 1h ago');
		expect(lastRunText({lastSuccess: '', lastError: '2026-11-25T11:30:00Z'}, now)).toBe('✗ 30m ago');
		expect(lastRunText({}, now)).toBe('never');
	});

	it('reads run times in milliseconds, as Chronos reports them', () => {
		expect(durationFromMilliseconds(9000)).toBe('9 s');
		expect(durationFromMilliseconds(350)).toBe('350 ms');
		expect(durationFromMilliseconds(2500)).toBe('2.5 s');
		expect(durationFromMilliseconds(12 * 60_000)).toBe('12 min');
		expect(durationFromMilliseconds(5_400_000)).toBe('1.5 h');
		expect(durationFromMilliseconds(undefined)).toBe('–');
		expect(durationFromSeconds(3600)).toBe('60 min');
	});
});

describe('file sizes', () => {
	it('reads as people read them, in powers of 1024', () => {
		expect([0, 812, 14 * 1024, 3.2 * 1024 * 1024, 1.5 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '812 B', '14 KB', '3.2 MB', '1.5 GB']);
	});
});
