// When a job runs: on a schedule, or after its parents succeed, never both.
import type {JobProblem} from './types.js';
import {describeSchedule, formatUtcDate, nextRuns, parseIsoDuration, parseSchedule} from './schedule.js';
import {chronosNamePattern} from './name.js';
import {error, expected, warning} from './problems.js';

export interface ParentsContext {
	existingJobNames?: ReadonlySet<string>;
}

export function checkSchedule(text: unknown, now: Date = new Date()): JobProblem[] {
	if (text === undefined) {
		return [];
	}
	if (typeof text !== 'string') {
		return [expected('schedule', "a string like 'R1//P1Y'", text)];
	}
	const parsed = parseSchedule(text);
	if (!parsed.ok) {
		return [error('schedule', parsed.message)];
	}
	const {schedule} = parsed;
	if (schedule.repetitions === 0) {
		return [warning('schedule', "R0 means the job never runs: write R1 to run it once, or R alone to repeat forever")];
	}
	if (schedule.start && schedule.start < now) {
		const [next] = nextRuns(schedule, 1, now);
		const when = `${describeSchedule(schedule)}, which is in the past`;
		return [
			warning(
				'schedule',
				next
					? `${when}: Chronos skips the runs already missed; the next run is ${formatUtcDate(next)}`
					: `${when}: every run is already missed, so the job will not run (leave the start empty to run now)`,
			),
		];
	}
	return [];
}

export function checkParents(parents: unknown, ctx: ParentsContext, jobName?: string): JobProblem[] {
	if (parents === undefined) {
		return [];
	}
	if (!Array.isArray(parents) || !parents.every((parent) => typeof parent === 'string')) {
		return [expected('parents', 'a list of job names', parents)];
	}
	if (parents.length === 0) {
		return [error('parents', 'a dependent job needs at least one parent job')];
	}
	const problems: JobProblem[] = [];
	const seen = new Set<string>();
	for (const [index, parent] of (parents as string[]).entries()) {
		const path = `parents.${index}`;
		if (!chronosNamePattern.test(parent)) {
			problems.push(error(path, `'${parent}' cannot be a job name: Chronos names use only letters, digits, '-', '_' and '.'`));
		} else if (parent === jobName) {
			problems.push(error(path, `a job cannot depend on itself ('${parent}')`));
		} else if (seen.has(parent)) {
			problems.push(warning(path, `'${parent}' is listed twice`));
		} else if (ctx.existingJobNames && !ctx.existingJobNames.has(parent)) {
			problems.push(
				error(path, `there is no job named '${parent}': Chronos would accept this job and then silently drop it`),
			);
		}
		seen.add(parent);
	}
	return problems;
}

/** The rules that tie schedule, parents, time zone and epsilon together. */
export function checkTiming(job: Record<string, unknown>, ctx: ParentsContext, now: Date): JobProblem[] {
	const {schedule, parents, scheduleTimeZone, epsilon} = job;
	const hasParents = Array.isArray(parents) && parents.length > 0;
	const problems: JobProblem[] = [...checkSchedule(schedule, now)];
	if (schedule !== undefined && hasParents) {
		problems.push(error('parents', 'a job runs either on a schedule or after its parents, not both: remove schedule or parents'));
	}
	if (schedule === undefined && parents === undefined) {
		problems.push(
			warning('schedule', "no schedule and no parents: Chronos reads that as R1/<now>/PT24H, once, now; write 'R1//P1Y' to say so, or give parents to make it wait for other jobs"),
		);
	}
	if (schedule === undefined || hasParents) {
		problems.push(...checkParents(parents, ctx, typeof job.name === 'string' ? job.name : undefined));
	}
	if (scheduleTimeZone !== undefined) {
		if (typeof scheduleTimeZone !== 'string') {
			problems.push(expected('scheduleTimeZone', "a time zone name like 'Europe/Rome'", scheduleTimeZone));
		} else if (scheduleTimeZone !== '' && !isTimeZone(scheduleTimeZone)) {
			problems.push(
				error('scheduleTimeZone', `'${scheduleTimeZone}' is not a time zone name (e.g. Europe/Rome, UTC): Chronos would quietly use GMT`),
			);
		} else if (scheduleTimeZone !== '' && hasParents) {
			problems.push(warning('scheduleTimeZone', 'a dependent job has no schedule, so its time zone is ignored'));
		}
	}
	if (epsilon !== undefined) {
		if (typeof epsilon !== 'string' || !parseIsoDuration(epsilon)) {
			problems.push(error('epsilon', `expected an ISO 8601 duration like PT1M, got ${JSON.stringify(epsilon)}`));
		} else {
			problems.push(warning('epsilon', 'only Chronos 2.x reads epsilon; 3.x ignores it and uses the server-wide setting'));
		}
	}
	return problems;
}

function isTimeZone(name: string): boolean {
	try {
		new Intl.DateTimeFormat('en', {timeZone: name});
		return true;
	} catch {
		return false;
	}
}
