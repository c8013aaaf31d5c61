// What every output source offers, whether it reads kept files on shared storage or a Mesos sandbox.
// No React and no ink here: the dashboard's output view, `logs`, `support` and `wait --follow` share it.

/** Kept files hold stdout and stderr together; a Mesos sandbox keeps them apart. */
export type OutputStream = 'stdout' | 'stderr';

/** One run of a job that left (or may leave) output. */
export interface OutputRun {
	/** Stable within a source: the file name, or the Mesos task id. */
	id: string;
	/** The run in words for a title or a list, e.g. `2026-12-02 03:40:00 UTC, retry 1`. */
	label: string;
	/** When Chronos meant the run to start (CHRONOS_JOB_RUN_TIME), epoch milliseconds. */
	dueMillis?: number;
	/** 0 for the first try, 1, 2, … for retries (CHRONOS_JOB_RUN_ATTEMPT). */
	attempt?: number;
}

export interface OutputRead {
	/** What was read. */
	bytes: Uint8Array;
	/** Where `bytes` start in the file. */
	offset: number;
	/** The file's size now. */
	size: number;
	/** The file shrank or was replaced since the caller's offset: reading began again at 0. */
	restarted: boolean;
}

/** How a run ended, when the source can tell. */
export interface RunEnd {
	/** The command's exit status when known (kept files record it; Mesos says only finished or failed). */
	exitCode?: number;
	succeeded: boolean;
}

export interface OutputSource {
	readonly kind: 'files' | 'mesos';
	/** files: ['stdout'] (stdout and stderr together); mesos: both. */
	readonly streams: readonly OutputStream[];
	/** Where it looks, in words, for "no output at …". */
	describe(run?: OutputRun): string;
	/** Newest first; [] when there are none. */
	runs(): Promise<OutputRun[]>;
	/** offset < 0: the last maxBytes of the file. */
	read(run: OutputRun, stream: OutputStream, offset: number, maxBytes: number): Promise<OutputRead>;
	/** How the run ended; undefined while it runs or when the source cannot tell. */
	ended(run: OutputRun): Promise<RunEnd | undefined>;
}

/** A one-line problem of a source (agent unreachable, folder unreadable), said to the user as it is. */
export class OutputError extends Error {
	override readonly name = 'OutputError';
}
