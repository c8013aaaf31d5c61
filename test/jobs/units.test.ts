import {describe, test, expect} from 'vitest';
import {formatMegabytes, parseMegabytes} from '../../source/jobs/units.js';

describe('parseMegabytes', () => {
	test.each([
		['8G', 8192],
		['8g', 8192],
		['8 GB', 8192],
		['8GiB', 8192],
		['512M', 512],
		['512MB', 512],
		['512', 512],
		['1.5G', 1536],
		['1T', 1024 * 1024],
		['2048K', 2],
		['0', 0],
		[' 4G ', 4096],
	])('%s is %d MB', (input, mb) => {
		expect(parseMegabytes(input)).toEqual({ok: true, mb});
	});

	test('numbers are already megabytes', () => {
		expect(parseMegabytes(512)).toEqual({ok: true, mb: 512});
		expect(parseMegabytes(0.5)).toEqual({ok: true, mb: 0.5});
	});

	test('words and unknown units are refused with examples', () => {
		const result = parseMegabytes('eight gigs');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(/'eight gigs' is not a size.*8G/);
		expect(parseMegabytes('8X').ok).toBe(false);
		expect(parseMegabytes('').ok).toBe(false);
	});

	test('negative sizes are refused', () => {
		const text = parseMegabytes('-1G');
		const number = parseMegabytes(-5);
		expect(!text.ok && text.message).toMatch(/negative/);
		expect(!number.ok && number.message).toMatch(/negative/);
	});

	test('infinity is not a size', () => {
		const result = parseMegabytes(Number.POSITIVE_INFINITY);
		expect(result.ok).toBe(false);
	});
});

describe('formatMegabytes', () => {
	test.each([
		[8192, '8 GB'],
		[512, '512 MB'],
		[1536, '1.5 GB'],
		[1024 * 1024, '1 TB'],
		[0, '0 MB'],
		[1000, '1000 MB'],
	])('%d MB reads %s', (mb, text) => {
		expect(formatMegabytes(mb)).toBe(text);
	});
});
