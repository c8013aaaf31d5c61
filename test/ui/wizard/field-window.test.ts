import {describe, expect, it} from 'vitest';
import {fieldWindow} from '../../../source/ui/wizard/field-window.js';

describe('the rows of a step on a small screen', () => {
	const rows = Array.from({length: 22}, () => 1);

	it('shows every row when they fit', () => {
		expect(fieldWindow([1, 2, 1], 2, 10)).toEqual({start: 0, end: 3});
	});

	it('keeps the focused row in view, moving only as far as it must, with room for the markers', () => {
		const first = fieldWindow(rows, 0, 10);
		expect(first).toEqual({start: 0, end: 9});
		const down = fieldWindow(rows, 9, 10, first.start);
		expect(down.start).toBeGreaterThan(0);
		expect(down.end).toBe(10);
		expect(down.end - down.start + 2).toBeLessThanOrEqual(10);
		// Going back up one row does not move the window.
		expect(fieldWindow(rows, 8, 10, down.start)).toEqual(down);
		const last = fieldWindow(rows, 21, 10, down.start);
		expect(last.end).toBe(22);
		expect(last.end - last.start + 1).toBeLessThanOrEqual(10);
		expect(fieldWindow(rows, 0, 10, last.start).start).toBe(0);
	});

	it('counts rows with a problem under them as taller', () => {
		const heights = [1, 3, 1, 3, 1, 1];
		const window = fieldWindow(heights, 3, 6);
		const shown = heights.slice(window.start, window.end).reduce((sum, height) => sum + height, 0);
		expect(window.start).toBeLessThanOrEqual(3);
		expect(window.end).toBeGreaterThan(3);
		expect(shown + (window.start > 0 ? 1 : 0) + (window.end < heights.length ? 1 : 0)).toBeLessThanOrEqual(6);
	});
});
