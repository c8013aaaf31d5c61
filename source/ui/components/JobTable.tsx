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

// One Text per cell would cost ink a layout node each; a row is the coloured state and one plain string.
const JobLine = memo(function JobLine({row, selected, columns, now}: JobLineProps) {
	const paint = usePaint();
	const state = stateLabel(row);
	const [first, ...rest] = columns;
	const stateFirst = first?.id === 'state';
	const plain = (stateFirst ? rest : columns)
		.map(column => fit(cellText(row, column.id, now), column.width, column.align))
		.join(' ');
	return (
		<Text wrap="truncate-end" bold={selected}>
			{selected ? cursor : '  '}
			{stateFirst ? <Text color={paint(state.color)}>{fit(`${state.symbol} ${state.word}`, first.width)}</Text> : null}
			{stateFirst ? ` ${plain}` : plain}
		</Text>
	);
});

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
