// A window onto a long list of lines: only the lines that fit are rendered, each cut to the width.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';

export interface ScrollTextProps {
	lines: readonly ReactNode[];
	offset: number;
	height: number;
}

export function clampOffset(offset: number, total: number, height: number): number {
	return Math.max(0, Math.min(offset, total - height));
}

export function ScrollText({lines, offset, height}: ScrollTextProps) {
	const start = clampOffset(offset, lines.length, height);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			{lines.slice(start, start + height).map((line, index) => (
				// Lines have no identity of their own; their position in the text is their key.
				<Text key={start + index} wrap="truncate-end">{line}</Text>
			))}
		</Box>
	);
}

/** "lines 1-20 of 64" for a title bar. */
export function scrollPosition(offset: number, total: number, height: number): string {
	if (total <= height) {
		return '';
	}

	const start = clampOffset(offset, total, height);
	return `lines ${start + 1}-${Math.min(total, start + height)} of ${total}`;
}
