// The wizard's working copy of a job: every field as the user typed it, so nothing is lost while a value is
// still invalid. Converting to a job document happens in one place (draftToInput) and the shared job model
// judges the result.
import type {ChronosJob, VolumeMode} from '../../jobs/types.js';
import {formatIsoDuration, parseSchedule, parseStartDate} from '../../jobs/schedule.js';

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

	Object.assign(draft, {
		origin,
		name: job.name ?? '',
		image: container?.image ?? '',
		command: job.command ?? '',
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

const unitWords: Record<string, string> = {
	s: 'S',
	sec: 'S',
	second: 'S',
	seconds: 'S',
	m: 'M',
	min: 'M',
	minute: 'M',
	minutes: 'M',
	h: 'H',
	hour: 'H',
	hours: 'H',
	d: 'D',
	day: 'D',
	days: 'D',
	w: 'W',
	week: 'W',
	weeks: 'W',
	mo: 'MO',
	month: 'MO',
	months: 'MO',
	y: 'Y',
	year: 'Y',
	years: 'Y',
};

/** '2h' → 'PT2H', '1 day' → 'P1D', 'PT30M' stays. Anything else is returned as typed for the schedule check to judge. */
export function periodFromWords(text: string): string {
	const trimmed = text.trim();
	const match = /^(\d+)\s*([a-z]+)$/i.exec(trimmed);
	if (!match) return trimmed.toUpperCase();
	const unit = unitWords[match[2]!.toLowerCase()];
	if (unit === undefined) return trimmed;
	const count = match[1]!;
	if (unit === 'S' || unit === 'M' || unit === 'H') return `PT${count}${unit}`;
	if (unit === 'MO') return `P${count}M`;
	return `P${count}${unit}`;
}

/** '2026-12-01 10:00' → ISO in UTC; '' or 'now' → '' (now). Text that is no date is returned for the check to judge. */
export function startFromWords(text: string): string {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.toLowerCase() === 'now') return '';
	const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(trimmed);
	if (!match) return trimmed;
	const normalised = `${match[1]}T${match[2] ?? '00:00'}${(match[3] ?? 'Z').toUpperCase()}`;
	const parsed = parseStartDate(normalised);
	return parsed.ok ? parsed.date.toISOString() : normalised;
}

/** The schedule string the draft describes ('' for dependent jobs). */
export function draftSchedule(draft: WizardDraft): string {
	if (draft.kind === 'dependent') return '';
	const start = startFromWords(draft.start);
	if (draft.kind === 'once') return `R1/${start}/P1Y`;
	return `R${draft.times.trim()}/${start}/${periodFromWords(draft.every)}`;
}

/** Plain numbers become numbers; anything else (units, typos) stays text so validation can say what is wrong. */
function numberOrText(text: string): number | string | undefined {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function parseConstraints(text: string): unknown[] {
	return text
		.split(',')
		.map(entry => entry.trim())
		.filter(entry => entry !== '')
		.map(entry => {
			const [attribute = '', operator = '', ...value] = entry.split(/\s+/);
			return [attribute, operator.toUpperCase(), value.join(' ')];
		});
}

function assignDefined(target: Record<string, unknown>, values: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(values)) {
		if (value !== undefined) target[key] = value;
	}
}

/**
 * The job document the draft describes, before validation: values the user has not finished typing stay as
 * typed so that validateJob can point at them.
 */
export function draftToInput(draft: WizardDraft, username: string, containerType: string): Record<string, unknown> {
	const input: Record<string, unknown> = {...draft.rest};
	delete input['schedule'];
	delete input['parents'];
	const volumes = draft.volumes.map(volume => ({
		containerPath: volume.containerPath.trim() === '' ? volume.hostPath.trim() : volume.containerPath.trim(),
		hostPath: volume.hostPath.trim(),
		mode: volume.mode,
	}));
	const container: Record<string, unknown> = {
		...draft.rest.container,
		type: draft.rest.container?.type ?? containerType,
		image: draft.image.trim(),
	};
	if (volumes.length > 0) container['volumes'] = volumes;
	else delete container['volumes'];

	assignDefined(input, {
		name: draft.name.trim(),
		command: draft.command,
		shell: draft.shell,
		retries: numberOrText(draft.retries),
		description: draft.description,
		cpus: numberOrText(draft.cpus),
		disk: numberOrText(draft.disk),
		mem: numberOrText(draft.mem),
		gpus: numberOrText(draft.gpus),
		environmentVariables: draft.env.map(variable => ({name: variable.name.trim(), value: variable.value})),
		arguments: draft.arguments.trim() === '' ? [] : draft.arguments.trim().split(/\s+/),
		runAsUser: draft.rest.runAsUser ?? username,
		owner: draft.rest.owner ?? username,
		ownerName: draft.rest.ownerName ?? username,
		container,
		concurrent: draft.concurrent ? true : undefined,
		maxCompletionTime: numberOrText(draft.maxCompletionTime),
	});
	const constraints = parseConstraints(draft.constraints);
	if (constraints.length > 0) input['constraints'] = constraints;
	if (draft.kind === 'dependent') input['parents'] = [...draft.parents];
	else input['schedule'] = draftSchedule(draft);
	return input;
}
