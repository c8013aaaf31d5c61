// A dialog with one line of text input: the arguments for a rerun, or the job name that confirms a delete.
import {Box, Text} from 'ink';
import {LineInput} from '../components/LineInput.js';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';

export interface InputDialogProps {
	title: string;
	/** What will happen, one or more lines (already fitted to the dialog's inner width), above the input. */
	body: string[];
	/** The keys that finish the dialog, under everything else. */
	hint: string;
	label: string;
	value: string;
	cursor: number;
	/** A line under the input: why enter does nothing yet, or what it will do. */
	note?: {text: string; ok: boolean};
	width: number;
}

const maxDialogWidth = 76;
/** Border and padding on both sides. */
const frameWidth = 4;

export function inputDialogWidth(width: number): number {
	return Math.min(width, maxDialogWidth);
}

/** Room for text inside the dialog's frame. */
export function inputDialogInnerWidth(width: number): number {
	return inputDialogWidth(width) - frameWidth;
}

/** Border, title, body, input, note and hint. */
export function inputDialogHeight(bodyLines: number): number {
	return 2 + 1 + Math.max(1, bodyLines) + 3;
}

export function InputDialog({title, body, hint, label, value, cursor, note, width}: InputDialogProps) {
	const paint = usePaint();
	const lines = body.length > 0 ? body : [' '];
	return (
		<Box flexDirection="column" borderStyle="round" width={inputDialogWidth(width)} paddingX={1} height={inputDialogHeight(body.length)}>
			<Text bold wrap="truncate-end">{printableLine(title)}</Text>
			{lines.map((line, index) => (
				// Lines of one text have no identity beyond their place.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end">{printableLine(line) || ' '}</Text>
			))}
			<Box>
				<Text>{`${label} `}</Text>
				<LineInput value={value} cursor={cursor} width={inputDialogInnerWidth(width) - label.length - 1} />
			</Box>
			<Text wrap="truncate-end" color={note ? (note.ok ? paint('green') : paint('yellow')) : undefined}>
				{note ? printableLine(note.text) : ' '}
			</Text>
			<Text dimColor wrap="truncate-end">{printableLine(hint)}</Text>
		</Box>
	);
}
