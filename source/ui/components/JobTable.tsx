// The job list. Only the rows that fit on screen are rendered, so 10,000 jobs cost what 20 do.
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {JobRow} from '../../store/types.js';
import {invalidCell} from '../../jobs/invalid-fields.js';
import {formatCpus, formatMegabytes, lastRunText, resultWord, scheduleBrief, stateLabel, stateText, type StateLabel} from '../../vocabulary/index.js';
import {fit, fitMiddle, shownName, type Column} from '../table-layout.js';
import type {SortKey} from '../list-model.js';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';
import {SelectionBar} from './SelectionBar.js';

export interface JobTableProps {
	rows: readonly JobRow[];
	selected: number;
	/** Index of the first row on screen. */
	offset: number;
	height: number;
	columns: Column[];
	/** Terminal width: the selection bar spans all of it. */
	width: number;
	sort: SortKey;
	/** The sort runs against the column's natural order: its arrow points up. */
	reversed?: boolean;
	now: number;
	emptyText: string;
}

const cursor = '› ';

// Memoised: a poll's frame that only moves the header's clock, or a key that changes another part of the
// screen, does not render the rows again.
export const JobTable = memo(function JobTable({rows, selected, offset, height, columns, width, sort, reversed = false, now, emptyText}: JobTableProps) {
	const slots = Math.max(1, height - 1);
	const shown = rows.slice(offset, offset + slots);
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate-end">
				{'  '}
				{columns.map(column => fit(column.sort === sort ? `${column.title}${reversed ? '↑' : '↓'}` : column.title, column.width, column.align)).join(' ')}
			</Text>
			{rows.length === 0 ? <Text dimColor>{`  ${emptyText}`}</Text> : null}
			{shown.map((row, index) => (
				// Each line on screen is a slot that a row keeps while it stays in view: scrolling one line moves
				// one slot from one end to the other and gives it the new row's text, and a page down gives every
				// slot new text, instead of taking each line's elements and layout nodes down and building them
				// again (keyed by job name, a page down rebuilt all of them).
				<JobLine key={(offset + index) % slots} row={row} selected={offset + index === selected} columns={columns} width={width} now={now} />
			))}
		</Box>
	);
});

interface JobLineProps {
	row: JobRow;
	selected: boolean;
	columns: Column[];
	width: number;
	now: number;
}

// Ink measures the width of every text on every frame, and a text holding any non-ASCII character (the
// cursor, state and last-run symbols, an ellipsis) is measured grapheme by grapheme, many times slower than
// plain ASCII: with 10,000 jobs that was close to half of each frame's work. So a row is a few texts side by
// side: the cursor with the coloured state, each other cell with such characters alone, and the plain cells
// between them joined into one text, measured at once. (One text per cell would cost a layout node each.)
const JobLine = memo(function JobLine({row, selected, columns, width, now}: JobLineProps) {
	const paint = usePaint();
	const [first, ...rest] = linePieces(row, columns, now);
	if (selected) {
		return <SelectionBar text={cursor + [first, ...rest].map(piece => piece?.text ?? '').join('')} width={width} />;
	}

	return (
		// Its texts are truncated to the width, so only the height needs holding.
		<Box height={1} overflowY="hidden">
			<Text wrap="truncate-end">
				{'  '}
				{first ? <Text color={first.color && paint(first.color)}>{first.text}</Text> : null}
			</Text>
			{rest.map((piece, index) => (
				// Pieces have no identity beyond their place in the row.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end" color={piece.color && paint(piece.color)}>{piece.text}</Text>
			))}
		</Box>
	);
});

interface Piece {
	text: string;
	color?: StateLabel['color'];
}

/**
 * A row's cells, formatted once per row, layout and clock: a line that scrolls by with the same job and time
 * reuses them, so moving the cursor formats only the line that comes into view.
 */
const formatted = new WeakMap<JobRow, {columns: Column[]; now: number; pieces: Piece[]}>();

function linePieces(row: JobRow, columns: Column[], now: number): Piece[] {
	const cached = formatted.get(row);
	if (cached?.columns === columns && cached.now === now) {
		return cached.pieces;
	}

	const pieces = formatPieces(row, columns, now);
	formatted.set(row, {columns, now, pieces});
	return pieces;
}

function formatPieces(row: JobRow, columns: Column[], now: number): Piece[] {
	const state = stateLabel(row);
	const pieces: Piece[] = [];
	let plain = '';
	for (const [index, column] of columns.entries()) {
		const gap = index === 0 ? '' : ' ';
		if (column.id === 'state') {
			pieces.push({text: plain + gap}, {text: fit(`${state.symbol} ${state.word}`, column.width), color: state.color});
			plain = '';
			continue;
		}

		// Names, schedules and the invalid values a server sent are shown, never obeyed, and keep their width.
		const text = column.id === 'name'
			? fitMiddle(printableLine(shownName(row.name, column.namePrefix)), column.width)
			: fit(printableLine(cellText(row, column.id, now)), column.width, column.align);
		if (isPlainAscii(text)) {
			plain += gap + text;
		} else {
			pieces.push({text: plain + gap}, {text});
			plain = '';
		}
	}

	pieces.push({text: plain});
	return pieces.filter(piece => piece.text !== '');
}

function isPlainAscii(text: string): boolean {
	return /^[\x20-\x7E]*$/.test(text);
}

function cellText(row: JobRow, id: Column['id'], now: number): string {
	switch (id) {
		case 'name': return row.name;
		case 'result': return resultWord(row.status);
		case 'schedule': return invalidCell(row.job, 'schedule', 'parents') ?? scheduleBrief(row, now);
		case 'gpus': return invalidCell(row.job, 'gpus') ?? (row.job ? String(row.job.gpus ?? 0) : '');
		case 'cpus': return invalidCell(row.job, 'cpus') ?? (row.job?.cpus === undefined ? '' : formatCpus(row.job.cpus));
		case 'mem': return invalidCell(row.job, 'mem') ?? (row.job?.mem === undefined ? '' : formatMegabytes(row.job.mem));
		case 'lastRun': return row.job ? lastRunText(row.job, now) : '';
		case 'state': return stateText(row);
	}
}
