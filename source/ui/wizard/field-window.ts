// Which rows of a step fit on screen. A step taller than the terminal (nine environment variables at 80x24)
// shows a window of its rows that always holds the focused one, with a line above and below saying how many
// are out of sight. The window moves only as far as it must, so rows do not jump about while tabbing.

export interface FieldWindow {
	start: number;
	/** One past the last row shown. */
	end: number;
}

/** Lines the "more above/below" markers take when the rows do not all fit. */
function markers(start: number, end: number, count: number): number {
	return (start > 0 ? 1 : 0) + (end < count ? 1 : 0);
}

/**
 * `heights`: lines each row takes; `budget`: lines there are; `previousStart`: where the window began last
 * time. The focused row is always inside the window, even when it alone is taller than the budget.
 */
export function fieldWindow(heights: readonly number[], focus: number, budget: number, previousStart = 0): FieldWindow {
	const count = heights.length;
	const total = heights.reduce((sum, height) => sum + height, 0);
	if (total <= budget) {
		return {start: 0, end: count};
	}

	const target = Math.max(0, Math.min(focus, count - 1));
	let start = Math.max(0, Math.min(previousStart, target));
	const endFrom = (from: number): number => {
		let end = from;
		let used = 0;
		while (end < count) {
			const more = used + heights[end]! + markers(from, end + 1, count);
			if (more > budget && end > from) break;
			used += heights[end]!;
			end++;
		}

		// Taking a row away for the "more below" marker must not drop the focused row.
		while (end > from + 1 && used + markers(from, end, count) > budget && end - 1 > target) {
			end--;
			used -= heights[end]!;
		}

		return end;
	};

	let end = endFrom(start);
	while (target >= end && start < target) {
		start++;
		end = endFrom(start);
	}

	return {start, end};
}
