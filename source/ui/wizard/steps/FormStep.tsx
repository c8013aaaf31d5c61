// A step made of fields: one row per field in tab order, problems under each, step-specific extras below.
import type {ReactNode} from 'react';
import {Box} from 'ink';
import type {JobProblem} from '../../../jobs/types.js';
import {FieldRow, labelColumnWidth} from '../FieldRow.js';
import {fieldText, toggleLabel, type FieldSpec} from '../fields.js';
import type {WizardDraft} from '../draft.js';
import {problemsAt} from '../validation.js';

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
}

export function FormStep({draft, fields, focus, problems, notes, revision, onChange, children}: FormStepProps) {
	const labelWidth = labelColumnWidth(fields.filter(field => field.kind !== 'action').map(field => field.label));
	return (
		<Box flexDirection="column">
			{fields
				.filter(field => field.kind !== 'list')
				.map(field => {
					const index = fields.indexOf(field);
					const value = field.kind === 'text' ? fieldText(draft, field.id) : field.kind === 'toggle' ? toggleLabel(draft, field.id) : field.label;
					const shownField = field.kind === 'action' ? {...field, label: ''} : field;
					// Several schedule fields share one problem path; show its message once, under the last of them.
					const sharesPath = fields.slice(index + 1).some(later => later.problemPath === field.problemPath);
					return (
						<FieldRow
							key={field.id}
							field={shownField}
							focused={index === focus}
							value={value}
							note={notes[field.id]}
							revision={revision}
							labelWidth={labelWidth}
							problems={sharesPath ? [] : problemsAt(problems, field.problemPath)}
							onChange={text => onChange(field.id, text)}
						/>
					);
				})}
			{children}
		</Box>
	);
}
