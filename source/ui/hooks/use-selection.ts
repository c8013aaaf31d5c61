// The selected job follows its name across refreshes, filters and re-sorts; when it disappears, the cursor
// stays where it was. The window of visible rows scrolls only as far as it must to show the selection.
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

/** `keyOf` names an item uniquely: a job's name in the list, its path in the dependency tree. */
export function useSelection<Item = JobRow>(
	rows: readonly Item[],
	pageSize: number,
	keyOf: (item: Item) => string = item => (item as JobRow).name,
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
	lastIndex.current = index;

	const height = Math.max(1, pageSize);
	let offset = offsetRef.current;
	if (index < offset) {
		offset = index;
	} else if (index >= offset + height) {
		offset = index - height + 1;
	}

	offset = Math.max(0, Math.min(offset, rows.length - height));
	offsetRef.current = offset;

	return {
		index,
		offset,
		row: rows[index],
		select(next) {
			const clamped = Math.max(0, Math.min(next, rows.length - 1));
			lastIndex.current = clamped;
			const item = rows[clamped];
			setName(item === undefined ? undefined : keyOf(item));
		},
		follow: setName,
	};
}
