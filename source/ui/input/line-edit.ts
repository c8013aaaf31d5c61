// Editing one line of text as a shell does: the cursor moves by character, by word (ctrl+←/→, alt+b/f) and to
// either end (home/end, ctrl+a/e); backspace and delete remove a character, ctrl+w the word before the cursor,
// ctrl+u and ctrl+k everything before or after it. Pure, so every text field of the program edits alike.
// A tab never becomes a character: it belongs to the view (next field, complete a path).
import type {Keystroke} from './keystroke.js';

export interface Line {
	text: string;
	/** In characters (code points) from the start. */
	cursor: number;
}

export function lineAtEnd(text: string): Line {
	return {text, cursor: [...text].length};
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);
const isBlank = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Where a word motion backwards lands: the start of the word before the cursor. */
function wordStart(chars: string[], from: number, inWord: (char: string | undefined) => boolean): number {
	let index = from;
	while (index > 0 && !inWord(chars[index - 1])) index--;
	while (index > 0 && inWord(chars[index - 1])) index--;
	return index;
}

/** Where a word motion forwards lands: the end of the word after the cursor. */
function wordEnd(chars: string[], from: number): number {
	let index = from;
	while (index < chars.length && !isWordChar(chars[index])) index++;
	while (index < chars.length && isWordChar(chars[index])) index++;
	return index;
}

function remove(chars: string[], from: number, to: number): Line {
	return {text: [...chars.slice(0, from), ...chars.slice(to)].join(''), cursor: from};
}

/** Text as a one-line field keeps it: line breaks and tabs become spaces, other control characters go. */
export function oneLine(text: string): string {
	return text.replaceAll(/[\r\n\t]+/g, ' ').replaceAll(/[\u0000-\u001F\u007F\u0080-\u009F]/g, '');
}

/** Inserts typed or pasted text at the cursor. */
export function insertText(line: Line, text: string): Line {
	const chars = [...line.text];
	const added = [...oneLine(text)];
	const cursor = Math.min(line.cursor, chars.length);
	return {text: [...chars.slice(0, cursor), ...added, ...chars.slice(cursor)].join(''), cursor: cursor + added.length};
}

/** The line after a keystroke, or undefined when the key is not an edit (enter, esc, tab, ↑/↓ are the view's). */
export function editLine(line: Line, stroke: Keystroke): Line | undefined {
	const chars = [...line.text];
	const cursor = Math.max(0, Math.min(line.cursor, chars.length));
	const at = (position: number): Line => ({text: line.text, cursor: position});
	switch (stroke.name) {
		case 'left':
		case 'ctrl+b': return at(Math.max(0, cursor - 1));
		case 'right':
		case 'ctrl+f': return at(Math.min(chars.length, cursor + 1));
		case 'home':
		case 'ctrl+a': return at(0);
		case 'end':
		case 'ctrl+e': return at(chars.length);
		case 'ctrl+left':
		case 'meta+left':
		case 'meta+b': return at(wordStart(chars, cursor, isWordChar));
		case 'ctrl+right':
		case 'meta+right':
		case 'meta+f': return at(wordEnd(chars, cursor));
		case 'backspace': return cursor === 0 ? at(0) : remove(chars, cursor - 1, cursor);
		case 'delete':
		case 'ctrl+d': return remove(chars, cursor, Math.min(chars.length, cursor + 1));
		case 'ctrl+w': return remove(chars, wordStart(chars, cursor, char => char !== undefined && !isBlank(char)), cursor);
		case 'meta+backspace': return remove(chars, wordStart(chars, cursor, isWordChar), cursor);
		case 'meta+d': return remove(chars, cursor, wordEnd(chars, cursor));
		case 'ctrl+u': return remove(chars, 0, cursor);
		case 'ctrl+k': return remove(chars, cursor, chars.length);
		default: return stroke.text === '' ? undefined : insertText({text: line.text, cursor}, stroke.text);
	}
}
