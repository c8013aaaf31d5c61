// A list to pick one entry from (where a wizard starts, what kind of job): ↑/↓ (or k/j), home/end and
// PgUp/PgDn move, enter chooses. A window of `limit` entries scrolls with the cursor.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {inputPriority, useKeyHandler} from '../input/InputLayer.js';
import {printableLine} from '../../text/printable.js';

export interface Choice<Value> {
	key: string;
	label: string;
	value: Value;
}

export interface ChoiceListProps<Value> {
	items: ReadonlyArray<Choice<Value>>;
	initialIndex?: number;
	limit?: number;
	onSelect(item: Choice<Value>): void;
}

/** The first entry of a window of `limit` that keeps `cursor` in it, near the middle when it can. */
export function windowStart(cursor: number, count: number, limit: number): number {
	return Math.min(Math.max(0, cursor - Math.floor(limit / 2)), Math.max(0, count - limit));
}

export function ChoiceList<Value>({items, initialIndex = 0, limit = items.length, onSelect}: ChoiceListProps<Value>) {
	const [chosen, setCursor] = useState(initialIndex);
	const cursor = Math.max(0, Math.min(chosen, items.length - 1));
	const page = Math.max(1, limit - 1);
	useKeyHandler(stroke => {
		const moves: Record<string, number> = {
			up: cursor - 1, k: cursor - 1, down: cursor + 1, j: cursor + 1,
			home: 0, end: items.length - 1, pageup: cursor - page, pagedown: cursor + page,
		};
		const target = moves[stroke.name];
		if (target !== undefined) {
			setCursor(Math.max(0, Math.min(target, items.length - 1)));
			return true;
		}

		if (stroke.name === 'enter' && items[cursor]) {
			onSelect(items[cursor]);
			return true;
		}

		return false;
	}, {priority: inputPriority.field});

	const first = windowStart(cursor, items.length, limit);
	return (
		<Box flexDirection="column">
			{items.slice(first, first + limit).map((item, offset) => {
				const here = first + offset === cursor;
				return (
					<Text key={item.key} color={here ? 'cyan' : undefined} wrap="truncate-end">
						{here ? '❯ ' : '  '}
						{printableLine(item.label)}
					</Text>
				);
			})}
		</Box>
	);
}
