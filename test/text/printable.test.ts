// Foreign text on the way to a terminal: nothing in it may act on the terminal, and every character keeps
// a width known in advance, so tables stay in line.
import {describe, expect, it} from 'vitest';
import {escapeInvisibles, hasInvisibles, printable, printableDocument, printableLine} from '../../source/text/printable.js';

/** Anything a terminal would act on or hide instead of showing. */
const acting = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

describe('printableLine', () => {
	it('shows escape sequences instead of passing them: clipboard, title, clear screen, leave alternate screen', () => {
		const hostile = 'x\u001B]52;c;aGVsbG8=\u0007\u001B]0;owned\u0007\u001B[2J\u001B[?1049l\u001B[31mred\u001B[0m';
		const shown = printableLine(hostile);
		expect(shown).not.toMatch(acting);
		expect(shown).toBe('x␛]52;c;aGVsbG8=␇␛]0;owned␇␛[2J␛[?1049l␛[31mred␛[0m');
		// One cell per character of the original: a column of such names stays in line.
		expect([...shown]).toHaveLength([...hostile].length);
	});

	it('shows DCS, C1 controls and DEL visibly', () => {
		expect(printableLine('a\u001BPq#0\u001B\\b')).toBe('a␛Pq#0␛\\b');
		expect(printableLine('a\u009B2Jb\u0090c')).toBe('a<U+009B>2Jb<U+0090>c');
		expect(printableLine('a\u007Fb')).toBe('a␡b');
	});

	it('keeps a table cell on one line: line breaks, carriage returns and tabs are shown', () => {
		expect(printableLine('one\ntwo\r\tthree')).toBe('one␊two␍␉three');
	});

	it('shows bidi overrides, isolates and invisible characters that would reorder or hide text', () => {
		expect(printableLine('alice-\u202Etxt.exe')).toBe('alice-<U+202E>txt.exe');
		expect(printableLine('a\u2066b\u2069c\u200Bd\uFEFFe\u2028f')).toBe('a<U+2066>b<U+2069>c<U+200B>d<U+FEFF>e<U+2028>f');
	});

	it('replaces lone surrogates but keeps real pairs, accents and emoji', () => {
		expect(printableLine('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
		expect(printableLine('naïve 🚀 日本 👩‍🔬')).toBe('naïve 🚀 日本 👩‍🔬');
	});

	it('returns plain text as it is', () => {
		const text = 'alice-train-resnet: python3 train.py --lr 0.1';
		expect(printableLine(text)).toBe(text);
	});
});

describe('printable (many lines)', () => {
	it('keeps line breaks, expands tabs to stops of 8, and shows everything else', () => {
		const trace = 'java.lang.RuntimeException: x\r\n\tat Foo.bar(Foo.java:1)\nab\tc\u001B[2J';
		expect(printable(trace)).toBe('java.lang.RuntimeException: x\n        at Foo.bar(Foo.java:1)\nab      c␛[2J');
	});

	it('never leaves a lone carriage return that would overwrite the line', () => {
		expect(printable('ok\rFAKE')).toBe('ok␍FAKE');
	});
});

describe('documents', () => {
	it('makes every string of a document printable, keys included, and keeps other values', () => {
		const document = {name: 'a\u001B]0;t\u0007', env: [{name: 'K\u001B[8m', value: 'v'}], gpus: 2, disabled: false, none: null};
		expect(printableDocument(document)).toEqual({name: 'a␛]0;t␇', env: [{name: 'K␛[8m', value: 'v'}], gpus: 2, disabled: false, none: null});
	});

	it('writes what JSON leaves raw as \\u escapes, so the JSON means the same and prints safely', () => {
		const value = {a: 'x\u009B2J\u202Ey\u007F'};
		const text = escapeInvisibles(JSON.stringify(value));
		expect(text).not.toMatch(acting);
		expect(JSON.parse(text)).toEqual(value);
	});

	it('tells which strings need escapes: not tabs and line breaks', () => {
		expect(hasInvisibles('a\tb\nc')).toBe(false);
		expect(hasInvisibles('a\u001Bb')).toBe(true);
		expect(hasInvisibles('a\u202Eb')).toBe(true);
	});
});
