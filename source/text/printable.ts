// Text from a server, a job file or the command line may hold anything: escape sequences that retitle the
// window, write the clipboard, clear the screen or hide text; bidi overrides that show a name backwards;
// lone surrogates. Before such text reaches a terminal every one of those is replaced by something visible
// of known width, so a hostile value can neither act on the terminal nor push a column out of line.

// C0 controls, DEL, C1 controls, lone surrogates (matched only as such under the `u` flag), and the
// invisible characters that reorder or hide text: bidi embeddings, overrides and isolates, directional
// marks, zero-width space, word joiner and invisible operators, line/paragraph separators, the BOM.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\p{Cs}/u;
const unsafeGlobal = new RegExp(unsafe.source, 'gu');

/** How one character is shown: a control picture (one cell) for C0 and DEL, else a `<U+XXXX>` tag. */
function visible(char: string): string {
	const code = char.codePointAt(0)!;
	if (code < 0x20) {
		return String.fromCodePoint(0x2400 + code);
	}

	if (code === 0x7F) {
		return '\u2421';
	}

	if (code >= 0xD800 && code <= 0xDFFF) {
		return '\uFFFD';
	}

	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

const tabWidth = 8;

/**
 * Foreign text made safe to print, keeping its lines: `\n` (and `\r\n`) stay line breaks, tabs become spaces
 * up to the next stop of 8, and every other control or invisible character is shown visibly.
 */
export function printable(text: string): string {
	if (!unsafe.test(text)) {
		return text;
	}

	return text
		.replace(/\r\n/g, '\n')
		.split('\n')
		.map(line => expandTabs(line).replace(unsafeGlobal, visible))
		.join('\n');
}

/**
 * Foreign text made safe for one line of a table, a header or an error: line breaks and tabs are shown
 * (`␊`, `␉`) like any other control character, so the line stays one line and one cell per character.
 */
export function printableLine(text: string): string {
	return unsafe.test(text) ? text.replace(unsafeGlobal, visible) : text;
}

/** True when the text would print exactly as it is, on one line. */
export function isPrintableLine(text: string): boolean {
	return !unsafe.test(text);
}

function expandTabs(line: string): string {
	if (!line.includes('\t')) {
		return line;
	}

	let column = 0;
	let result = '';
	for (const char of line) {
		if (char === '\t') {
			const spaces = tabWidth - (column % tabWidth);
			result += ' '.repeat(spaces);
			column += spaces;
		} else {
			result += char;
			column++;
		}
	}

	return result;
}

/** Every string inside a JSON-like value made printable on one line, for views that format a whole document. */
export function printableDocument<T>(value: T): T {
	if (typeof value === 'string') {
		return printableLine(value) as T;
	}

	if (Array.isArray(value)) {
		return value.map(item => printableDocument(item)) as T;
	}

	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [printableLine(key), printableDocument(item)]),
		) as T;
	}

	return value;
}

// What JSON.stringify and YAML's double quotes leave raw: C1 controls, DEL, lone surrogates, bidi and
// invisible characters (C0 controls, line breaks and tabs they already write as escapes or keep harmless).
const rawInStrings = new RegExp(unsafe.source.replace('\\u0000-\\u001F', ''), 'gu');

/**
 * A JSON text, or a YAML text whose strings holding such characters are double-quoted, with those characters
 * written as `\uXXXX` escapes: the same document, and safe to print.
 */
export function escapeInvisibles(documentText: string): string {
	return documentText.replace(rawInStrings, char => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

const invisibleBesideLineBreaks = new RegExp(unsafe.source.replace('\\u0000-\\u001F', '\\u0000-\\u0008\\u000B-\\u001F'), 'u');

/** True when the text holds a control or invisible character other than a tab or a line break. */
export function hasInvisibles(text: string): boolean {
	return invisibleBesideLineBreaks.test(text);
}
