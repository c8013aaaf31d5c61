// Validation of a whole job document: every problem at once, each with its field path, so a user fixes
// a file in one pass instead of one round trip to the server per mistake. Also the per-field checks the
// wizard runs as the user types.
import type {ChronosJob, JobProblem} from './types.js';
import type {ClusterProfile} from './profile.js';
import {checkName} from './name.js';
import {normaliseResources, type Resources} from './resources.js';
import {normaliseEnvironment} from './environment.js';
import {normaliseContainer} from './container.js';
import {checkConstraints, checkDownloads} from './placement.js';
import {checkTiming} from './scheduling.js';
import {jobFieldNames, suggestJobField} from './fields.js';
import {withUserDefaults} from './defaults.js';
import {describeValue, error, hasErrors, isPlainObject, warning} from './problems.js';
import {jobFieldKinds, shapeMismatch} from './shape.js';

export {chronosNamePattern, checkName, suggestJobName} from './name.js';
export {checkImage, parseImageReference} from './image.js';
export {checkVolumes} from './volumes.js';
export {checkResources} from './resources.js';
export {checkEnvironment} from './environment.js';
export {checkSchedule, checkParents} from './scheduling.js';
export {checkConstraints} from './placement.js';
export {hasErrors} from './problems.js';

export interface ValidationContext {
	profile: ClusterProfile;
	username: string;
	/** Jobs already on the server: parents must be among them, and a name among them is replaced. */
	existingJobNames?: ReadonlySet<string>;
	/** The moment "in the past" is measured from; now by default. */
	now?: Date;
}

export interface ValidationResult {
	/** The job with sizes in megabytes, numbers in quotes read, user fields filled; only when there are no errors. */
	job?: ChronosJob;
	problems: JobProblem[];
}

// Fields checked by their own modules (sizes with units, schedules, downloads...); every other field's check
// is its type, from the one definition of the job's shape.
const fieldsWithOwnChecks = new Set<string>([
	'name',
	'command',
	'schedule',
	'scheduleTimeZone',
	'parents',
	'epsilon',
	'cpus',
	'mem',
	'disk',
	'gpus',
	'container',
	'environmentVariables',
	'constraints',
	'uris',
	'fetch',
]);

function checkTypedFields(input: Record<string, unknown>): JobProblem[] {
	const problems: JobProblem[] = [];
	for (const [field, kind] of Object.entries(jobFieldKinds)) {
		if (!fieldsWithOwnChecks.has(field) && input[field] !== undefined) {
			const mismatch = shapeMismatch(field, kind, input[field]);
			if (mismatch) {
				problems.push(error(mismatch.path, mismatch.message));
			}
		}
	}
	return problems;
}

function checkUnknownFields(input: Record<string, unknown>): JobProblem[] {
	const known = new Set<string>(jobFieldNames);
	// Older servers write `async: false` into every job they return; only a true one was meant.
	return Object.keys(input)
		.filter((key) => !known.has(key) && !(key === 'async' && input[key] === false))
		.map((key) => {
			if (key === 'async') {
				return warning(key, "'async' is ignored: Chronos 3.x no longer reads it");
			}
			const suggestion = suggestJobField(key);
			const hint = suggestion ? `: did you mean '${suggestion}'?` : '';
			return warning(key, `unknown field '${key}' is ignored by Chronos${hint}`);
		});
}

function checkCommand(input: Record<string, unknown>): JobProblem[] {
	const {command, shell} = input;
	if (command === undefined || command === '' || (typeof command === 'string' && command.trim() === '')) {
		return [error('command', "a job needs a command to run, e.g. 'python3 /lustre/path/to/train.py'")];
	}
	const problems: JobProblem[] = [];
	const args = input.arguments;
	if (shell !== false && Array.isArray(args) && args.length > 0) {
		problems.push(warning('arguments', 'arguments are ignored when shell is true: put them in the command, or set shell to false'));
	}
	if (shell === false && typeof command === 'string' && /\s/.test(command.trim())) {
		problems.push(
			warning('command', `with shell false, '${command}' is run as one program name: put what follows the first word in arguments`),
		);
	}
	return problems;
}

function checkUser(runAsUser: unknown, username: string): JobProblem[] {
	if (typeof runAsUser === 'string' && runAsUser !== '' && runAsUser !== username) {
		return [warning('runAsUser', `jobs run as your own user: '${runAsUser}' is not '${username}', and the cluster may refuse it`)];
	}
	return [];
}

export function validateJob(input: unknown, ctx: ValidationContext): ValidationResult {
	if (!isPlainObject(input)) {
		const shape = Array.isArray(input) ? 'a list: validate each job in it on its own' : describeValue(input);
		return {problems: [error('', `a job must be an object ({"name": ..., "command": ...}), not ${shape}`)]};
	}
	const problems: JobProblem[] = [...checkName(input.name, ctx)];
	if (input.command !== undefined) {
		const mismatch = shapeMismatch('command', jobFieldKinds.command, input.command);
		problems.push(...(mismatch ? [error(mismatch.path, mismatch.message)] : []));
	}
	problems.push(...checkCommand(input), ...checkTypedFields(input));
	const resources = normaliseResources(input, ctx.profile);
	const environment = normaliseEnvironment(input.environmentVariables);
	const container = normaliseContainer(input.container, ctx.profile);
	problems.push(
		...resources.problems,
		...environment.problems,
		...container.problems,
		...checkTiming(input, ctx, ctx.now ?? new Date()),
		...checkConstraints(input.constraints),
		...checkDownloads(input.uris, input.fetch),
		...checkUser(input.runAsUser, ctx.username),
		...checkUnknownFields(input),
	);
	if (input.disabled === true) {
		problems.push(warning('disabled', 'the job is disabled: Chronos keeps it but never runs it'));
	}
	if (hasErrors(problems)) {
		return {problems};
	}
	return {job: normalisedJob(input, resources.resources, environment.variables, container.container, ctx.username), problems};
}

function normalisedJob(
	input: Record<string, unknown>,
	resources: Resources,
	environmentVariables: unknown,
	container: unknown,
	username: string,
): ChronosJob {
	const replaced: Record<string, unknown> = {...resources, environmentVariables, container};
	// Chronos reads any `parents` field as "dependent job", even an empty one beside a schedule, and then
	// refuses it for having no parents: a scheduled job goes without the field.
	if (input.schedule !== undefined && Array.isArray(input.parents) && input.parents.length === 0) {
		replaced.parents = undefined;
	}
	const job: Record<string, unknown> = {};
	for (const field of jobFieldNames) {
		const value = field in replaced ? replaced[field] : input[field];
		if (value !== undefined) {
			job[field] = structuredClone(value);
		}
	}
	return withUserDefaults(job as unknown as ChronosJob, username);
}
