// When Chronos answers 204 to "run now" and then drops the run (JobManagementResource.trigger queues it;
// the scheduler skips a disabled job, and one already running or queued unless it allows overlapping
// runs). The dashboard and `chronos-tui run` refuse these with the same reason.

export interface RunFacts {
	name: string;
	disabled?: boolean;
	concurrent?: boolean;
	/** `idle`, `queued`, `running`, `2 running`. */
	state: string;
}

/** Why Chronos would drop a run asked for now, or undefined when it would start. */
export function droppedRunReason(job: RunFacts): string | undefined {
	if (job.disabled) {
		return `${job.name} is disabled, so Chronos would drop the run`;
	}

	const state = job.state.trim();
	if (state !== '' && state !== 'idle' && !job.concurrent) {
		return `${job.name} is already ${state} and does not allow overlapping runs, so Chronos would drop this one`;
	}

	return undefined;
}
