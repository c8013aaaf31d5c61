// The bundle's string-width: the library's own function, with a quick way through for the lines a dashboard
// is made of, and remembering its answers for the rest. Ink measures every text of every frame again (its
// caches live for one frame) and compares every changed line with the one before it, and a line holding a
// symbol (▶ ✓ …) leaves string-width's ASCII fast path for grapheme segmentation, which allocated megabytes
// per key at 10,000 jobs. The bundle routes every `import 'string-width'` here (see bundle.ts); the answers
// are the library's own, so nothing changes but the cost.
import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth from 'string-width';

type Options = Parameters<typeof stringWidth>[1];

// Enough for every line and character of a few screens; dropped whole when full (a new screen refills it).
const maxEntries = 10_000;
const widths = new Map<string, number>();

export default function rememberedStringWidth(text: string, options?: Options): number {
	if (options !== undefined) return stringWidth(text, options);
	const simple = simpleWidth(text);
	if (simple !== undefined) return simple;
	let width = widths.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (widths.size >= maxEntries) widths.clear();
		widths.set(text, width);
	}
	return width;
}

// A character is simple when it is one cell wide and always a grapheme of its own beside other simple ones:
// printable ASCII, and from Latin-1 to Latin Extended-B and from dashes to the symbol blocks (arrows, boxes,
// shapes, dingbats) whatever is not a mark, a control or format character, or wide. Nothing there joins its
// neighbours, so a line of simple characters is as wide as it is long. For such a character alone string-width
// answers its East Asian width (emoji shown as emoji by default are wide there too), so that is asked directly:
// string-width's own first answer for a symbol compiles its emoji expressions and sets up grapheme
// segmentation, 40 ms of CPU before the first frame (measured), for characters that need neither.
const notSimpleKinds = /[\p{M}\p{C}\p{Zl}\p{Zp}]/u;
const checkedUpTo = 0x2c00;
const verdicts = new Uint8Array(checkedUpTo); // 0 not yet known, 1 simple, 2 not

export function isSimple(code: number): boolean {
	if (code >= 0x20 && code <= 0x7e) return true;
	if (code >= checkedUpTo || !((code >= 0xa0 && code < 0x300) || code >= 0x2010)) return false;
	if (verdicts[code] === 0) {
		const char = String.fromCharCode(code);
		verdicts[code] = !notSimpleKinds.test(char) && eastAsianWidth(code) === 1 ? 1 : 2;
	}
	return verdicts[code] === 1;
}

/** The width of a line of simple characters and colour codes (ESC [ digits ; m, which take no cells), else undefined. */
function simpleWidth(text: string): number | undefined {
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x1b) {
			const end = colourCodeEnd(text, index);
			if (end === undefined) return undefined;
			index = end - 1;
		} else if (isSimple(code)) {
			width++;
		} else {
			return undefined;
		}
	}
	return width;
}

/** Where the colour code (ESC [ digits ; m) starting at `start` ends, or undefined when there is none. */
export function colourCodeEnd(text: string, start: number): number | undefined {
	if (text.charCodeAt(start) !== 0x1b || text.charCodeAt(start + 1) !== 0x5b) return undefined;
	let end = start + 2;
	while (end < text.length && isColourParameter(text.charCodeAt(end))) end++;
	return text.charCodeAt(end) === 0x6d ? end + 1 : undefined;
}

function isColourParameter(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || code === 0x3b;
}
