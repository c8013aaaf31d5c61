// What each step asks for, as data: the focus order, the labels, and which problems (by job path) belong to
// which field. The step views and the key handling both read this, so tab order and screen always agree.
import type {StepId, WizardDraft} from './draft.js';

export type FieldKind = 'text' | 'toggle' | 'action' | 'list';

export interface FieldSpec {
	id: string;
	label: string;
	kind: FieldKind;
	/** Job path whose problems are shown under this field. */
	problemPath?: string;
	placeholder?: string;
}

export interface FieldContext {
	username: string;
	/** The typed name is already a job on the server. */
	nameTaken: boolean;
}

function text(id: string, label: string, problemPath?: string, placeholder?: string): FieldSpec {
	return {id, label, kind: 'text', problemPath, placeholder};
}

export function stepFields(step: StepId, draft: WizardDraft, context: FieldContext): FieldSpec[] {
	switch (step) {
		case 'start':
		case 'kind':
		case 'review': {
			return [{id: step, label: step, kind: 'list'}];
		}

		case 'name': {
			// The replace choice appears only while the typed name is taken.
			const fields = [text('name', 'Name', 'name', `${context.username}-my-job`)];
			if (context.nameTaken) {
				fields.push({id: 'replace', label: 'Replace it?', kind: 'toggle'});
			}

			return fields;
		}

		case 'image': {
			return [text('image', 'Image', 'container.image', 'registry/path/name:tag')];
		}

		case 'command': {
			const fields: FieldSpec[] = [
				text('command', 'Command', 'command', 'python3 /lustre/path/to/train.py'),
				{id: 'shell', label: 'Run with sh -c', kind: 'toggle', problemPath: 'shell'},
				text('arguments', 'Arguments', 'arguments', draft.shell ? 'only used with sh -c off' : 'appended to the command'),
			];
			for (const [index] of draft.env.entries()) {
				fields.push(
					text(`env.${index}.name`, `Env ${index + 1} name`, `environmentVariables.${index}.name`, 'NAME'),
					text(`env.${index}.value`, `Env ${index + 1} value`, `environmentVariables.${index}.value`, 'value'),
				);
			}

			fields.push(
				{id: 'addEnv', label: '+ add environment variable', kind: 'action'},
				{id: 'keepOutput', label: 'Keep output', kind: 'toggle', problemPath: 'output'},
			);
			return fields;
		}

		case 'resources': {
			return [
				text('gpus', 'GPUs', 'gpus'),
				text('cpus', 'CPUs', 'cpus'),
				text('mem', 'Memory', 'mem', '8G, 512M, 16384'),
				text('disk', 'Disk', 'disk', '0 = Chronos default'),
			];
		}

		case 'volumes': {
			const fields: FieldSpec[] = [];
			for (const [index, volume] of draft.volumes.entries()) {
				const path = `container.volumes.${index}`;
				fields.push(
					text(`volumes.${index}.hostPath`, `Host path ${index + 1}`, `${path}.hostPath`, '/lustre/...'),
					text(`volumes.${index}.containerPath`, 'in container', `${path}.containerPath`, volume.hostPath || 'same path'),
					{id: `volumes.${index}.mode`, label: 'mode', kind: 'toggle', problemPath: `${path}.mode`},
				);
			}

			fields.push({id: 'addVolume', label: '+ add volume', kind: 'action'});
			return fields;
		}

		case 'when': {
			if (draft.kind === 'dependent') return [{id: 'parents', label: 'Parents', kind: 'list', problemPath: 'parents'}];
			const start = text('start', 'Start', 'schedule', 'now, or 2026-12-01 10:00 (UTC)');
			if (draft.kind === 'once') return [start];
			return [start, text('every', 'Every', 'schedule', '30m, 2h, 1d, 1w, PT6H'), text('times', 'Times', 'schedule', 'empty = forever')];
		}

		case 'advanced': {
			const toggle: FieldSpec = {id: 'advancedOpen', label: 'Advanced', kind: 'toggle'};
			if (!draft.advancedOpen) return [toggle];
			return [
				toggle,
				text('retries', 'Retries', 'retries', '2'),
				text('description', 'Description', 'description'),
				{id: 'concurrent', label: 'Allow overlapping runs', kind: 'toggle', problemPath: 'concurrent'},
				text('maxCompletionTime', 'Kill after (s)', 'maxCompletionTime', 'no limit'),
				text('constraints', 'Constraints', 'constraints', 'attribute EQUALS|LIKE|UNLIKE value, ...'),
			];
		}
	}
}

