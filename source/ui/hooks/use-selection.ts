// The selected job follows its name across refreshes, filters and re-sorts; when it disappears, the cursor
// stays where it was. The window of visible rows scrolls only as far as it must to show the selection.
// Rows that cannot be selected (context in a filtered tree) pass the cursor on in the way it was going.
import {useRef, useState} from 'react';
import type {JobRow} from '../../store/types.js';

export interface Selection<Item = JobRow> {
	index: number;
	offset: number;
	row?: Item;
	/** Moves the cursor to an index (clamped). */
	select(index: number): void;
	/** Puts the cursor on a job by name, now or as soon as a refresh brings it (a job just submitted). */
	follow(name: string): void;
}

/**
 * `keyOf` names an item uniquely: a job's name in the list, its path in the dependency tree. `selectable`
 * tells the rows the cursor may rest on; all of them when left out.
 */
export function useSelection<Item = JobRow>(
	rows: readonly Item[],
	pageSize: number,
	keyOf: (item: Item) => string = item => (item as JobRow).name,
	selectable?: (item: Item) => boolean,
): Selection<Item> {
	const [name, setName] = useState<string | undefined>(undefined);
	const lastIndex = useRef(0);
	const offsetRef = useRef(0);

	// Mostly the job is where it was (a key moved the cursor, a poll changed nothing above it): look there first.
	const atLastIndex = rows[lastIndex.current];
	let index = name === undefined ? -1 : atLastIndex !== undefined && keyOf(atLastIndex) === name ? lastIndex.current : rows.findIndex(row => keyOf(row) === name);
	if (index < 0) {
		index = Math.min(lastIndex.current, rows.length - 1);
	}

	index = Math.max(0, index);
	if (selectable) {
		index = nearestSelectable(rows, index, 1, selectable);
	}

	lastIndex.current = index;

	const height = Math.max(1, pageSize);
	let offset = offsetRef.current;
	if (index < offset) {
		offset = index;
		// Rows that cannot be selected right above the selection (the jobs a match waits for) come into view with it.
		while (selectable && offset > 0 && index - offset + 1 < height && !selectable(rows[offset - 1]!)) {
			offset--;
		}
	} else if (index >= offset + height) {
		offset = index - height + 1;
	}

	offset = Math.max(0, Math.min(offset, rows.length - height));
	offsetRef.current = offset;

	return {
		index,
		offset,
		row: selectedRow(rows[index], selectable),
		select(next) {
			let clamped = Math.max(0, Math.min(next, rows.length - 1));
			if (selectable) {
				clamped = nearestSelectable(rows, clamped, clamped < index ? -1 : 1, selectable);
			}

			lastIndex.current = clamped;
			const item = rows[clamped];
			setName(item === undefined ? undefined : keyOf(item));
		},
		follow: setName,
	};
}

/** The row at `index` if it can be selected, else the nearest one that can, looking towards `direction` first. */
export function nearestSelectable<Item>(rows: readonly Item[], index: number, direction: 1 | -1, selectable: (item: Item) => boolean): number {
	for (const step of [direction, -direction]) {
		for (let at = index; at >= 0 && at < rows.length; at += step) {
			if (selectable(rows[at]!)) {
				return at;
			}
		}
	}

	return index;
}

/** A row the cursor cannot rest on is no selection: the keys act on nothing rather than on it. */
function selectedRow<Item>(row: Item | undefined, selectable?: (item: Item) => boolean): Item | undefined {
	return row !== undefined && (selectable?.(row) ?? true) ? row : undefined;
}
