// What the Chronos API returns besides full jobs (see chronos-api.md).
import type {JobStatus, JobState} from '../jobs/types.js';

/** One entry of `GET /v1/scheduler/jobs/summary` (3.x), or built from `graph/csv` on 2.x. */
export interface JobSummary {
	name: string;
	status: JobStatus;
	state: JobState;
	/** "" for dependent jobs. */
	schedule: string;
	/** [] for scheduled jobs. */
	parents: string[];
	disabled: boolean;
}

/** `GET /v1/scheduler/job/stat/{name}`. */
export interface JobStats {
	histogram: {
		'75thPercentile'?: number;
		'95thPercentile'?: number;
		'98thPercentile'?: number;
		'99thPercentile'?: number;
		median?: number;
		mean?: number;
		count?: number;
	};
	taskStatHistory: Array<Record<string, unknown>>;
}

export interface SearchQuery {
	name?: string;
	command?: string;
	any?: string;
	limit?: number;
	offset?: number;
}
