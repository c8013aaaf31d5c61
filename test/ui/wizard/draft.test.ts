// The draft model without a screen: words to schedules, and a job that goes through the wizard unchanged
// keeps every field, including those the wizard has no screen for.
import {describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {draftFromJob} from '../../../source/ui/wizard/draft.js';
import {draftToInput} from '../../../source/ui/wizard/draft-input.js';
import {draftSchedule, periodFromWords, startFromWords} from '../../../source/ui/wizard/schedule-words.js';

describe('schedules from simple words', () => {
	test.each([
		['30m', 'PT30M'],
		['2h', 'PT2H'],
		['1 day', 'P1D'],
		['2w', 'P2W'],
		['3 months', 'P3M'],
		['PT6H', 'PT6H'],
		['soon', 'SOON'],
	])('every %s → %s', (words, period) => {
		expect(periodFromWords(words)).toBe(period);
	});

	test('a start in plain date and time is UTC; an impossible date is passed on for the check to explain', () => {
		expect(startFromWords('2026-12-01 10:00')).toBe('2026-12-01T10:00:00.000Z');
		expect(startFromWords('2026-12-01T10:00+01:00')).toBe('2026-12-01T09:00:00.000Z');
		expect(startFromWords('now')).toBe('');
		expect(startFromWords('2026-02-30 10:00')).toBe('2026-02-30T10:00Z');
	});
});

describe('a job through the draft and back', () => {
	const job: ChronosJob = {
		name: 'rosa-train',
		command: 'python3 train.py',
		shell: false,
		arguments: ['--epochs', '3'],
		retries: 1,
		cpus: 2,
		mem: 4096,
		disk: 100,
		gpus: 2,
		environmentVariables: [{name: 'A', value: '1'}],
		runAsUser: 'rosa',
		owner: 'rosa@example.org',
		ownerName: 'Rosa',
		container: {type: 'DOCKER', image: 'registry/x:1', forcePullImage: true, volumes: [{containerPath: '/data', hostPath: '/lustre/rosa', mode: 'RO'}]},
		schedule: 'R3/2026-12-01T10:00:00.000Z/PT12H',
		highPriority: true,
		scheduleTimeZone: 'Europe/Rome',
		constraints: [['rack', 'EQUALS', 'a']],
		description: 'd',
	};

	test('keeps every field, those without a screen included', () => {
		const draft = draftFromJob(job, 'test');
		expect(draft.kind).toBe('schedule');
		expect(draftSchedule(draft)).toBe(job.schedule);
		expect(draftToInput(draft, 'rosa', 'mesos')).toEqual(job);
	});

	test('a dependent job has parents and no schedule', () => {
		const {schedule: _schedule, ...dependent} = {...job, parents: ['rosa-prepare']};
		const input = draftToInput(draftFromJob(dependent, 'test'), 'rosa', 'mesos');
		expect(input['parents']).toEqual(['rosa-prepare']);
		expect(input).not.toHaveProperty('schedule');
	});
});
