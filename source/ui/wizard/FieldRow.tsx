// One labelled field of a wizard step, with the first problem found in it right underneath.
import {Box, Text} from 'ink';
import type {JobProblem} from '../../jobs/types.js';
import type {FieldSpec} from './fields.js';
import {TextField} from './TextField.js';
import {printableLine} from '../../text/printable.js';

/** Columns the labels of a step get when none asks for more. */
export const defaultLabelWidth = 16;

/** The label column of a step: as wide as its longest label, so no label runs into its value. */
export function labelColumnWidth(labels: string[]): number {
	return Math.min(28, Math.max(defaultLabelWidth, ...labels.map(label => [...label].length)));
}

export function ProblemLine({problem, labelWidth = defaultLabelWidth}: {problem: JobProblem; labelWidth?: number}) {
	const error = problem.severity === 'error';
	// Wrapped, never cut: the message is the whole point, and it often ends with the fix.
	return (
		<Box paddingLeft={labelWidth + 3}>
			<Text color={error ? 'red' : 'yellow'} wrap="wrap">
				{error ? '✗ ' : '! '}
				{printableLine(problem.message)}
			</Text>
		</Box>
	);
}

export interface FieldRowProps {
	field: FieldSpec;
	focused: boolean;
	value: string;
	onChange(value: string): void;
	/** Shown after the input: normalised value, limits. */
	note?: string;
	/** Changes when the value was replaced from outside (completion, suggestion), to put the cursor at its end. */
	revision?: number;
	problems: JobProblem[];
	/** Width of the label column, the same for every row of a step. */
	labelWidth?: number;
}

export function FieldRow({field, focused, value, onChange, note, problems, revision = 0, labelWidth = defaultLabelWidth}: FieldRowProps) {
	const marker = focused ? '›' : ' ';
	const chars = [...field.label];
	// A label too long even for the widest column is cut with a mark, never run into the value.
	const label = chars.length > labelWidth ? `${chars.slice(0, labelWidth - 1).join('')}…` : field.label;
	// Errors first: a warning must never hide the reason Submit is refused.
	const shown = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))[0];
	return (
		<Box flexDirection="column">
			<Box>
				{/* A long value must never squeeze the labels out of line. */}
				{/* One column more than the label needs: a space always stands between label and value. */}
				<Box width={labelWidth + 3} flexShrink={0}>
					<Text color={focused ? 'cyan' : undefined}>
						{marker} {label}
					</Text>
				</Box>
				{field.kind === 'text' ? (
					// No width: a long value (an image, a command) wraps under itself, so all of it stays in view.
					<TextField revision={revision} value={value} onChange={onChange} focus={focused} placeholder={field.placeholder} />
				) : (
					<Text color={focused ? 'cyan' : undefined} bold={field.kind === 'action' && focused}>
						{printableLine(value)}
					</Text>
				)}
				{note ? <Text dimColor> {printableLine(note)}</Text> : undefined}
			</Box>
			{shown ? <ProblemLine problem={shown} labelWidth={labelWidth} /> : undefined}
		</Box>
	);
}
