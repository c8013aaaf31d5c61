// Several libraries make an `Intl.Segmenter` or `Intl.ListFormat` when they load (ink, string-width, slice-ansi,
// wrap-ansi and the ANSI tokenizer; got's type checker for its error messages). Making the first one loads
// ICU's data for it: about 16 ms for a segmenter, 20 ms for a list format, on every launch, whether or not any
// text ever needs it. In the bundle both names stand for these classes (bundle.ts: `define` and `inject`),
// which make the real object the first time it is needed, with the same arguments.
//
// Most text on a dashboard (ASCII, box drawing, arrows, the state symbols) splits into graphemes trivially:
// each UTF-16 unit is a grapheme of its own. A grapheme segmenter answers such text itself, unit by unit,
// and hands anything else to ICU; test/build/lazy-intl.test.ts checks every unit it takes against ICU.

const {Segmenter, ListFormat} = Intl;

/**
 * Units that can join a neighbour into one grapheme (Unicode's grapheme cluster rules): carriage return (CR
 * LF), extenders, zero-width joiner, spacing marks, prepended concatenation marks, Hangul jamo and syllables,
 * and surrogates (everything outside the Basic Multilingual Plane: emoji, flags, modifiers).
 */
const joining = /[\r\p{Grapheme_Extend}\p{Mc}\p{Cs}\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF]/u;

/** Per UTF-16 unit: 0 not yet known, 1 a grapheme on its own whatever surrounds it, 2 maybe not. */
const verdicts = new Uint8Array(0x10000);

function standsAlone(unit: number): boolean {
	if (unit < 0x7f) return unit !== 0x0d;
	let verdict = verdicts[unit]!;
	if (verdict === 0) {
		verdict = joining.test(String.fromCharCode(unit)) ? 2 : 1;
		verdicts[unit] = verdict;
	}
	return verdict === 1;
}

/** True when every unit of `text` is a grapheme of its own. */
export function splitsByUnit(text: string): boolean {
	for (let index = 0; index < text.length; index++) {
		if (!standsAlone(text.charCodeAt(index))) return false;
	}
	return true;
}

/** What `Segmenter.segment` gives, for text whose every unit is a grapheme. */
class UnitSegments implements Iterable<Intl.SegmentData> {
	constructor(private readonly input: string) {}

	containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
		const index = Math.trunc(Number(codeUnitIndex)) || 0;
		return index >= 0 && index < this.input.length ? {segment: this.input[index]!, index, input: this.input} : undefined;
	}

	*[Symbol.iterator](): Iterator<Intl.SegmentData> {
		for (let index = 0; index < this.input.length; index++) yield {segment: this.input[index]!, index, input: this.input};
	}
}

/** What `make` gives, made the first time it is asked for. */
function madeOnFirstUse<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

export class LazySegmenter {
	readonly #segmenter: () => Intl.Segmenter;
	readonly #graphemes: boolean;

	constructor(...args: ConstructorParameters<typeof Segmenter>) {
		this.#segmenter = madeOnFirstUse(() => new Segmenter(...args));
		this.#graphemes = (args[1]?.granularity ?? 'grapheme') === 'grapheme';
	}

	segment(input: string): Intl.Segments {
		const text = String(input);
		return this.#graphemes && splitsByUnit(text) ? (new UnitSegments(text) as unknown as Intl.Segments) : this.#segmenter().segment(text);
	}

	resolvedOptions(): Intl.ResolvedSegmenterOptions {
		return this.#segmenter().resolvedOptions();
	}
}

export class LazyListFormat {
	readonly #listFormat: () => Intl.ListFormat;

	constructor(...args: ConstructorParameters<typeof ListFormat>) {
		this.#listFormat = madeOnFirstUse(() => new ListFormat(...args));
	}

	format(list: Iterable<string>): string {
		return this.#listFormat().format(list);
	}

	formatToParts(list: Iterable<string>): Array<{type: 'element' | 'literal'; value: string}> {
		return this.#listFormat().formatToParts(list);
	}

	resolvedOptions(): Intl.ResolvedListFormatOptions {
		return this.#listFormat().resolvedOptions();
	}
}
