// `?`: the keys of the view underneath, straight from its keymap table, and only those.
import {Box, Text} from 'ink';
import type {KeyBinding} from '../keymap-types.js';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';
import {helpLines} from './help-layout.js';

export interface HelpViewProps {
	title: string;
	table: ReadonlyArray<KeyBinding>;
	offset: number;
	height: number;
	width: number;
}

export {helpLines};

export function HelpView({title, table, offset, height, width}: HelpViewProps) {
	const bodyHeight = Math.max(1, height - 1);
	const lines = helpLines(table, width, bodyHeight);
	const position = scrollPosition(offset, lines.length, bodyHeight);
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">
				<Text bold>{`Keys: ${title}`}</Text>
				<Text dimColor>{position ? `  ${position}, ↑↓ scroll` : ''}</Text>
			</Text>
			<ScrollText lines={lines} offset={offset} height={bodyHeight} />
		</Box>
	);
}
