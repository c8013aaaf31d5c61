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
	/** Name column only: the prefix left out of every name that has it. */
	namePrefix?: string;
}

interface ColumnSpec extends Column {
	/** Lower numbers stay longest. */
	priority: number;
}

const specs: ColumnSpec[] = [
	{id: 'state', title: 'STATE', width: 11, align: 'left', priority: 0, sort: 'state'},
	{id: 'name', title: 'NAME', width: 0, align: 'left', priority: 0, sort: 'name'},
	{id: 'result', title: 'LAST RESULT', width: 11, align: 'left', priority: 6},
	{id: 'schedule', title: 'SCHEDULE / NEXT', width: 18, align: 'left', priority: 3, sort: 'nextRun'},
	{id: 'gpus', title: 'GPU', width: 4, align: 'right', priority: 1, sort: 'gpus'},
	{id: 'cpus', title: 'CPU', width: 4, align: 'right', priority: 5, sort: 'cpus'},
	{id: 'mem', title: 'MEM', width: 7, align: 'right', priority: 2, sort: 'mem'},
	{id: 'lastRun', title: 'LAST RUN', width: 10, align: 'left', priority: 1, sort: 'lastRun'},
];

const gap = 1;
/** Below this the name column takes nothing more from the others, and cuts names in the middle instead. */
const minNameWidth = 16;
const maxNameWidth = 48;
const maxScheduleWidth = 36;

/**
 * Columns in display order for a terminal `width` cells wide, for names up to `longestName` characters.
 * Names come first: the other columns give way, least useful first, until the longest name fits (up to
 * half the width, and 48 cells); then any column that still fits in what is left comes back.
 */
export function layoutColumns(width: number, longestName = minNameWidth, namePrefix = ''): Column[] {
	// Half the width at most: on a narrow terminal a few long names must not push out every other column.
	const wanted = Math.max(minNameWidth, Math.min(maxNameWidth, Math.floor(width / 2), longestName));
	const kept = new Set(specs.map(spec => spec.id));
	const used = () => specs
		.filter(spec => kept.has(spec.id) && spec.id !== 'name')
		.reduce((sum, spec) => sum + spec.width + gap, 0);
	const byImportance = specs.filter(spec => spec.priority > 0).sort((a, b) => a.priority - b.priority);
	for (const spec of byImportance.toReversed()) {
		if (width - used() >= wanted) {
			break;
		}

		kept.delete(spec.id);
	}

	for (const spec of byImportance) {
		if (!kept.has(spec.id) && width - used() - spec.width - gap >= wanted) {
			kept.add(spec.id);
		}
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
			...(column.id === 'name' && namePrefix ? {title: `NAME (${namePrefix}…)`, namePrefix} : {}),
			width: column.id === 'name' ? nameWidth : column.id === 'schedule' ? scheduleWidth : column.width,
		}));
}

/** A job name as the list shows it: without the prefix every listed name shares ("alice-"), when there is one. */
export function shownName(name: string, prefix = ''): string {
	return prefix && name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name;
}

/**
 * Pads or cuts a name to exactly `width` cells. A cut takes out the middle: names share their beginnings
 * (the user, the project), and the end is what tells one run of a sweep from the next.
 */
export function fitMiddle(text: string, width: number): string {
	const chars = charactersOf(text);
	if (chars.length <= width || width < 5) {
		return fit(text, width);
	}

	const head = Math.floor((width - 1) * 0.4);
	const tail = width - 1 - head;
	return `${part(chars, 0, head)}…${part(chars, chars.length - tail)}`;
}

/** Pads or cuts `text` to exactly `width` cells (an ellipsis marks a cut). Job names are ASCII. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	const chars = charactersOf(text);
	if (chars.length > width) {
		return width <= 1 ? part(chars, 0, width) : `${part(chars, 0, width - 1)}…`;
	}

	const pad = ' '.repeat(width - chars.length);
	return align === 'left' ? text + pad : pad + text;
}

const pairHalf = /[\uD800-\uDFFF]/;

/** The text's characters (code points); a text without surrogate pairs is cut as it is, without an array of them. */
function charactersOf(text: string): string | string[] {
	return pairHalf.test(text) ? [...text] : text;
}

function part(chars: string | string[], start: number, end?: number): string {
	return typeof chars === 'string' ? chars.slice(start, end) : chars.slice(start, end).join('');
}
