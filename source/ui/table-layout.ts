// Which list columns fit the terminal, and how wide each is. The name takes what is left; less important
// columns drop out first, so at 80 columns the list stays readable instead of wrapping.
import type {SortKey} from './list-model.js';

export type ColumnId = 'state' | 'name' | 'result' | 'schedule' | 'gpus' | 'cpus' | 'mem' | 'lastRun';

export interface Column {
	id: ColumnId;
	title: string;
	width: number;
	align: 'left' | 'right';
	sort?: SortKey;
}

interface ColumnSpec extends Column {
	/** Lower numbers stay longest. */
	priority: number;
}

const specs: ColumnSpec[] = [
	{id: 'state', title: 'STATE', width: 11, align: 'left', priority: 0, sort: 'state'},
	{id: 'name', title: 'NAME', width: 0, align: 'left', priority: 0, sort: 'name'},
	{id: 'result', title: 'LAST RESULT', width: 11, align: 'left', priority: 6},
	{id: 'schedule', title: 'SCHEDULE / NEXT', width: 18, align: 'left', priority: 3},
	{id: 'gpus', title: 'GPU', width: 4, align: 'right', priority: 1, sort: 'gpus'},
	{id: 'cpus', title: 'CPU', width: 4, align: 'right', priority: 5, sort: 'cpus'},
	{id: 'mem', title: 'MEM', width: 7, align: 'right', priority: 2, sort: 'mem'},
	{id: 'lastRun', title: 'LAST RUN', width: 10, align: 'left', priority: 1, sort: 'lastRun'},
];

const gap = 1;
const minNameWidth = 22;
const maxNameWidth = 48;
const maxScheduleWidth = 36;

/** Columns in display order for a terminal `width` cells wide. */
export function layoutColumns(width: number): Column[] {
	const kept = new Set(specs.map(spec => spec.id));
	const used = () => specs
		.filter(spec => kept.has(spec.id) && spec.id !== 'name')
		.reduce((sum, spec) => sum + spec.width + gap, 0);
	const droppable = specs.filter(spec => spec.priority > 0).sort((a, b) => b.priority - a.priority);
	for (const spec of droppable) {
		if (width - used() >= minNameWidth) {
			break;
		}

		kept.delete(spec.id);
	}

	let nameWidth = Math.max(minNameWidth, width - used());
	// A very wide terminal gives the schedule some of its spare room and leaves the rest empty at the right:
	// columns spread across 200 cells are harder to read than columns side by side.
	let scheduleWidth = specs.find(spec => spec.id === 'schedule')!.width;
	if (nameWidth > maxNameWidth) {
		const spare = nameWidth - maxNameWidth;
		nameWidth = maxNameWidth;
		if (kept.has('schedule')) {
			scheduleWidth += Math.min(spare, maxScheduleWidth - scheduleWidth);
		}
	}

	return specs
		.filter(spec => kept.has(spec.id))
		.map(({priority: _priority, ...column}) => ({
			...column,
			width: column.id === 'name' ? nameWidth : column.id === 'schedule' ? scheduleWidth : column.width,
		}));
}

/** Pads or cuts `text` to exactly `width` cells (an ellipsis marks a cut). Job names are ASCII. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const chars = [...text];
	if (chars.length > width) {
		return width <= 1 ? chars.slice(0, width).join('') : `${chars.slice(0, width - 1).join('')}…`;
	}

	const pad = ' '.repeat(width - chars.length);
	return align === 'left' ? text + pad : pad + text;
}
