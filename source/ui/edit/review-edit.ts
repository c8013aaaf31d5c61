// Reads back an edited job: parses the YAML, checks it with the shared job model and lists what changed.
import type {ChronosJob, JobProblem} from '../../jobs/types.js';
import type {ClusterProfile} from '../../jobs/profile.js';
import {formatProblemAt, parseJobText} from '../../jobs/io.js';
import {hasErrors, validateJob} from '../../jobs/validate.js';
import {stripReadOnly} from '../../jobs/defaults.js';
import {countOf, dateAndAge} from '../../vocabulary/index.js';
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
	/** What Chronos forgets when the job is replaced (its counters and last run dates); undefined when it never ran. */
	historyReset?: string;
	/** Set once the job turned out to have changed on Chronos meanwhile; the update then needs a second u. */
	conflict?: EditConflict;
}

export function reviewEdit(
	original: ChronosJob,
	text: string,
	fileName: string,
	context: {profile: ClusterProfile; username: string},
	now: number = Date.now(),
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
	const changes = job ? diffJobs(stripReadOnly(original), job) : [];
	const lines = problems
		.filter(problem => problem.severity === 'error' || !job || touches(problem, changes))
		.map(problem => formatProblemAt(fileName, problem, document.locate(problem.path)));
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
		changes,
		historyReset: changes.length > 0 ? historyReset(original, now) : undefined,
	};
}

/**
 * Whether a warning is about something the edit changed. One about a value that was already so on Chronos
 * (the `R0` of a run-once job that has run, say) is no news to the user and no reason to hesitate.
 */
function touches(problem: JobProblem, changes: readonly FieldChange[]): boolean {
	if (problem.path === '') return changes.length > 0;
	return changes.some(change => change.path === problem.path || change.path.startsWith(`${problem.path}.`) || problem.path.startsWith(`${change.path}.`));
}

/** Chronos' update replaces the whole job, counters and last run dates included (../shared/chronos-api.md). */
function historyReset(original: ChronosJob, now: number): string | undefined {
	const facts = [
		original.successCount ? countOf(original.successCount, 'success', 'successes') : '',
		original.errorCount ? countOf(original.errorCount, 'failure') : '',
		original.lastSuccess ? `last success ${dateAndAge(original.lastSuccess, now)}` : '',
		original.lastError ? `last failure ${dateAndAge(original.lastError, now)}` : '',
	].filter(Boolean);
	if (facts.length === 0) return undefined;
	return `Chronos replaces the whole job: its run history (${facts.join(', ')}) starts over, as if it had never run.`;
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
