// `?`: the keys of the view underneath, straight from its keymap table, and only those.
import {Box, Text} from 'ink';
import type {KeyBinding} from '../keymap-types.js';
import {formatKeys} from '../keymap.js';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';
import {fit} from '../table-layout.js';

export interface HelpViewProps {
	title: string;
	table: ReadonlyArray<KeyBinding>;
	offset: number;
	height: number;
}

export function helpLines(table: ReadonlyArray<KeyBinding>): string[] {
	return table.map(binding => `  ${fit(formatKeys(binding), 18)} ${binding.description}`);
}

export function HelpView({title, table, offset, height}: HelpViewProps) {
	const lines = helpLines(table);
	const bodyHeight = Math.max(1, height - 1);
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
