// `S`: the support request the site asks for, ready to copy (`y`) or save (`w`), with where to send it above.
import {Box, Text} from 'ink';
import type {SupportRequest} from '../../support/request.js';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';
import {wrapText} from '../wrap-text.js';

export interface SupportViewProps {
	name: string;
	request: SupportRequest;
	offset: number;
	height: number;
	width: number;
}

/** Where to send it, what to do, then the request: every line wrapped, nothing cut. */
export function supportLines(request: SupportRequest, width: number): string[] {
	return [`Open ${request.page}`, request.instructions, '', ...request.text.trimEnd().split('\n')]
		.flatMap(line => wrapText(line, width, 2));
}

export function supportTextHeight(height: number): number {
	return Math.max(1, height - 1);
}

export function SupportView({name, request, offset, height, width}: SupportViewProps) {
	const lines = supportLines(request, width);
	const textHeight = supportTextHeight(height);
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">
				<Text bold>{`Support request about ${name}`}</Text>
				<Text dimColor>{`  y copy · w save  ${scrollPosition(offset, lines.length, textHeight)}`}</Text>
			</Text>
			<ScrollText lines={lines} offset={offset} height={textHeight} />
		</Box>
	);
}
