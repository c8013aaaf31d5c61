// Reads back an edited job: parses the YAML, checks it with the shared job model and lists what changed.
import type {ChronosJob} from '../../jobs/types.js';
import type {ClusterProfile} from '../../jobs/profile.js';
import {formatProblemAt, parseJobText} from '../../jobs/io.js';
import {hasErrors, validateJob} from '../../jobs/validate.js';
import {stripReadOnly} from '../../jobs/defaults.js';
import {diffJobs, threeWayChanges, type FieldChange, type ThreeWayChange} from './job-diff.js';

/** The job changed or vanished on Chronos between opening the editor and sending the edit. */
export interface EditConflict {
	/** What Chronos has now; undefined when the job was deleted meanwhile. */
	current?: ChronosJob;
	/** The fields changed on Chronos, with what the edit started from, what is there now and the edit. */
	changes: ThreeWayChange[];
}

export interface EditReview {
	/** The normalised job to send, when it has no errors. */
	job?: ChronosJob;
	/** `job.yaml:4:9: error: mem: ...` lines, warnings included. */
	problems: string[];
	errors: boolean;
	changes: FieldChange[];
	/** Set once the job turned out to have changed on Chronos meanwhile; the update then needs a second u. */
	conflict?: EditConflict;
}

export function reviewEdit(
	original: ChronosJob,
	text: string,
	fileName: string,
	context: {profile: ClusterProfile; username: string},
): EditReview {
	const parsed = parseJobText(text, fileName);
	if (parsed.syntaxErrors.length > 0) {
		return {
			problems: parsed.syntaxErrors.map(error => `${fileName}:${error.line}:${error.column}: error: ${error.message}`),
			errors: true,
			changes: [],
		};
	}

	if (parsed.documents.length !== 1) {
		const count = parsed.documents.length;
		return {
			problems: [`${fileName}: error: expected exactly one job, found ${count === 0 ? 'none' : count}`],
			errors: true,
			changes: [],
		};
	}

	const document = parsed.documents[0]!;
	const {job, problems} = validateJob(document.value, context);
	const lines = problems.map(problem => formatProblemAt(fileName, problem, document.locate(problem.path)));
	let errors = hasErrors(problems) || !job;
	if (job && job.name !== original.name) {
		// Posting under another name would create a second job and leave this one as it was.
		lines.unshift(`${fileName}: error: name: renaming is not possible here (it would create a new job "${job.name}"); use c to clone instead`);
		errors = true;
	}

	return {
		job: errors ? undefined : job,
		problems: lines,
		errors,
		changes: job ? diffJobs(stripReadOnly(original), job) : [],
	};
}

/**
 * Compares the job the edit started from with what Chronos has now: a conflict when it changed (any field
 * but the counters Chronos keeps) or vanished; undefined when it is as it was.
 */
export function findConflict(original: ChronosJob, current: ChronosJob | undefined, edit: ChronosJob): EditConflict | undefined {
	if (!current) {
		return {changes: []};
	}

	const changes = threeWayChanges(stripReadOnly(original), stripReadOnly(current), edit);
	return changes.length === 0 ? undefined : {current, changes};
}
