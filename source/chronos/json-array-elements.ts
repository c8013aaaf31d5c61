// Reads a JSON array one element at a time. JSON.parse of a whole 10,000-job list builds every job at once,
// beside the jobs already held from the last poll; here each element is parsed and handed to the caller
// before the next one, so an element equal to one already held can be dropped as soon as it is read.

/**
 * Calls `each` with every element of the top-level JSON array in `text`, parsed, in order. Returns false
 * (having stopped) when `text` is not a valid JSON array or `each` returns false: the caller then reads the
 * body as a whole, which names the problem exactly as it always did.
 */
export function forEachArrayElement(text: string, each: (element: unknown) => boolean): boolean {
	let index = skipSpace(text, 0);
	if (text.charCodeAt(index) !== openBracket) return false;
	index = skipSpace(text, index + 1);
	if (text.charCodeAt(index) === closeBracket) return skipSpace(text, index + 1) === text.length;

	for (;;) {
		const end = elementEnd(text, index);
		if (end === undefined) return false;
		let element: unknown;
		try {
			element = JSON.parse(text.slice(index, end));
		} catch {
			return false;
		}

		if (!each(element)) return false;
		const separator = text.charCodeAt(end);
		if (separator === closeBracket) return skipSpace(text, end + 1) === text.length;
		index = end + 1;
	}
}

const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const comma = 0x2c;
const quote = 0x22;
const backslash = 0x5c;

/**
 * Where the element starting at `start` ends: the index of the `,` or `]` after it at the array's own depth,
 * undefined when the text ends first. Only strings and nesting are followed; JSON.parse of the slice checks
 * the rest, so a slice that is not one valid value is still refused.
 */
function elementEnd(text: string, start: number): number | undefined {
	let depth = 0;
	for (let index = start; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === quote) {
			index = stringEnd(text, index + 1);
			if (index < 0) return undefined;
		} else if (code === openBracket || code === openBrace) {
			depth++;
		} else if (code === closeBracket || code === closeBrace) {
			if (depth === 0) return index;
			depth--;
		} else if (code === comma && depth === 0) {
			return index;
		}
	}

	return undefined;
}

/** The index of the quote closing a string whose text starts at `from`; -1 when the text ends first. */
function stringEnd(text: string, from: number): number {
	for (let index = from; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === backslash) {
			index++;
		} else if (code === quote) {
			return index;
		}
	}

	return -1;
}

function skipSpace(text: string, from: number): number {
	let index = from;
	for (;;) {
		const code = text.charCodeAt(index);
		// JSON's own white space: space, tab, line feed, carriage return.
		if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
		index++;
	}
}
