// Parents for a dependent job, picked from the jobs that exist on the server, so a typo can never create a
// dependent job Chronos silently drops. Typing narrows the list; the user's newest jobs come first.
import {Box, Text} from 'ink';
import {LineInput} from '../../components/LineInput.js';
import type {Line} from '../../input/line-edit.js';
import {printableLine} from '../../../text/printable.js';

export interface ParentsPickerProps {
	candidates: string[] | undefined;
	loadError?: string;
	chosen: string[];
	cursor: number;
	focused: boolean;
	filter: Line;
	/** Jobs there are before the filter. */
	total: number;
}

const visibleRows = 10;

export function ParentsPicker({candidates, loadError, chosen, cursor, focused, filter, total}: ParentsPickerProps) {
	if (candidates === undefined) return <Text dimColor>{loadError ?? 'Loading your jobs…'}</Text>;
	if (total === 0) {
		return <Text color="yellow">! There are no other jobs on your Chronos to run after. esc, then pick another kind.</Text>;
	}

	const filterLine = (
		<Text>
			<Text dimColor>Find: </Text>
			<LineInput value={filter.text} cursor={filter.cursor} placeholder="type part of a name" focus={focused} width={40} />
			<Text dimColor>{filter.text === '' ? '' : `  ${candidates.length} of ${total} jobs`}</Text>
		</Text>
	);
	if (candidates.length === 0) {
		return (
			<Box flexDirection="column">
				{filterLine}
				<Text color="yellow">! No job name contains "{filter.text}" (backspace to widen the search)</Text>
			</Box>
		);
	}

	const first = Math.min(Math.max(0, cursor - Math.floor(visibleRows / 2)), Math.max(0, candidates.length - visibleRows));
	const shown = candidates.slice(first, first + visibleRows);
	return (
		<Box flexDirection="column">
			<Text>
				Runs after <Text bold>all</Text> of the ticked jobs succeed ({chosen.length} ticked, {total} jobs):
			</Text>
			{filterLine}
			{shown.map((name, offset) => {
				const index = first + offset;
				const here = focused && index === cursor;
				return (
					<Text key={name} color={here ? 'cyan' : undefined}>
						{here ? '›' : ' '} {chosen.includes(name) ? '[x]' : '[ ]'} {printableLine(name)}
					</Text>
				);
			})}
			{candidates.length > visibleRows ? <Text dimColor>  ↑/↓ for more</Text> : undefined}
		</Box>
	);
}
