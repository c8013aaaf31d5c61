// The full text behind a one-line error: Chronos' whole message, stack trace included.
import {Box, Text} from 'ink';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';

export function messageLines(text: string): string[] {
	return text.replaceAll('\t', '    ').split('\n');
}

export function MessageView({title, text, offset, height}: {title: string; text: string; offset: number; height: number}) {
	const lines = messageLines(text);
	const bodyHeight = Math.max(1, height - 1);
	const position = scrollPosition(offset, lines.length, bodyHeight);
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">
				<Text bold>{title}</Text>
				<Text dimColor>{position ? `  ${position}` : ''}</Text>
			</Text>
			<ScrollText lines={lines} offset={offset} height={bodyHeight} />
		</Box>
	);
}
