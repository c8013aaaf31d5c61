// Below 80x24 the layout cannot fit; saying so beats a broken screen.
import {Box, Text} from 'ink';
import {minimumSize, type TerminalSize} from '../hooks/use-terminal-size.js';

export function TooSmall({size}: {size: TerminalSize}) {
	const lines = [
		'Terminal too small',
		`(have ${size.columns}x${size.rows}, need ${minimumSize.columns}x${minimumSize.rows})`,
		'Make the window larger, or press q to quit.',
	];
	return (
		<Box flexDirection="column" width={size.columns} height={Math.min(size.rows, lines.length)}>
			{lines.slice(0, Math.max(1, size.rows)).map(line => (
				<Text key={line} wrap="truncate-end">{line}</Text>
			))}
		</Box>
	);
}
