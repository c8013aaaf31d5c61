// One line of text being typed, with the cursor where the next character goes. A value longer than the room
// it has scrolls sideways so the cursor stays in view. Keys are handled by the input layer; this only draws.
import {Text} from 'ink';
import {isPrintableLine, printableLine} from '../../text/printable.js';

export interface LineInputProps {
	value: string;
	/** In characters; the end when left out. */
	cursor?: number;
	placeholder?: string;
	/** Columns it may use; the text scrolls within them. */
	width?: number;
	/** Without focus, no cursor is drawn. */
	focus?: boolean;
}

/** The part of the text shown in `width` columns, keeping the cursor (and one cell for it) visible. */
export function visiblePart(chars: string[], cursor: number, width: number): {start: number; end: number} {
	const room = Math.max(1, width - 1);
	if (chars.length < room) {
		return {start: 0, end: chars.length};
	}

	const start = Math.max(0, Math.min(cursor - room + 1, chars.length - room + 1));
	return {start, end: Math.min(chars.length, start + room)};
}

export function LineInput({value, cursor, placeholder, width, focus = true}: LineInputProps) {
	// A value copied from a server job may hold escape sequences: each character is drawn printable, and a
	// control character as one visible cell, so the cursor stays where it is in the text.
	const chars = isPrintableLine(value) ? [...value] : [...value].map(char => printableLine(char));
	const position = Math.max(0, Math.min(cursor ?? chars.length, chars.length));
	if (value === '' && placeholder) {
		return (
			<Text>
				{focus ? <Text inverse> </Text> : ' '}
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}

	const {start, end} = width === undefined ? {start: 0, end: chars.length} : visiblePart(chars, position, width);
	if (!focus) {
		return <Text>{chars.slice(start, end).join('')}</Text>;
	}

	return (
		<Text>
			{chars.slice(start, position).join('')}
			<Text inverse>{chars[position] ?? ' '}</Text>
			{chars.slice(position + 1, end).join('')}
		</Text>
	);
}
