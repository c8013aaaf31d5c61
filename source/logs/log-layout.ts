// Lines of output laid out as screen rows: wrapped at the width (nothing is cut) or one row per line (cut at
// the edge, `w` brings the rest back). Only the rows on screen are ever built, so a few MB of output costs
// one number per line to lay out.
import type {LogBuffer} from './log-buffer.js';

export interface LogRow {
	/** Index of the line in the buffer. */
	line: number;
	text: string;
	/** True for the rows that continue a wrapped line. */
	continued: boolean;
}

export class LogLayout {
	/** rowStarts[i]: the first row of line i; one entry more than lines, the total at the end. */
	private rowStarts: number[] = [0];
	private laidOut = {version: -1, width: -1, wrap: false};

	constructor(private readonly buffer: LogBuffer) {}

	/** Lays the buffer out again if it changed since the last call. */
	update(width: number, wrap: boolean): void {
		const cells = Math.max(1, width);
		const {version} = this.buffer;
		if (this.laidOut.version === version && this.laidOut.width === cells && this.laidOut.wrap === wrap) {
			return;
		}

		this.laidOut = {version, width: cells, wrap};
		const count = this.buffer.lineCount;
		const starts = new Array<number>(count + 1);
		let row = 0;
		for (let index = 0; index < count; index++) {
			starts[index] = row;
			row += wrap ? rowsOf(this.buffer.line(index), cells) : 1;
		}

		starts[count] = row;
		this.rowStarts = starts;
	}

	get rowCount(): number {
		return this.rowStarts.at(-1)!;
	}

	/** The first row of a line. */
	rowOfLine(line: number): number {
		return this.rowStarts[Math.max(0, Math.min(line, this.rowStarts.length - 1))]!;
	}

	/** The line a row belongs to (binary search over the row starts). */
	lineOfRow(row: number): number {
		let low = 0;
		let high = this.rowStarts.length - 2;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if (this.rowStarts[middle]! <= row) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}

		return Math.max(0, low);
	}

	rows(top: number, height: number): LogRow[] {
		const {width, wrap} = this.laidOut;
		const rows: LogRow[] = [];
		if (this.rowCount === 0) {
			return rows;
		}

		let line = this.lineOfRow(top);
		let skip = top - this.rowOfLine(line);
		while (rows.length < height && line < this.buffer.lineCount) {
			const text = this.buffer.line(line);
			if (!wrap) {
				rows.push({line, text, continued: false});
			} else {
				const chars = [...text];
				const pieces = Math.max(1, Math.ceil(chars.length / width));
				for (let piece = skip; piece < pieces && rows.length < height; piece++) {
					rows.push({line, text: chars.slice(piece * width, (piece + 1) * width).join(''), continued: piece > 0});
				}
			}

			skip = 0;
			line++;
		}

		return rows;
	}
}

function rowsOf(text: string, width: number): number {
	// Most output is ASCII, where the length is the count of characters; the exact count only when it matters.
	const length = text.length <= width ? text.length : [...text].length;
	return Math.max(1, Math.ceil(length / width));
}

/**
 * Lines holding the query, in order. Lower-case queries ignore case; a capital asks for an exact match
 * (as `less` and vim's smartcase do).
 */
export function findMatches(buffer: LogBuffer, query: string): number[] {
	if (query === '') {
		return [];
	}

	const exact = query !== query.toLowerCase();
	const matches: number[] = [];
	for (let index = 0; index < buffer.lineCount; index++) {
		const line = buffer.line(index);
		if ((exact ? line : line.toLowerCase()).includes(query)) {
			matches.push(index);
		}
	}

	return matches;
}

/** The next match after `line` (or the previous one before it), wrapping around the ends. */
export function nextMatch(matches: readonly number[], line: number, direction: 1 | -1): number | undefined {
	if (matches.length === 0) {
		return undefined;
	}

	if (direction === 1) {
		return matches.find(match => match > line) ?? matches[0];
	}

	return matches.findLast(match => match < line) ?? matches.at(-1);
}
