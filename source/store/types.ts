// What the dashboard knows about Chronos at one moment. The store produces it; views only read it.
import type {ChronosJob} from '../jobs/types.js';
import type {JobStats, JobSummary} from '../chronos/types.js';

/** The part of ChronosClient the dashboard uses; the real client satisfies it, so does any test double. */
export interface DashboardClient {
	readonly url: string;
	/** `beforeReading` is awaited once the answer is in, before it is parsed. */
	listSummaries(beforeReading?: () => Promise<void>): Promise<JobSummary[]>;
	/** `reuse` may answer a job already held in the place of an equal one just read. */
	listJobs(reuse?: (job: ChronosJob) => ChronosJob): Promise<ChronosJob[]>;
	getJob(name: string): Promise<ChronosJob>;
	jobStats(name: string): Promise<JobStats>;
	saveJob(job: ChronosJob): Promise<void>;
	runJob(name: string, args?: string): Promise<void>;
	killTasks(name: string): Promise<void>;
	deleteJob(name: string): Promise<void>;
	/** Sends this password from now on, for this run only; `origin` names it if Chronos refuses it too. */
	usePassword(password: string, origin: string): void;
}

/** One line of the job list: the light summary, plus the full job once it has been fetched. */
export interface JobRow extends JobSummary {
	/** Full job from the last heavy fetch; undefined for a job newer than that fetch. */
	job?: ChronosJob;
}

export interface PollError {
	/** One line a user can act on. */
	message: string;
	/** Full text (server message or trace) for the "full text" key. */
	detail: string;
	/** Epoch ms when the failed poll ended. */
	at: number;
	/** Epoch ms of the next attempt; undefined while paused. */
	retryAt?: number;
	/** Chronos refused the password (401): polling has stopped until the user asks for a refresh. */
	refused?: boolean;
}

export interface StoreSnapshot {
	rows: readonly JobRow[];
	/** Epoch ms of the last successful poll ("data as of"); undefined before the first one. */
	updatedAt?: number;
	/** True until the first poll has ended, successfully or not. */
	loading: boolean;
	paused: boolean;
	/** The last poll failed: the rows are what the previous successful poll saw. */
	error?: PollError;
	/** Failed polls in a row; drives the backoff. */
	failures: number;
}

/**
 * When the poller may take the main thread without holding up a key the user pressed: the dashboard's input
 * layer knows (see ui/input/input-turns.ts); without one, the next turn of the event loop.
 */
export interface InputTurns {
	/** Before a slice of a big poll's work: a moment between two keys. */
	betweenKeys(): Promise<void>;
	/** Before optional heavy work (the full job list of a big instance): a pause in the typing. */
	typingPause(): Promise<void>;
}

/** What an action reports to the status line. */
export interface ActionResult {
	ok: boolean;
	/** One line. */
	message: string;
	/** Full text behind the "full text" key, when there is more than the line. */
	detail?: string;
	/** Chronos refused the password (401). */
	refused?: boolean;
}
