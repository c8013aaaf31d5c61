// The full text behind a one-line error: Chronos' whole message, stack trace included.
import {Box, Text} from 'ink';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';
import {wrapText} from '../wrap-text.js';
import {printable} from '../../text/printable.js';

export function messageLines(text: string, width: number): string[] {
	return printable(text).split('\n').flatMap(line => wrapText(line, width, 4));
}

export function MessageView({title, text, offset, height, width}: {title: string; text: string; offset: number; height: number; width: number}) {
	const lines = messageLines(text, width);
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
