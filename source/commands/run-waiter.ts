// Waiting for runs to end, as Chronos shows them: a job's run has ended when its success or error count
// moved past the mark taken before (Chronos counts a failure only once its retries are used up). Each state
// change is reported as it is seen.
import type {ChronosClient} from '../chronos/client.js';
import {ChronosError} from '../chronos/errors.js';

export interface RunMark {
	successCount: number;
	errorCount: number;
}

export type WaitOutcome = 'succeeded' | 'failed' | 'deleted' | 'timed out';

export interface WaitOptions {
	/** Counts before the run to wait for; a job missing here counts from zero (it is being created). */
	marks: ReadonlyMap<string, RunMark>;
	timeoutMs?: number;
	intervalMs: number;
	/** Called with a job's state whenever it changes (`queued`, `running`, `succeeded`, …). */
	onState(name: string, state: string): void;
}

export async function markRuns(client: ChronosClient, names: readonly string[]): Promise<Map<string, RunMark>> {
	const marks = new Map<string, RunMark>();
	for (const name of names) {
		const job = await client.getJob(name);
		marks.set(name, {successCount: job.successCount ?? 0, errorCount: job.errorCount ?? 0});
	}
	return marks;
}

export async function waitForRuns(client: ChronosClient, names: readonly string[], options: WaitOptions): Promise<Map<string, WaitOutcome>> {
	const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
	const outcomes = new Map<string, WaitOutcome>();
	const lastState = new Map<string, string>();
	const report = (name: string, state: string) => {
		if (lastState.get(name) !== state) {
			lastState.set(name, state);
			options.onState(name, state);
		}
	};
	for (;;) {
		const waiting = names.filter((name) => !outcomes.has(name));
		if (waiting.length === 0) {
			return outcomes;
		}
		const states = new Map((await client.listSummaries()).map((summary) => [summary.name, summary.state]));
		for (const name of waiting) {
			const outcome = await outcomeOf(client, name, options.marks.get(name) ?? {successCount: 0, errorCount: 0});
			if (outcome) {
				outcomes.set(name, outcome);
				report(name, outcome);
			} else {
				report(name, states.get(name) ?? 'idle');
			}
		}
		if (outcomes.size === names.length) {
			return outcomes;
		}
		if (Date.now() >= deadline) {
			for (const name of names.filter((candidate) => !outcomes.has(candidate))) {
				outcomes.set(name, 'timed out');
				report(name, 'timed out');
			}
			return outcomes;
		}
		await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(options.intervalMs, deadline - Date.now()))));
	}
}

async function outcomeOf(client: ChronosClient, name: string, mark: RunMark): Promise<WaitOutcome | undefined> {
	let job;
	try {
		job = await client.getJob(name);
	} catch (error) {
		if (error instanceof ChronosError && /not found/i.test(error.message)) {
			return 'deleted';
		}
		throw error;
	}
	if ((job.errorCount ?? 0) > mark.errorCount) {
		return 'failed';
	}
	return (job.successCount ?? 0) > mark.successCount ? 'succeeded' : undefined;
}
