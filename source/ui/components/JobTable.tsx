// The job list. Only the rows that fit on screen are rendered, so 10,000 jobs cost what 20 do.
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {JobRow} from '../../store/types.js';
import {formatMegabytes} from '../../jobs/units.js';
import {lastRun, resultWord, scheduleCell, stateLabel} from '../job-format.js';
import {fit, type Column} from '../table-layout.js';
import type {SortKey} from '../list-model.js';
import {usePaint} from '../theme.js';

export interface JobTableProps {
	rows: readonly JobRow[];
	selected: number;
	/** Index of the first row on screen. */
	offset: number;
	height: number;
	columns: Column[];
	sort: SortKey;
	now: number;
	emptyText: string;
}

const cursor = '› ';

export function JobTable({rows, selected, offset, height, columns, sort, now, emptyText}: JobTableProps) {
	const shown = rows.slice(offset, offset + Math.max(0, height - 1));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate-end">
				{'  '}
				{columns.map(column => fit(column.sort === sort ? `${column.title}↓` : column.title, column.width, column.align)).join(' ')}
			</Text>
			{rows.length === 0 ? <Text dimColor>{`  ${emptyText}`}</Text> : null}
			{shown.map((row, index) => (
				<JobLine key={row.name} row={row} selected={offset + index === selected} columns={columns} now={now} />
			))}
		</Box>
	);
}

interface JobLineProps {
	row: JobRow;
	selected: boolean;
	columns: Column[];
	now: number;
}

// Ink measures the width of every text on every frame, and a text holding any non-ASCII character (the
// cursor, state and last-run symbols, an ellipsis) is measured grapheme by grapheme, many times slower than
// plain ASCII: with 10,000 jobs that was close to half of each frame's work. So a row is a few texts side by
// side: the cursor with the coloured state, each other cell with such characters alone, and the plain cells
// between them joined into one text, measured at once. (One text per cell would cost a layout node each.)
const JobLine = memo(function JobLine({row, selected, columns, now}: JobLineProps) {
	const paint = usePaint();
	const state = stateLabel(row);
	const lead = selected ? cursor : '  ';
	const pieces: Array<{text: string; color?: string}> = [];
	let plain = '';
	for (const [index, column] of columns.entries()) {
		const gap = index === 0 ? '' : ' ';
		if (column.id === 'state') {
			pieces.push({text: plain + gap}, {text: fit(`${state.symbol} ${state.word}`, column.width), color: paint(state.color)});
			plain = '';
			continue;
		}

		const text = fit(cellText(row, column.id, now), column.width, column.align);
		if (isPlainAscii(text)) {
			plain += gap + text;
		} else {
			pieces.push({text: plain + gap}, {text});
			plain = '';
		}
	}

	pieces.push({text: plain});
	const [first, ...rest] = pieces.filter(piece => piece.text !== '');
	return (
		<Box height={1} overflow="hidden">
			<Text wrap="truncate-end" bold={selected}>
				{lead}
				{first ? <Text color={first.color}>{first.text}</Text> : null}
			</Text>
			{rest.map((piece, index) => (
				// Pieces have no identity beyond their place in the row.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end" bold={selected} color={piece.color}>{piece.text}</Text>
			))}
		</Box>
	);
});

function isPlainAscii(text: string): boolean {
	return /^[\x20-\x7E]*$/.test(text);
}

function cellText(row: JobRow, id: Column['id'], now: number): string {
	switch (id) {
		case 'name': return row.name;
		case 'result': return resultWord(row.status);
		case 'schedule': return scheduleCell(row, now);
		case 'gpus': return row.job ? String(row.job.gpus ?? 0) : '';
		case 'cpus': return row.job?.cpus === undefined ? '' : formatCpus(row.job.cpus);
		case 'mem': return row.job?.mem === undefined ? '' : formatMegabytes(row.job.mem);
		case 'lastRun': return lastRun(row, now);
		case 'state': return `${stateLabel(row).symbol} ${stateLabel(row).word}`;
	}
}

function formatCpus(cpus: number): string {
	return Number.isInteger(cpus) ? String(cpus) : cpus.toFixed(1);
}
