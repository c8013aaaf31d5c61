// The full text behind a one-line error: Chronos' whole message, stack trace included.
import {Box, Text} from 'ink';
import {ScrollText} from '../components/ScrollText.js';

export function messageLines(text: string): string[] {
	return text.replaceAll('\t', '    ').split('\n');
}

export function MessageView({title, text, offset, height}: {title: string; text: string; offset: number; height: number}) {
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate-end">{title}</Text>
			<ScrollText lines={messageLines(text)} offset={offset} height={Math.max(1, height - 1)} />
		</Box>
	);
}
