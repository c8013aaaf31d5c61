// Parents for a dependent job, picked from the jobs that exist on the server, so a typo can never create a
// dependent job Chronos silently drops.
import {Box, Text} from 'ink';

export interface ParentsPickerProps {
	candidates: string[] | undefined;
	loadError?: string;
	chosen: string[];
	cursor: number;
	focused: boolean;
}

const visibleRows = 10;

export function ParentsPicker({candidates, loadError, chosen, cursor, focused}: ParentsPickerProps) {
	if (candidates === undefined) return <Text dimColor>{loadError ?? 'Loading your jobs…'}</Text>;
	if (candidates.length === 0) {
		return <Text color="yellow">! There are no other jobs on your Chronos to run after. esc, then pick another kind.</Text>;
	}

	const first = Math.min(Math.max(0, cursor - Math.floor(visibleRows / 2)), Math.max(0, candidates.length - visibleRows));
	const shown = candidates.slice(first, first + visibleRows);
	return (
		<Box flexDirection="column">
			<Text>
				Runs after <Text bold>all</Text> of the ticked jobs succeed ({chosen.length} ticked, {candidates.length} jobs):
			</Text>
			{shown.map((name, offset) => {
				const index = first + offset;
				const here = focused && index === cursor;
				return (
					<Text key={name} color={here ? 'cyan' : undefined}>
						{here ? '›' : ' '} {chosen.includes(name) ? '[x]' : '[ ]'} {name}
					</Text>
				);
			})}
			{candidates.length > visibleRows ? <Text dimColor>  ↑/↓ for more</Text> : undefined}
		</Box>
	);
}
