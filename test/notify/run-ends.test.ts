import {describe, expect, it} from 'vitest';
import {RunEndWatch, type WatchedJob} from '../../source/notify/run-ends.js';

/** `dates` null: the full job has not been read yet, only the summary. */
const job = (state: string, status: string, dates: {lastSuccess?: string; lastError?: string} | null = {}): WatchedJob => ({
	name: 'alice-train',
	state,
	status,
	...(dates ? {job: dates} : {}),
});

describe('RunEndWatch', () => {
	it('tells once when a watched job goes from running back to rest, with how it ended', () => {
		const watch = new RunEndWatch();
		watch.watch(job('idle', 'fresh'), 'alice-train');
		expect(watch.update([job('queued', 'fresh')])).toEqual([]);
		expect(watch.update([job('running', 'fresh')])).toEqual([]);
		expect(watch.update([job('idle', 'failure')])).toEqual([{name: 'alice-train', succeeded: false}]);
		// The full job with the new end date comes a poll later: the same run, not a new one.
		expect(watch.update([job('idle', 'failure', {lastError: '2026-12-02T04:00:00Z'})])).toEqual([]);
		expect(watch.update([job('idle', 'failure', {lastError: '2026-12-02T04:00:00Z'})])).toEqual([]);
	});

	it('notices a run too short to be seen running by its end date, once it was started from here', () => {
		const watch = new RunEndWatch();
		watch.expectRun(job('idle', 'failure', {lastError: '2026-12-02T04:00:00Z'}), 'alice-train');
		expect(watch.update([job('idle', 'failure', {lastError: '2026-12-02T04:00:00Z'})])).toEqual([]);
		expect(watch.update([job('idle', 'success', {lastError: '2026-12-02T04:00:00Z', lastSuccess: '2026-12-02T04:05:00Z'})]))
			.toEqual([{name: 'alice-train', succeeded: true}]);
	});

	it('takes the first dates of a job it had not read yet as a starting point, not as a run that ended', () => {
		const watch = new RunEndWatch();
		watch.watch(job('idle', 'success', null), 'alice-train');
		expect(watch.update([job('idle', 'success', {lastSuccess: '2026-12-01T10:00:00Z'})])).toEqual([]);
		expect(watch.update([job('idle', 'success', {lastSuccess: '2026-12-02T10:00:00Z'})])).toEqual([{name: 'alice-train', succeeded: true}]);
	});

	it('says nothing about jobs it does not watch, or no longer watches', () => {
		const watch = new RunEndWatch();
		watch.update([job('running', 'fresh')]);
		expect(watch.update([job('idle', 'success')])).toEqual([]);
		watch.watch(job('running', 'fresh'), 'alice-train');
		watch.unwatch('alice-train');
		expect(watch.isWatched('alice-train')).toBe(false);
		expect(watch.update([job('idle', 'success')])).toEqual([]);
	});

	it('tells each run of a repeating job', () => {
		const watch = new RunEndWatch();
		watch.watch(job('running', 'fresh'), 'alice-train');
		expect(watch.update([job('idle', 'success', {lastSuccess: '2026-12-02T01:00:00Z'})])).toHaveLength(1);
		expect(watch.update([job('running', 'success', {lastSuccess: '2026-12-02T01:00:00Z'})])).toEqual([]);
		expect(watch.update([job('idle', 'success', {lastSuccess: '2026-12-02T02:00:00Z'})])).toHaveLength(1);
	});
});
