// One labelled field of a wizard step, with the first problem found in it right underneath.
import {Box, Text} from 'ink';
import type {JobProblem} from '../../jobs/types.js';
import type {FieldSpec} from './fields.js';
import {TextField} from './TextField.js';

const labelWidth = 16;

export function ProblemLine({problem}: {problem: JobProblem}) {
	const error = problem.severity === 'error';
	// Wrapped, never cut: the message is the whole point, and it often ends with the fix.
	return (
		<Box paddingLeft={labelWidth + 2}>
			<Text color={error ? 'red' : 'yellow'} wrap="wrap">
				{error ? '✗ ' : '! '}
				{problem.message}
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
}

export function FieldRow({field, focused, value, onChange, note, problems, revision = 0}: FieldRowProps) {
	const marker = focused ? '›' : ' ';
	const label = field.label.padEnd(labelWidth).slice(0, labelWidth);
	// Errors first: a warning must never hide the reason Submit is refused.
	const shown = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))[0];
	return (
		<Box flexDirection="column">
			<Box>
				{/* A long value must never squeeze the labels out of line. */}
				<Box width={labelWidth + 2} flexShrink={0}>
					<Text color={focused ? 'cyan' : undefined}>
						{marker} {label}
					</Text>
				</Box>
				{field.kind === 'text' ? (
					<TextField revision={revision} value={value} onChange={onChange} focus={focused} placeholder={field.placeholder} />
				) : (
					<Text color={focused ? 'cyan' : undefined} bold={field.kind === 'action' && focused}>
						{value}
					</Text>
				)}
				{note ? <Text dimColor> {note}</Text> : undefined}
			</Box>
			{shown ? <ProblemLine problem={shown} /> : undefined}
		</Box>
	);
}
