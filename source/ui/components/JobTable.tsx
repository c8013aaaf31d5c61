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

// One text per line, the state's colour nested in it: every text is a layout node that ink measures, places
// and draws on each frame, so a line of one text costs a third of a line of a text per cell. (The bundle's
// string-width counts such a line quickly, symbols and colour codes included, and remembers the rest.)
const JobLine = memo(function JobLine({row, selected, columns, width, now}: JobLineProps) {
	const paint = usePaint();
	const {before, state, after} = lineParts(row, columns, now);
	if (selected) {
		return <SelectionBar text={cursor + before + state.text + after} width={width} />;
	}

	// One line without a box around it: the text is truncated to the width and holds no line break, so it
	// is one row high, and a box would be one more layout node per line.
	return (
		<Text wrap="truncate-end">
			{'  '}
			{before}
			<Text color={paint(state.color)}>{state.text}</Text>
			{after}
		</Text>
	);
});

/** A line's cells: the state's, which is coloured, and the cells before and after it joined. */
interface LineParts {
	before: string;
	state: {text: string; color: StateLabel['color']};
	after: string;
}

/**
 * A row's cells, formatted once per row, layout and clock: a line that scrolls by with the same job and time
 * reuses them, so moving the cursor formats only the line that comes into view.
 */
const formatted = new WeakMap<JobRow, {columns: Column[]; now: number; parts: LineParts}>();

function lineParts(row: JobRow, columns: Column[], now: number): LineParts {
	const cached = formatted.get(row);
	if (cached?.columns === columns && cached.now === now) {
		return cached.parts;
	}

	const parts = formatParts(row, columns, now);
	formatted.set(row, {columns, now, parts});
	return parts;
}

function formatParts(row: JobRow, columns: Column[], now: number): LineParts {
	const label = stateLabel(row);
	const cells = columns.map(column => {
		if (column.id === 'state') return fit(`${label.symbol} ${label.word}`, column.width);
		// Names, schedules and the invalid values a server sent are shown, never obeyed, and keep their width.
		return column.id === 'name'
			? fitMiddle(printableLine(shownName(row.name, column.namePrefix)), column.width)
			: fit(printableLine(cellText(row, column.id, now)), column.width, column.align);
	});
	const at = columns.findIndex(column => column.id === 'state');
	if (at < 0) return {before: cells.join(' '), state: {text: '', color: label.color}, after: ''};
	const joined = (from: number, to: number) => cells.slice(from, to).join(' ');
	return {
		before: at === 0 ? '' : `${joined(0, at)} `,
		state: {text: cells[at]!, color: label.color},
		after: at === cells.length - 1 ? '' : ` ${joined(at + 1, cells.length)}`,
	};
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
