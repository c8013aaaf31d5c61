// The order and refusals of a submission, worked out before anything is sent.
import {describe, expect, test} from 'vitest';
import {parentsFirst, planSubmission} from '../../source/commands/submit-plan.js';
import type {ChronosJob} from '../../source/jobs/types.js';

const scheduled = (name: string): ChronosJob => ({name, command: 'true', schedule: 'R1//P1Y'});
const dependent = (name: string, ...parents: string[]): ChronosJob => ({name, command: 'true', parents});

describe('parentsFirst', () => {
	test('parents come before children, otherwise the file order stays', () => {
		const ordered = parentsFirst([dependent('c', 'b'), scheduled('x'), dependent('b', 'a'), scheduled('a')]);
		expect(ordered.ok && ordered.jobs.map((job) => job.name)).toEqual(['a', 'b', 'c', 'x']);
	});

	test('a circle is found and named', () => {
		const ordered = parentsFirst([dependent('a', 'c'), dependent('b', 'a'), dependent('c', 'b')]);
		expect(ordered).toEqual({ok: false, cycle: ['a', 'c', 'b', 'a']});
	});
});

describe('planSubmission', () => {
	test('marks replacements when overwriting', () => {
		const plan = planSubmission([scheduled('a'), dependent('b', 'a')], new Set(['a']), {overwrite: true});
		expect(plan).toEqual({
			ok: true,
			steps: [
				{job: scheduled('a'), replaces: true},
				{job: dependent('b', 'a'), replaces: false},
			],
		});
	});

	test('refuses every collision and every unknown parent at once', () => {
		const plan = planSubmission([scheduled('a'), scheduled('b'), dependent('c', 'ghost')], new Set(['a', 'b']), {overwrite: false});
		expect(plan.ok).toBe(false);
		expect(!plan.ok && plan.refusals).toEqual([
			'a already exists on Chronos: submitting would replace it and reset its history (pass --overwrite to replace it)',
			'b already exists on Chronos: submitting would replace it and reset its history (pass --overwrite to replace it)',
			"c: parent 'ghost' is neither on Chronos nor in this submission (Chronos would accept the job, then silently drop it)",
		]);
	});

	test('refuses jobs that wait for each other', () => {
		const plan = planSubmission([dependent('a', 'b'), dependent('b', 'a')], new Set(), {overwrite: false});
		expect(!plan.ok && plan.refusals[0]).toContain('depend on each other in a circle');
	});
});
