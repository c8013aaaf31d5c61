// The wizard's working copy of a job: every field as the user typed it, so nothing is lost while a value is
// still invalid. Converting to a job document happens in one place (draftToInput) and the shared job model
// judges the result.
import type {ChronosJob, VolumeMode} from '../../jobs/types.js';
import {formatIsoDuration, parseSchedule} from '../../jobs/schedule.js';
import {keptOutputOf} from '../../output/wrapper.js';

export const stepIds = [
	'start',
	'kind',
	'name',
	'image',
	'command',
	'resources',
	'volumes',
	'when',
	'advanced',
	'review',
] as const;
export type StepId = (typeof stepIds)[number];

export const stepTitles: Record<StepId, string> = {
	start: 'Start from',
	kind: 'Kind of job',
	name: 'Name',
	image: 'Container image',
	command: 'Command',
	resources: 'Resources',
	volumes: 'Volumes',
	when: 'When',
	advanced: 'Advanced',
	review: 'Review',
};

export type JobKind = 'once' | 'schedule' | 'dependent';

export interface DraftVolume {
	hostPath: string;
	/** Empty means "the same path as on the host". */
	containerPath: string;
	mode: VolumeMode;
}

export interface WizardDraft {
	step: StepId;
	/** Where the job came from, shown when the draft is offered back: 'blank', 'first job', 'template x', 'clone of x'. */
	origin: string;
	kind: JobKind;
	name: string;
	/** The name the user explicitly agreed to replace on the server, if any. */
	replace: string | null;
	image: string;
	command: string;
	/** Space-separated; only used when shell is off. */
	arguments: string;
	env: Array<{name: string; value: string}>;
	gpus: string;
	cpus: string;
	mem: string;
	disk: string;
	volumes: DraftVolume[];
	/** Empty means now. */
	start: string;
	/** '2h', '1d', 'PT30M'... */
	every: string;
	/** Empty means forever. */
	times: string;
	parents: string[];
	advancedOpen: boolean;
	retries: string;
	description: string;
	shell: boolean;
	concurrent: boolean;
	maxCompletionTime: string;
	/** 'attribute OPERATOR value' entries separated by commas. */
	constraints: string;
	/** Wrap the command so each run's stdout and stderr are kept in a file on shared storage. */
	keepOutput: boolean;
	/** The folder an existing job already keeps its output in ({job} left in); the profile's when unset. */
	outputDir?: string;
	/** Fields the wizard has no screen for, kept from the job it started from. */
	rest: Partial<ChronosJob>;
}

const editedFields = new Set<string>([
	'name',
	'command',
	'shell',
	'arguments',
	'schedule',
	'parents',
	'retries',
	'cpus',
	'mem',
	'disk',
	'gpus',
	'environmentVariables',
	'description',
	'concurrent',
	'maxCompletionTime',
	'constraints',
]);

export function emptyDraft(): WizardDraft {
	return {
		step: 'start',
		origin: 'blank',
		kind: 'once',
		name: '',
		replace: null,
		image: '',
		command: '',
		arguments: '',
		env: [],
		gpus: '',
		cpus: '',
		mem: '',
		disk: '',
		volumes: [],
		start: '',
		every: '1d',
		times: '',
		parents: [],
		advancedOpen: false,
		retries: '',
		description: '',
		shell: true,
		concurrent: false,
		maxCompletionTime: '',
		constraints: '',
		keepOutput: false,
		rest: {},
	};
}

function numberText(value: number | undefined): string {
	return value === undefined ? '' : String(value);
}

/** A draft holding everything in `job`, ready to edit. */
export function draftFromJob(job: ChronosJob, origin: string): WizardDraft {
	const draft = emptyDraft();
	const rest: Partial<ChronosJob> = {};
	for (const [key, value] of Object.entries(job)) {
		if (!editedFields.has(key)) (rest as Record<string, unknown>)[key] = value;
	}

	const {container} = job;
	if (container) {
		const {image: _image, volumes: _volumes, ...otherContainerFields} = container;
		rest.container = {...otherContainerFields, image: ''};
	}

	const kept = job.command === undefined ? undefined : keptOutputOf(job.command);
	Object.assign(draft, {
		origin,
		name: job.name ?? '',
		image: container?.image ?? '',
		// A job that keeps its output is edited as the user wrote it; the wrapper is put back on the way out.
		command: kept?.command ?? job.command ?? '',
		keepOutput: kept !== undefined,
		...(kept ? {outputDir: kept.dir} : {}),
		arguments: (job.arguments ?? []).join(' '),
		env: (job.environmentVariables ?? []).map(variable => ({...variable})),
		gpus: numberText(job.gpus),
		cpus: numberText(job.cpus),
		mem: numberText(job.mem),
		disk: numberText(job.disk),
		volumes: (container?.volumes ?? []).map(volume => ({
			hostPath: volume.hostPath,
			containerPath: volume.containerPath === volume.hostPath ? '' : volume.containerPath,
			mode: volume.mode,
		})),
		retries: numberText(job.retries),
		description: job.description ?? '',
		shell: job.shell ?? true,
		concurrent: job.concurrent ?? false,
		maxCompletionTime: numberText(job.maxCompletionTime),
		constraints: (job.constraints ?? []).map(constraint => constraint.join(' ')).join(', '),
		rest,
	} satisfies Partial<WizardDraft>);

	if (job.parents && job.parents.length > 0) {
		draft.kind = 'dependent';
		draft.parents = [...job.parents];
	} else if (job.schedule) {
		const parsed = parseSchedule(job.schedule);
		if (parsed.ok) {
			const {repetitions, start, period} = parsed.schedule;
			draft.kind = repetitions === 1 ? 'once' : 'schedule';
			draft.start = start ? start.toISOString() : '';
			// A run-once job's count and period mean nothing to show; switching it to "repeat" starts from forever, daily.
			if (draft.kind === 'schedule') {
				draft.times = repetitions === null ? '' : String(repetitions);
				draft.every = formatIsoDuration(period);
			}
		}
	}

	return draft;
}
