// The job document a draft describes, before validation.
import type {WizardDraft} from './draft.js';
import {draftSchedule} from './schedule-words.js';

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
