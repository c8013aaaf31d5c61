import {describe, expect, it} from 'vitest';
import {LogBuffer} from '../../source/logs/log-buffer.js';
import {findMatches, LogLayout, nextMatch} from '../../source/logs/log-layout.js';

const encode = (text: string) => new TextEncoder().encode(text);

function bufferOf(text: string, options = {}): LogBuffer {
	const buffer = new LogBuffer(options);
	buffer.append(encode(text));
	return buffer;
}

describe('LogBuffer', () => {
	it('never breaks a character that arrives split across reads', () => {
		const text = 'épоch 1/3 — loss 0.42 €\n🚀 done ✓\n';
		const buffer = new LogBuffer();
		for (const byte of encode(text)) {
			buffer.append(Uint8Array.of(byte));
		}

		expect(buffer.lines()).toEqual(['épоch 1/3 — loss 0.42 €', '🚀 done ✓']);
		expect(buffer.lines().join('')).not.toContain('\uFFFD');
	});

	it('shows the line still being written, and completes it when its newline comes', () => {
		const buffer = bufferOf('first\nsecond half');
		expect(buffer.lines()).toEqual(['first', 'second half']);
		buffer.append(encode(' and the rest\nthird'));
		expect(buffer.lines()).toEqual(['first', 'second half and the rest', 'third']);
	});

	it('marks bytes that are not UTF-8 instead of failing', () => {
		const buffer = new LogBuffer();
		buffer.append(Uint8Array.of(0x6F, 0x6B, 0xFF, 0xFE, 0x0A));
		expect(buffer.lines()).toEqual(['ok\uFFFD\uFFFD']);
	});

	it('shows a character cut at the very end of a finished run as a replacement mark', () => {
		const buffer = new LogBuffer();
		buffer.append(encode('cut €').slice(0, -1));
		expect(buffer.lines()).toEqual(['cut ']);
		buffer.finish();
		expect(buffer.lines()).toEqual(['cut \uFFFD']);
	});

	it('shows escape sequences and control characters as text, never passing them to the terminal', () => {
		const buffer = bufferOf('\u001B[31mred\u001B[0m\u0007 \u001B]0;title\u0007\u009B2J\n');
		const [line] = buffer.lines();
		expect(line).toBe('␛[31mred␛[0m␇ ␛]0;title␇<U+009B>2J');
		expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
	});

	it('keeps what a terminal leaves of a progress bar redrawn with carriage returns, and drops CRLF ends', () => {
		const buffer = bufferOf('10%|█    |\r50%|███  |\r100%|█████|\r\nwindows line\r\n');
		expect(buffer.lines()).toEqual(['100%|█████|', 'windows line']);
	});

	it('turns tabs into spaces up to the next stop of 8', () => {
		expect(bufferOf('a\tb\tc\n').lines()).toEqual(['a       b       c']);
	});

	it('keeps only the newest lines within the cap and says how many older ones were dropped', () => {
		const buffer = new LogBuffer({maxChars: 1000});
		for (let index = 0; index < 500; index++) {
			buffer.append(encode(`line ${index}\n`));
		}

		const lines = buffer.lines();
		expect(lines.at(-1)).toBe('line 499');
		expect(lines.join('\n').length).toBeLessThanOrEqual(1000);
		expect(buffer.truncated?.dropped).toBe(500 - lines.length);
		expect(lines[0]).toBe(`line ${500 - lines.length}`);
	});

	it('caps a single line that never ends (a progress bar on one line)', () => {
		const buffer = new LogBuffer({maxChars: 100});
		buffer.append(encode('x'.repeat(10_000)));
		expect(buffer.lines()[0]!.length).toBeLessThanOrEqual(100);
	});

	it('starting in the middle of a file leaves out the cut first line and says where it began', () => {
		const buffer = new LogBuffer();
		buffer.reset(4096);
		buffer.append(encode('of a cut line\nwhole line\n'));
		expect(buffer.lines()).toEqual(['whole line']);
		expect(buffer.truncated).toEqual({dropped: 0, skippedBytes: 4096});
	});

	it('starts again empty on reset', () => {
		const buffer = bufferOf('old\nold partial');
		const before = buffer.version;
		buffer.reset();
		expect(buffer.lines()).toEqual([]);
		expect(buffer.version).toBeGreaterThan(before);
		expect(buffer.truncated).toBeUndefined();
	});
});

describe('LogLayout', () => {
	it('wraps long lines at the width, nothing cut', () => {
		const buffer = bufferOf(`short\n${'a'.repeat(25)}\nend\n`);
		const layout = new LogLayout(buffer);
		layout.update(10, true);
		expect(layout.rowCount).toBe(5);
		expect(layout.rows(0, 10).map(row => row.text)).toEqual(['short', 'aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa', 'end']);
		expect(layout.rows(2, 2)).toEqual([
			{line: 1, text: 'aaaaaaaaaa', continued: true},
			{line: 1, text: 'aaaaa', continued: true},
		]);
		expect(layout.lineOfRow(3)).toBe(1);
		expect(layout.rowOfLine(2)).toBe(4);
	});

	it('wraps by characters, not by UTF-16 units', () => {
		const layout = new LogLayout(bufferOf('🚀🚀🚀🚀\n'));
		layout.update(2, true);
		expect(layout.rows(0, 5).map(row => row.text)).toEqual(['🚀🚀', '🚀🚀']);
	});

	it('without wrapping gives one row per line', () => {
		const buffer = bufferOf(`short\n${'a'.repeat(25)}\nend\n`);
		const layout = new LogLayout(buffer);
		layout.update(10, false);
		expect(layout.rowCount).toBe(3);
		expect(layout.rows(1, 5).map(row => row.line)).toEqual([1, 2]);
	});

	it('lays out again when more output arrives', () => {
		const buffer = bufferOf('one\n');
		const layout = new LogLayout(buffer);
		layout.update(80, true);
		expect(layout.rowCount).toBe(1);
		buffer.append(encode('two\n'));
		layout.update(80, true);
		expect(layout.rowCount).toBe(2);
	});
});

describe('search', () => {
	const buffer = bufferOf('Epoch 1 loss 0.9\nsaving\nepoch 2 loss 0.5\nERROR: CUDA out of memory\nepoch 3\n');

	it('ignores case for a lower-case query and matches exactly when the query has a capital', () => {
		expect(findMatches(buffer, 'epoch')).toEqual([0, 2, 4]);
		expect(findMatches(buffer, 'Epoch')).toEqual([0]);
		expect(findMatches(buffer, 'cuda')).toEqual([3]);
		expect(findMatches(buffer, '')).toEqual([]);
	});

	it('goes to the next or previous match and wraps around the ends', () => {
		const matches = [0, 2, 4];
		expect(nextMatch(matches, 0, 1)).toBe(2);
		expect(nextMatch(matches, 4, 1)).toBe(0);
		expect(nextMatch(matches, 2, -1)).toBe(0);
		expect(nextMatch(matches, 0, -1)).toBe(4);
		expect(nextMatch([], 0, 1)).toBeUndefined();
	});
});
