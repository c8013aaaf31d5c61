// The bottom line: the keys that matter most in the current view, straight from its keymap table. When
// they do not all fit, the later ones give way, but help and the way out always stay.
import {Text} from 'ink';
import type {KeyBinding} from '../keymap-types.js';

const alwaysShown = new Set(['help', 'quit', 'back', 'cancel', 'close', 'clearFilter']);
const separator = '  ';

export function fitHints(table: ReadonlyArray<KeyBinding>, width: number): string[] {
	const hinted = table.filter(binding => binding.hint);
	const essential = hinted.filter(binding => alwaysShown.has(binding.action));
	let used = essential.reduce((sum, binding) => sum + binding.hint!.length + separator.length, 0);
	const chosen = new Set(essential);
	for (const binding of hinted) {
		if (chosen.has(binding)) {
			continue;
		}

		const cost = binding.hint!.length + separator.length;
		if (used + cost > width) {
			break;
		}

		chosen.add(binding);
		used += cost;
	}

	return hinted.filter(binding => chosen.has(binding)).map(binding => binding.hint!);
}

export function HintBar({table, width}: {table: ReadonlyArray<KeyBinding>; width: number}) {
	return <Text dimColor wrap="truncate-end">{fitHints(table, width).join(separator)}</Text>;
}
