// Judges a draft with the shared job model, plus the two checks only the wizard can make: whether the name is
// already taken on the server (submitting would silently replace that job) and whether a volume's host path
// exists on this machine.
import type {ClusterProfile} from '../../jobs/profile.js';
import type {ChronosJob, JobProblem} from '../../jobs/types.js';
import {validateJob} from '../../jobs/validate.js';
import type {StepId, WizardDraft} from './draft.js';
import {draftToInput} from './draft-input.js';
import {withKeptOutput} from './keep-output.js';
import {isDirectory} from './path-completion.js';

export interface DraftVerdict {
	/** The normalised job when the model could build one ('16G' → 16384). */
	job?: ChronosJob;
	/** The document as typed, for showing when no normalised job exists yet. */
	input: Record<string, unknown>;
	problems: JobProblem[];
}

export interface VerdictContext {
	username: string;
	profile: ClusterProfile;
	/** Names on the server, undefined while still loading. */
	serverNames?: ReadonlySet<string>;
	/** Check host paths against the local filesystem. */
	checkLocalPaths?: boolean;
}

export function judgeDraft(draft: WizardDraft, context: VerdictContext): DraftVerdict {
	const kept = withKeptOutput(draftToInput(draft, context.username, context.profile.containerType), draft, context.username, context.profile);
	const {input} = kept;
	const name = draft.name.trim();
	const taken = context.serverNames?.has(name) === true;
	const replacing = taken && draft.replace === name;
	// Until the user agrees to replace, the wizard reports the collision itself, with the way out.
	const names =
		context.serverNames && !replacing ? new Set([...context.serverNames].filter(existing => existing !== name)) : context.serverNames;
	const {job, problems} = validateJob(input, {profile: context.profile, username: context.username, existingJobNames: names});
	const all = [...problems, ...(kept.problem ? [kept.problem] : [])];
	if (taken && !replacing) {
		all.unshift({
			path: 'name',
			severity: 'error',
			message: `a job named ${name} already exists on your Chronos; choose another name, or tick "Replace it?" below (tab, then space)`,
		});
	}

	if (context.checkLocalPaths !== false) {
		for (const [index, volume] of draft.volumes.entries()) {
			const hostPath = volume.hostPath.trim();
			if (hostPath.startsWith('/') && !isDirectory(hostPath)) {
				all.push({
					path: `container.volumes.${index}.hostPath`,
					severity: 'warning',
					message: `${hostPath} does not exist on this machine; the job will fail if it is missing on the cluster too`,
				});
			}
		}
	}

	return {job, input, problems: dedupe(all)};
}

function dedupe(problems: JobProblem[]): JobProblem[] {
	const seen = new Set<string>();
	return problems.filter(problem => {
		const key = `${problem.path}\u0000${problem.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

const stepOfPath: Array<[prefix: string, step: StepId]> = [
	['name', 'name'],
	['container.volumes', 'volumes'],
	['container', 'image'],
	['command', 'command'],
	['output', 'command'],
	['arguments', 'command'],
	['shell', 'command'],
	['environmentVariables', 'command'],
	['cpus', 'resources'],
	['mem', 'resources'],
	['disk', 'resources'],
	['gpus', 'resources'],
	['schedule', 'when'],
	['scheduleTimeZone', 'when'],
	['parents', 'when'],
];

/** The step whose screen edits the field a problem is about; 'advanced' for everything else. */
export function stepForProblem(problem: JobProblem): StepId {
	for (const [prefix, step] of stepOfPath) {
		if (problem.path === prefix || problem.path.startsWith(`${prefix}.`)) return step;
	}

	return problem.path === '' ? 'review' : 'advanced';
}

export function problemsForStep(problems: JobProblem[], step: StepId): JobProblem[] {
	return problems.filter(problem => stepForProblem(problem) === step);
}

export function problemsAt(problems: JobProblem[], path: string | undefined): JobProblem[] {
	if (path === undefined) return [];
	return problems.filter(problem => problem.path === path || problem.path.startsWith(`${path}.`));
}

export function hasErrorIn(problems: JobProblem[]): boolean {
	return problems.some(problem => problem.severity === 'error');
}
