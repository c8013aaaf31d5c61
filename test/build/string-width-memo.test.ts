// The bundle measures text with its own string-width (source/build/string-width-memo.ts): a quick count for
// plain and symbol-holding lines, remembered answers for the rest. Every answer must be the library's.
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import rememberedStringWidth from '../../source/build/string-width-memo.js';

describe('the bundle measures text as string-width does', () => {
	test('every character of the blocks it counts quickly (Latin, punctuation, symbols) and beside them, alone and between others', () => {
		const wrong: string[] = [];
		const codes = Array.from({length: 0x2d00}, (_, code) => code).filter(code => code < 0x400 || code >= 0x1f00 || code % 7 === 0);
		for (const code of codes) {
			const char = String.fromCharCode(code);
			for (const text of [char, `a${char}b`, `▶${char}${char}`, `\u001B[32m${char}\u001B[39m·`]) {
				if (rememberedStringWidth(text) !== stringWidth(text)) wrong.push(JSON.stringify(text));
			}
		}

		expect(wrong).toEqual([]);
	}, 60_000);

	test('lines of a dashboard, and what joins or widens characters', () => {
		const texts = [
			'  ▶ running   alice-train-resnet    never ran   every 1h            1    4   16 GB  ✓ 3 min ago',
			'\u001B[1m\u001B[7m› · idle      bob-a\u001B[27m\u001B[22m',
			'\u001B[38;2;10;20;30mtruecolour\u001B[39m and \u001B[mreset',
			'\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007',
			'\u001B[?25l cursor codes are not colours',
			'e\u0301 combined, 日本語 wide, 🚀 emoji, ▶\uFE0F presented as emoji, ⌚ wide by default',
			'한국어 and jamo \u1100\u1161, ｶﾞ halfwidth, \u200B zero width, \u00AD soft hyphen',
			'\u001B[32', 'trailing escape \u001B', '',
		];
		for (const text of texts) {
			expect(rememberedStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
			// Asked again: the remembered answer is the same.
			expect(rememberedStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
		}
	});
});
