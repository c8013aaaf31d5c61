// The Chronos job document as the server reads and returns it (see chronos-api.md, "Job document").
// One type for every part of the program: wizard, CLI, client, dashboard and emulator.

export type VolumeMode = 'RW' | 'RO';

export interface Volume {
	containerPath: string;
	hostPath: string;
	mode: VolumeMode;
}

export interface Container {
	/** `DOCKER` or `MESOS`; ReCaS writes `mesos` in lower case, Chronos accepts both. */
	type: string;
	image: string;
	forcePullImage?: boolean;
	network?: string;
	volumes?: Volume[];
	parameters?: Array<{key: string; value: string}>;
}

export interface EnvironmentVariable {
	name: string;
	value: string;
}

export type ConstraintOperator = 'EQUALS' | 'LIKE' | 'UNLIKE';
export type Constraint = [attribute: string, operator: ConstraintOperator, value: string];

/** Fields a user writes. Everything but name and command has a server default. */
export interface ChronosJob {
	name: string;
	command: string;
	shell?: boolean;
	arguments?: string[];
	/** `R{n}/{start}/{period}`; scheduled jobs only, exclusive with `parents`. */
	schedule?: string;
	scheduleTimeZone?: string;
	/** Dependent jobs only, exclusive with `schedule`. */
	parents?: string[];
	epsilon?: string;
	retries?: number;
	cpus?: number;
	/** Megabytes. */
	mem?: number;
	/** Megabytes. */
	disk?: number;
	/** Not in upstream Chronos; the ReCaS build reads it. */
	gpus?: number;
	container?: Container;
	environmentVariables?: EnvironmentVariable[];
	runAsUser?: string;
	owner?: string;
	ownerName?: string;
	description?: string;
	disabled?: boolean;
	concurrent?: boolean;
	softError?: boolean;
	highPriority?: boolean;
	/** Seconds. */
	maxCompletionTime?: number;
	constraints?: Constraint[];
	uris?: string[];
	fetch?: Array<Record<string, unknown>>;
	executor?: string;
	executorFlags?: string;
	taskInfoData?: string;
	dataProcessingJobType?: boolean;

	// Read-only: the server adds these and ignores them on input.
	successCount?: number;
	errorCount?: number;
	/** ISO timestamp or "". */
	lastSuccess?: string;
	/** ISO timestamp or "". */
	lastError?: string;
	errorsSinceLastSuccess?: number;
}

/** Fields the server owns; stripped before a job is sent back (edit, clone). */
export const readOnlyJobFields = [
	'successCount',
	'errorCount',
	'lastSuccess',
	'lastError',
	'errorsSinceLastSuccess',
] as const;

/** Result of the last run. */
export type JobStatus = 'fresh' | 'success' | 'failure';

/** What the job is doing now: `idle`, `queued`, `running`, or `N running`. */
export type JobState = string;

/** One problem found in a job document. `path` is a dotted field path, e.g. `container.volumes.0.hostPath`. */
export interface JobProblem {
	path: string;
	message: string;
	severity: 'error' | 'warning';
}
