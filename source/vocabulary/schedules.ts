// A job's schedule in a few words for a list: how often, and when next. `show` and the details view spell
// the whole schedule out with describeSchedule; this is the glance.
import {nextRuns, parseSchedule} from '../jobs/schedule.js';
import type {StateFacts} from './states.js';
import {shortPeriod, timeUntil} from './times.js';

export interface ScheduleFacts extends Pick<StateFacts, 'disabled' | 'state'> {
	schedule: string;
	parents: readonly string[];
}

/**
 * "after a, b" for a dependent job; "once, in 3h", "every 2h ×5, next in 2h", "no more runs"; a disabled
 * job says so instead of naming a next run it will not have.
 */
export function scheduleBrief(job: ScheduleFacts, now: Date | number): string {
	if (job.parents.length > 0) {
		return `after ${job.parents.join(', ')}`;
	}

	if (!job.schedule) {
		return '';
	}

	const parsed = parseSchedule(job.schedule);
	if (!parsed.ok) {
		return job.schedule;
	}

	const {schedule} = parsed;
	if (schedule.repetitions === 0) {
		// Chronos counts a run down when it launches, so the last run of a job is already at R0 while it goes.
		return /running|queued/.test(job.state) ? 'none after this run' : 'no more runs';
	}

	const how = schedule.repetitions === 1
		? 'once'
		: `every ${shortPeriod(schedule.period)}${schedule.repetitions === null ? '' : ` ×${schedule.repetitions}`}`;
	if (job.disabled) {
		return `${how}, disabled`;
	}

	const next = nextRuns(schedule, 1, new Date(now))[0];
	const when = next ? timeUntil(next, now) : 'now';
	return schedule.repetitions === 1 ? `once, ${when}` : `${how}, next ${when}`;
}
