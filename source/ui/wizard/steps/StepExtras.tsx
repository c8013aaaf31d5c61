// What a form step shows below its fields: image suggestions, directory candidates, the schedule in words,
// the parents list.
import {Text} from 'ink';
import type {JobProblem} from '../../../jobs/types.js';
import type {WizardDraft} from '../draft.js';
import type {Line} from '../../input/line-edit.js';
import {draftSchedule} from '../schedule-words.js';
import {fieldText, type FieldSpec} from '../fields.js';
import {completeDirectory} from '../path-completion.js';
import {problemsAt} from '../validation.js';
import {ImageSuggestions} from './ImageSuggestions.js';
import {ParentsPicker} from './ParentsPicker.js';
import {SchedulePreview} from './SchedulePreview.js';
import {printableLine} from '../../../text/printable.js';

export interface StepExtrasProps {
	draft: WizardDraft;
	field: FieldSpec | undefined;
	problems: JobProblem[];
	suggestions: string[];
	suggestion?: number;
	parentCandidates?: string[];
	parentCursor: number;
	parentFilter: Line;
	/** Jobs there are to pick from before the filter. */
	parentTotal?: number;
	jobsError?: string;
}

const hostPathField = /^volumes\.\d+\.hostPath$/;

/** Lines StepExtras takes below the fields, so the fields know how many are left for them. */
export function extrasHeight(draft: WizardDraft, field: FieldSpec | undefined, suggestions: readonly string[]): number {
	switch (draft.step) {
		case 'image': return field?.id === 'image' && suggestions.length > 0 ? 2 + suggestions.length : 0;
		case 'volumes': return 1;
		case 'when': return draft.kind === 'dependent' ? 0 : 4;
		default: return 0;
	}
}

export function StepExtras(props: StepExtrasProps) {
	const {draft, field} = props;
	switch (draft.step) {
		case 'image': {
			return field?.id === 'image' ? <ImageSuggestions suggestions={props.suggestions} selected={props.suggestion} /> : undefined;
		}

		case 'volumes': {
			if (draft.volumes.length === 0) {
				return <Text dimColor>No volumes: the job sees only its container. Add one to reach your files on lustre.</Text>;
			}

			if (!field || !hostPathField.test(field.id)) return undefined;
			return (
				<Text dimColor wrap="truncate-end">
					{printableLine(completeDirectory(fieldText(draft, field.id)).candidates.slice(0, 8).join('  ')) || ' '}
				</Text>
			);
		}

		case 'when': {
			if (draft.kind !== 'dependent') return <SchedulePreview schedule={draftSchedule(draft)} now={new Date()} />;
			return (
				<>
					<ParentsPicker
						focused
						candidates={props.parentCandidates}
						loadError={props.jobsError}
						chosen={draft.parents}
						cursor={props.parentCursor}
						filter={props.parentFilter}
						total={props.parentTotal ?? 0}
					/>
					{problemsAt(props.problems, 'parents')
						.slice(0, 2)
						.map(problem => (
							<Text key={problem.message} color={problem.severity === 'error' ? 'red' : 'yellow'}>
								{problem.severity === 'error' ? '✗' : '!'} {printableLine(problem.message)}
							</Text>
						))}
				</>
			);
		}

		default: {
			return undefined;
		}
	}
}
