// A dialog with one line of text input: the arguments for a rerun, or the job name that confirms a delete.
import {Box, Text} from 'ink';
import {LineInput} from '../components/LineInput.js';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';

export interface InputDialogProps {
	title: string;
	body: string[];
	label: string;
	value: string;
	/** A line under the input: why enter does nothing yet, or what it will do. */
	note?: {text: string; ok: boolean};
	width: number;
}

export const inputDialogHeight = 7;

export function InputDialog({title, body, label, value, note, width}: InputDialogProps) {
	const paint = usePaint();
	return (
		<Box flexDirection="column" borderStyle="round" width={Math.min(width, 76)} paddingX={1} height={inputDialogHeight}>
			<Text bold wrap="truncate-end">{printableLine(title)}</Text>
			<Text wrap="truncate-end">{body[0] ?? ' '}</Text>
			<Box>
				<Text>{`${label} `}</Text>
				<LineInput value={value} />
			</Box>
			<Text wrap="truncate-end" color={note ? (note.ok ? paint('green') : paint('yellow')) : undefined}>
				{note ? printableLine(note.text) : ' '}
			</Text>
			<Text dimColor wrap="truncate-end">{body[1] ?? ' '}</Text>
		</Box>
	);
}
