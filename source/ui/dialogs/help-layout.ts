// The `?` help as lines of text: keys and descriptions in as few columns as let the whole table fit the
// screen, descriptions wrapped within their column and never cut. One column when it fits (easiest to
// read); more on a short terminal, so the job list's keys fit 80x24 without scrolling.
import type {KeyBinding} from '../keymap-types.js';
import {formatKeys} from '../keymap.js';
import {fit} from '../table-layout.js';

const indent = 2;
const columnGap = 3;
/** Narrower than this a column wraps most descriptions into three lines or more. */
const minColumnWidth = 34;

interface Block {
	lines: string[];
}

export function helpLines(table: ReadonlyArray<KeyBinding>, width: number, height: number): string[] {
	const entries = table.map(binding => ({keys: formatKeys(binding), description: binding.description}));
	const keyWidth = Math.max(0, ...entries.map(entry => [...entry.keys].length));
	const maxColumns = Math.max(1, Math.floor((width - indent + columnGap) / (minColumnWidth + columnGap)));
	let best: {columns: Block[][]; columnWidth: number; rows: number} | undefined;
	for (let count = 1; count <= maxColumns; count++) {
		const columnWidth = Math.floor((width - indent - columnGap * (count - 1)) / count);
		const descriptionWidth = Math.max(10, columnWidth - keyWidth - 1);
		const blocks = entries.map(entry => ({
			lines: wrapWords(entry.description, descriptionWidth).map((piece, index) =>
				`${index === 0 ? fit(entry.keys, keyWidth) : ' '.repeat(keyWidth)} ${piece}`),
		}));
		const columns = packColumns(blocks, count);
		const rows = Math.max(0, ...columns.map(column => lineCount(column)));
		if (!best || rows < best.rows) {
			best = {columns, columnWidth, rows};
		}

		if (rows <= height) {
			break;
		}
	}

	const {columns, columnWidth, rows} = best!;
	const columnLines = columns.map(column => column.flatMap(block => block.lines));
	return Array.from({length: rows}, (_, row) => {
		const cells = columnLines.map(lines => lines[row] ?? '');
		const used = cells.findLastIndex(cell => cell !== '');
		return ' '.repeat(indent) + cells.slice(0, used + 1)
			.map((cell, index) => (index === used ? cell : fit(cell, columnWidth)))
			.join(' '.repeat(columnGap));
	});
}

function lineCount(blocks: Block[]): number {
	return blocks.reduce((sum, block) => sum + block.lines.length, 0);
}

/** Blocks in order, down one column and then the next, in the fewest rows that hold them in `count` columns. */
function packColumns(blocks: Block[], count: number): Block[][] {
	const total = lineCount(blocks);
	for (let rows = Math.ceil(total / count); ; rows++) {
		const columns: Block[][] = [[]];
		for (const block of blocks) {
			const current = columns.at(-1)!;
			if (current.length > 0 && lineCount(current) + block.lines.length > rows) {
				columns.push([block]);
			} else {
				current.push(block);
			}
		}

		if (columns.length <= count) {
			return columns;
		}
	}
}

/** Words into lines of at most `width` characters; a word longer than that is split. */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		let rest = word;
		while ([...rest].length > width) {
			if (line) {
				lines.push(line);
				line = '';
			}

			lines.push([...rest].slice(0, width).join(''));
			rest = [...rest].slice(width).join('');
		}

		if (!line) {
			line = rest;
		} else if ([...line].length + 1 + [...rest].length <= width) {
			line += ` ${rest}`;
		} else {
			lines.push(line);
			line = rest;
		}
	}

	lines.push(line);
	return lines;
}
