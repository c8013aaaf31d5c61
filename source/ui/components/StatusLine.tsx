// What the last action did, in a line or two; failures in red with a pointer to the full text. A message
// naming a file (where an edit is kept, where a job was saved) is worth nothing cut, so a long message
// wraps to a second line, and what does not fit in two is one key away (`x`).
import {Box, Text} from 'ink';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';
import {wrapText} from '../wrap-text.js';

export interface Status {
	ok: boolean;
	message: string;
	detail?: string;
	/** True while the action is still running. */
	pending?: boolean;
}

/** What the line says before anything has happened: where a new user starts. */
const firstTip = 'enter opens a job · / filters · ? lists every key';

const maxLines = 2;
const cutMark = '… (x: full text)';

/** The status as it is drawn: one or two lines within `width`, the second cut with a pointer to `x`. */
export function statusLines(status: Status | undefined, width: number, tip = false): string[] {
	if (!status) {
		return [tip ? firstTip : ' '];
	}

	const message = printableLine(status.message);
	if (status.pending) {
		return [`… ${message}`];
	}

	const more = !status.ok && status.detail && status.detail.trim() !== status.message.trim() ? ' (x: full text)' : '';
	const lines = wrapText(`${status.ok ? '✓' : '✗'} ${message}${more}`, width, 2);
	if (lines.length <= maxLines) {
		return lines;
	}

	const last = [...lines[maxLines - 1]!];
	return [...lines.slice(0, maxLines - 1), last.slice(0, Math.max(0, width - cutMark.length)).join('') + cutMark];
}

/** True when the status did not fit its lines: `x` then shows it whole, success or not. */
export function statusCut(status: Status | undefined, width: number): boolean {
	return statusLines(status, width).at(-1)?.endsWith(cutMark) ?? false;
}

export function StatusLine({status, width, tip = false}: {status?: Status; width: number; tip?: boolean}) {
	const paint = usePaint();
	const lines = statusLines(status, width, tip);
	const color = !status ? undefined : status.pending ? paint('yellow') : status.ok ? paint('green') : paint('red');
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// The lines of one message have no identity beyond their order.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end" dimColor={!status} color={color}>{line}</Text>
			))}
		</Box>
	);
}
