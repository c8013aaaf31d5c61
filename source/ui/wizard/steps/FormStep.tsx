// A step made of fields: one row per field in tab order, problems under each, step-specific extras below.
import {useRef, type ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {JobProblem} from '../../../jobs/types.js';
import {FieldRow, labelColumnWidth} from '../FieldRow.js';
import {fieldText, toggleLabel, type FieldSpec} from '../fields.js';
import type {WizardDraft} from '../draft.js';
import {problemsAt} from '../validation.js';
import {fieldWindow} from '../field-window.js';

export interface FormStepProps {
	draft: WizardDraft;
	fields: FieldSpec[];
	focus: number;
	problems: JobProblem[];
	notes: Record<string, string>;
	/** See FieldRow: bumped when a value is filled in for the user. */
	revision: number;
	onChange(id: string, value: string): void;
	children?: ReactNode;
	/** Lines the fields may take; a taller step scrolls to keep the focused field in view. */
	maxRows?: number;
	/** Columns the step has. */
	width?: number;
}

/** Lines a field's row takes: its value and its first problem, each wrapped in the room beside the labels. */
function rowHeight(value: string, problems: JobProblem[], room: number): number {
	const lines = (length: number) => Math.max(1, Math.ceil(length / Math.max(10, room)));
	const shown = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))[0];
	return lines([...value].length + 1) + (shown ? lines([...shown.message].length + 2) : 0);
}

function shownValue(draft: WizardDraft, field: FieldSpec): string {
	return field.kind === 'text' ? fieldText(draft, field.id) : field.kind === 'toggle' ? toggleLabel(draft, field.id) : field.label;
}

export function FormStep({draft, fields, focus, problems, notes, revision, onChange, children, maxRows, width = 80}: FormStepProps) {
	const labelWidth = labelColumnWidth(fields.filter(field => field.kind !== 'action').map(field => field.label));
	const rows = fields
		.filter(field => field.kind !== 'list')
		.map(field => {
			const index = fields.indexOf(field);
			// Several schedule fields share one problem path; show its message once, under the last of them.
			const sharesPath = fields.slice(index + 1).some(later => later.problemPath === field.problemPath);
			return {field, index, problems: sharesPath ? [] : problemsAt(problems, field.problemPath)};
		});
	const heights = rows.map(row => rowHeight(shownValue(draft, row.field) + (notes[row.field.id] ?? ''), row.problems, width - labelWidth - 3));
	const focusRow = Math.max(0, rows.findIndex(row => row.index === focus));
	const previousStart = useRef(0);
	const shown = fieldWindow(heights, focusRow, maxRows ?? Number.POSITIVE_INFINITY, previousStart.current);
	previousStart.current = shown.start;
	return (
		<Box flexDirection="column">
			{shown.start > 0 ? <Text dimColor>{`  ↑ ${shown.start} more above (shift+tab)`}</Text> : undefined}
			{rows.slice(shown.start, shown.end).map(({field, index, problems: fieldProblems}) => {
				const value = shownValue(draft, field);
				const shownField = field.kind === 'action' ? {...field, label: ''} : field;
				return (
					<FieldRow
						key={field.id}
						field={shownField}
						focused={index === focus}
						value={value}
						note={notes[field.id]}
						revision={revision}
						labelWidth={labelWidth}
						problems={fieldProblems}
						onChange={text => onChange(field.id, text)}
					/>
				);
			})}
			{shown.end < rows.length ? <Text dimColor>{`  ↓ ${rows.length - shown.end} more below (tab)`}</Text> : undefined}
			{children}
		</Box>
	);
}
