// The words for what a job is doing and how its last run ended. The dashboard and every command use these,
// so a job reads the same wherever a user looks at it. Colour is always paired with a symbol and a word,
// so the words stand alone with NO_COLOR and on a monochrome terminal.
import type {JobState, JobStatus} from '../jobs/types.js';

export type StateKind = 'running' | 'queued' | 'failed' | 'idle' | 'disabled' | 'finished';

export interface StateLabel {
	kind: StateKind;
	symbol: string;
	word: string;
	/** One of the 16 ANSI colours; never a background. */
	color: 'green' | 'yellow' | 'red' | 'blue' | 'gray' | 'cyan';
}

/** What the state needs to know of a job: the fields of a Chronos job summary. */
export interface StateFacts {
	state: JobState | string;
	status: JobStatus | string;
	disabled: boolean;
	/** The stored schedule ("" for a dependent job). */
	schedule?: string;
}

/**
 * Chronos counts a run down when it launches, and leaves a job that has used its last run at `R0`: a
 * run-once job that succeeded is then `disabled: true`, one that finally failed is not. Either way it will
 * never run again by itself, which is "finished", not paused.
 */
export function hasNoRunsLeft(schedule: string | undefined): boolean {
	return schedule !== undefined && schedule.startsWith('R0/');
}

/**
 * What the job is doing now: running, queued, or resting as idle, disabled or finished. A job whose last run
 * failed reads "failed" until it runs again, so what needs attention stands out even where the last-result
 * column has no room.
 */
export function stateLabel(job: StateFacts): StateLabel {
	const state = job.state.trim().toLowerCase();
	if (state.endsWith('running')) {
		return {kind: 'running', symbol: '▶', word: state, color: 'green'};
	}

	if (state === 'queued') {
		return {kind: 'queued', symbol: '…', word: 'queued', color: 'yellow'};
	}

	if (job.status === 'failure') {
		return {kind: 'failed', symbol: '✗', word: 'failed', color: 'red'};
	}

	if (hasNoRunsLeft(job.schedule)) {
		return {kind: 'finished', symbol: job.status === 'success' ? '✓' : '■', word: 'finished', color: 'blue'};
	}

	if (job.disabled) {
		return {kind: 'disabled', symbol: '⏸', word: 'disabled', color: 'gray'};
	}

	return {kind: 'idle', symbol: '·', word: 'idle', color: 'cyan'};
}

/** The state as one cell: symbol and word. */
export function stateText(job: StateFacts): string {
	const label = stateLabel(job);
	return `${label.symbol} ${label.word}`;
}

/** How the last run ended, in the same words the state uses. */
export function resultWord(status: JobStatus | string): string {
	return status === 'success' ? 'succeeded' : status === 'failure' ? 'failed' : 'never ran';
}

/** Most urgent first: what is running or failing matters more than what is resting. */
export const stateUrgency: Readonly<Record<StateKind, number>> = {
	running: 0,
	queued: 1,
	failed: 2,
	idle: 3,
	disabled: 4,
	finished: 5,
};

export interface StateCounts {
	running: number;
	queued: number;
	failed: number;
	idle: number;
}

/** Header counts: every job lands in exactly one bucket (disabled and finished jobs rest as idle). */
export function countStates(jobs: readonly StateFacts[]): StateCounts {
	const counts: StateCounts = {running: 0, queued: 0, failed: 0, idle: 0};
	for (const job of jobs) {
		const {kind} = stateLabel(job);
		if (kind === 'running' || kind === 'queued' || kind === 'failed') {
			counts[kind]++;
		} else {
			counts.idle++;
		}
	}

	return counts;
}