type TextKey = 'name' | 'image' | 'command' | 'arguments' | 'gpus' | 'cpus' | 'mem' | 'disk' | 'start' | 'every' | 'times'
	| 'retries' | 'description' | 'maxCompletionTime' | 'constraints';

function rowField(id: string): {list: 'env' | 'volumes'; index: number; key: string} | undefined {
	const match = /^(env|volumes)\.(\d+)\.(\w+)$/.exec(id);
	if (!match) return undefined;
	return {list: match[1] as 'env' | 'volumes', index: Number(match[2]), key: match[3]!};
}

export function fieldText(draft: WizardDraft, id: string): string {
	const row = rowField(id);
	if (row) {
		const entry = draft[row.list][row.index] as unknown as Record<string, string> | undefined;
		return entry?.[row.key] ?? '';
	}

	const value = draft[id as TextKey];
	return typeof value === 'string' ? value : '';
}

export function withFieldText(draft: WizardDraft, id: string, value: string): WizardDraft {
	const row = rowField(id);
	if (row) {
		const rows = draft[row.list].map((entry, index) => (index === row.index ? {...entry, [row.key]: value} : entry));
		return {...draft, [row.list]: rows};
	}

	const next = {...draft, [id]: value};
	// Agreeing to replace one name must not carry over to another.
	if (id === 'name' && value.trim() !== draft.replace) next.replace = null;
	return next;
}

/** Flips a toggle field or performs an action field. */
export function withToggled(draft: WizardDraft, id: string): WizardDraft {
	switch (id) {
		case 'replace': {
			return {...draft, replace: draft.replace === null ? draft.name.trim() : null};
		}

		case 'advancedOpen':
		case 'shell':
		case 'concurrent':
		case 'keepOutput': {
			return {...draft, [id]: !draft[id]};
		}

		case 'addEnv': {
			return {...draft, env: [...draft.env, {name: '', value: ''}]};
		}

		case 'addVolume': {
			return {...draft, volumes: [...draft.volumes, {hostPath: '', containerPath: '', mode: 'RW'}]};
		}

		default: {
			const row = rowField(id);
			if (row?.list === 'volumes' && row.key === 'mode') {
				const volumes = draft.volumes.map((volume, index) =>
					index === row.index ? {...volume, mode: volume.mode === 'RW' ? ('RO' as const) : ('RW' as const)} : volume,
				);
				return {...draft, volumes};
			}

			return draft;
		}
	}
}

export function toggleLabel(draft: WizardDraft, id: string): string {
	switch (id) {
		case 'replace': {
			const name = draft.name.trim();
			return draft.replace === null ? `[ ] no (space: replace my job ${name})` : `[x] yes, replace my job ${name}`;
		}

		case 'advancedOpen': {
			return draft.advancedOpen ? '▾ shown' : '▸ folded (space to unfold)';
		}

		case 'shell': {
			return draft.shell ? '[x] yes: pipes, && and $VARS work' : '[ ] no: the command runs as is, with the arguments';
		}

		case 'concurrent': {
			return draft.concurrent ? '[x] yes' : '[ ] no';
		}

		case 'keepOutput': {
			return draft.keepOutput
				? "[x] yes: each run's output kept in a file (l shows it)"
				: "[ ] no: output stays in the task's sandbox, out of reach";
		}

		default: {
			const row = rowField(id);
			if (row?.list === 'volumes') {
				const mode = draft.volumes[row.index]?.mode ?? 'RW';
				return mode === 'RW' ? '(•) RW read-write  ( ) RO' : '( ) RW  (•) RO read-only';
			}

			return '';
		}
	}
}

/** Rows the user cleared are dropped when leaving the step: clearing a row is how it is removed. */
export function withoutEmptyRows(draft: WizardDraft): WizardDraft {
	return {
		...draft,
		env: draft.env.filter(variable => variable.name.trim() !== '' || variable.value.trim() !== ''),
		volumes: draft.volumes.filter(volume => volume.hostPath.trim() !== '' || volume.containerPath.trim() !== ''),
	};
}
