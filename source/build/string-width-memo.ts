// The bundle's string-width: the library's own function, remembering its answers. Ink measures every line of
// every frame again (its caches live for one frame), and a line holding a symbol (▶ ✓ …) leaves
// string-width's ASCII fast path for grapheme segmentation, which allocated megabytes per key at 10,000
// jobs. Between two frames almost every line is the same string, so the answer is looked up instead.
// The bundle routes every `import 'string-width'` here (see bundle.ts); the function is pure, so nothing
// changes but the cost.
import stringWidth from 'string-width';

type Options = Parameters<typeof stringWidth>[1];

// Enough for every line and character of a few screens; dropped whole when full (a new screen refills it).
const maxEntries = 10_000;
const widths = new Map<string, number>();

export default function rememberedStringWidth(text: string, options?: Options): number {
	if (options !== undefined) return stringWidth(text, options);
	let width = widths.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (widths.size >= maxEntries) widths.clear();
		widths.set(text, width);
	}
	return width;
}
