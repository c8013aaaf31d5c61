// A yes/no question about one job. Cancel is focused when it opens, so a stray enter changes nothing.
import {Box, Text} from 'ink';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';

export interface ConfirmDialogProps {
	/** "Stop demo-train?" */
	title: string;
	/** What will happen, in a line or two. */
	body: string[];
	/** Label of the button that acts, e.g. "Stop". */
	actionLabel: string;
	/** 0 = Cancel (the default), 1 = the action. */
	focus: 0 | 1;
	width: number;
}

export const confirmDialogHeight = 7;

export function ConfirmDialog({title, body, actionLabel, focus, width}: ConfirmDialogProps) {
	const paint = usePaint();
	const button = (label: string, focused: boolean, color?: 'red') => (
		<Text bold={focused} color={focused && color ? paint(color) : undefined} underline={focused}>
			{focused ? `▸ ${label} ◂` : `  ${label}  `}
		</Text>
	);
	return (
		<Box flexDirection="column" borderStyle="round" width={Math.min(width, 76)} paddingX={1} height={confirmDialogHeight}>
			<Text bold wrap="truncate-end">{printableLine(title)}</Text>
			{body.slice(0, 2).map(line => <Text key={line} wrap="truncate-end">{printableLine(line)}</Text>)}
			{body.length < 2 ? <Text> </Text> : null}
			<Text>
				{button('Cancel', focus === 0)}
				{'   '}
				{button(actionLabel, focus === 1, 'red')}
			</Text>
		</Box>
	);
}
