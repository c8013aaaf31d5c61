// Plain-text tables that fit a given width: flexible columns shrink (with an ellipsis) before any column is
// dropped, and the least important columns go first when even that is not enough.
import {printableLine} from '../text/printable.js';
import type {Palette} from './io.js';

export interface Column<Row> {
	header: string;
	value(row: Row): string;
	align?: 'left' | 'right';
	/** May be shortened down to `minWidth` (with an ellipsis) to make the table fit. */
	flexible?: boolean;
	minWidth?: number;
	/** Higher stays longer; columns with the lowest priority are dropped first when nothing else helps. */
	priority: number;
	/** Applied after padding, so escape codes never count towards the width. */
	color?(text: string, row: Row, palette: Palette): string;
}

const gap = 2;

export function truncate(text: string, width: number): string {
	if (text.length <= width) {
		return text;
	}

	return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}

/**
 * Widths that fit, shrinking flexible columns (widest first) but never the most important one unless
 * `includeFirst`; undefined when that is not enough.
 */
function fitWidths<Row>(
	columns: Array<Column<Row>>,
	natural: number[],
	width: number,
	includeFirst: boolean,
): number[] | undefined {
	const widths = [...natural];
	const top = Math.max(...columns.map((column) => column.priority));
	let excess = widths.reduce((sum, w) => sum + w, 0) + gap * (columns.length - 1) - width;
	while (excess > 0) {
		let widest = -1;
		for (const [index, column] of columns.entries()) {
			const floor = Math.max(column.minWidth ?? 8, column.header.length);
			const allowed = column.flexible && (includeFirst || column.priority !== top);
			if (allowed && widths[index]! > floor && (widest === -1 || widths[index]! > widths[widest]!)) {
				widest = index;
			}
		}

		if (widest === -1) {
			return undefined;
		}

		widths[widest]!--;
		excess--;
	}

	return widths;
}

/** Columns kept however narrow the terminal: without them a row says nothing. */
const essentialColumns = 3;

export function renderTable<Row>(
	allColumns: Array<Column<Row>>,
	rows: readonly Row[],
	width: number,
	palette: Palette,
): string[] {
	let columns = [...allColumns];
	// Cells hold server text: made printable before they are measured, so escape codes neither act nor count.
	const cells = (cols: Array<Column<Row>>) => rows.map((row) => cols.map((column) => printableLine(column.value(row))));
	let texts = cells(columns);
	let widths: number[] | undefined;
	for (;;) {
		const natural = columns.map((column, index) =>
			Math.max(column.header.length, ...texts.map((line) => line[index]!.length)),
		);
		// Drop the least important columns before cutting into the most important one (the name).
		const canDrop = columns.length > essentialColumns;
		widths = fitWidths(columns, natural, width, !canDrop) ?? (canDrop ? undefined : natural);
		if (widths) {
			break;
		}

		const lowest = columns.reduce((low, column) => (column.priority < low.priority ? column : low));
		columns = columns.filter((column) => column !== lowest);
		texts = cells(columns);
	}

	const finalWidths = widths;
	const line = (values: string[], colorize: (text: string, index: number) => string) =>
		columns
			.map((column, index) => {
				const cellWidth = finalWidths[index]!;
				const text = truncate(values[index]!, cellWidth);
				const isLast = index === columns.length - 1;
				const padded =
					column.align === 'right' ? text.padStart(cellWidth) : isLast ? text : text.padEnd(cellWidth);
				return colorize(padded, index);
			})
			.join(' '.repeat(gap))
			.trimEnd();

	return [
		line(
			columns.map((column) => column.header),
			(text) => palette.bold(text),
		),
		...rows.map((row, rowIndex) =>
			line(texts[rowIndex]!, (text, index) => columns[index]!.color?.(text, row, palette) ?? text),
		),
	];
}
