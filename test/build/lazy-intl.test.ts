// The bundle's segmenter and list format (lazy-intl.ts) must answer exactly as ICU does: the ANSI tokenizer,
// string-width and wrap-ansi lay out every frame with them.
import {describe, expect, test} from 'vitest';
import {LazyListFormat, LazySegmenter, splitsByUnit} from '../../source/build/lazy-intl.js';

const icu = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

function graphemes(segments: Iterable<Intl.SegmentData>): Array<[string, number]> {
	return [...segments].map(({segment, index}) => [segment, index]);
}

describe('the segmenter made when first needed', () => {
	test('every unit it splits alone, ICU splits alone too, beside letters, itself, line ends and marks', () => {
		const disagreements: string[] = [];
		for (let unit = 0; unit < 0x10000; unit++) {
			const char = String.fromCharCode(unit);
			if (!splitsByUnit(char)) continue;
			for (const text of [`a${char}a`, `${char}${char}`, `\n${char}\n`, `${char}\u0301`, `\u0915\u094D${char}`]) {
				const expected = graphemes(icu.segment(text));
				const shown = graphemes(new LazySegmenter().segment(text));
				if (JSON.stringify(shown) !== JSON.stringify(expected)) disagreements.push(`U+${unit.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	test('the dashboard\'s own text needs no ICU, while marks, emoji, flags, Hangul and CR LF go to ICU', () => {
		expect(splitsByUnit('› ⏸ disabled  ▶ 0 running  … 0 queued  ✗ 20 failed  · 80 idle  ✓ 1h ago ─│┌')).toBe(true);
		for (const text of ['e\u0301', '👍🏽', '🇮🇹', '한국어', 'a\r\nb', 'x\u200Dy', 'क्ष']) {
			expect(splitsByUnit(text)).toBe(false);
			expect(graphemes(new LazySegmenter().segment(text))).toEqual(graphemes(icu.segment(text)));
		}
	});

	test('containing() and word granularity answer as ICU does', () => {
		const text = 'run ▶ now';
		const mine = new LazySegmenter().segment(text);
		const real = icu.segment(text);
		for (const index of [0, 4, 8, 9, -1]) expect(mine.containing(index)).toEqual(real.containing(index));
		const words = new Intl.Segmenter('en', {granularity: 'word'});
		expect([...new LazySegmenter('en', {granularity: 'word'}).segment('two words')]).toEqual([...words.segment('two words')]);
	});
});

test('the list format says what ICU says', () => {
	const options = {style: 'long', type: 'disjunction'} as const;
	expect(new LazyListFormat('en', options).format(['string', 'number', 'boolean'])).toBe('string, number, or boolean');
	expect(new LazyListFormat('en', options).resolvedOptions()).toEqual(new Intl.ListFormat('en', options).resolvedOptions());
});
