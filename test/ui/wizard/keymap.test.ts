// The keymap tables are the single source for keys, hints and help: check they agree with themselves.
import {describe, expect, test} from 'vitest';
import {actionFor, keystrokeOfChar} from '../../../source/ui/input/keystroke.js';
import {hintsFor, listKeymap, reviewKeymap, wizardKeymap} from '../../../source/ui/wizard/keymap.js';

const named = (name: string) => ({name, text: ''});

describe('wizard keymaps', () => {
	test('no key is bound twice in one table, and none uses the keys the design keeps free', () => {
		for (const keymap of [wizardKeymap, reviewKeymap, listKeymap]) {
			const keys = keymap.flatMap(binding => binding.keys);
			expect(new Set(keys).size).toBe(keys.length);
			for (const reserved of ['ctrl+a', 'ctrl+b', 'ctrl+s', 'ctrl+q', 'ctrl+z']) expect(keys).not.toContain(reserved);
		}
	});

	test('keystrokes map to the actions the tables name', () => {
		expect(actionFor(wizardKeymap, named('shift+tab'))).toBe('previousField');
		expect(actionFor(wizardKeymap, named('esc'))).toBe('previousStep');
		expect(actionFor(wizardKeymap, named('ctrl+c'))).toBe('quit');
		expect(actionFor(reviewKeymap, keystrokeOfChar(' '))).toBe('press');
		expect(actionFor(reviewKeymap, named('left'))).toBe('moveButton');
		expect(actionFor(wizardKeymap, keystrokeOfChar('x'))).toBeUndefined();
		for (const keymap of [wizardKeymap, reviewKeymap, listKeymap]) expect(actionFor(keymap, keystrokeOfChar('?'))).toBe('help');
	});

	test('hint lines come from the tables', () => {
		expect(hintsFor(wizardKeymap)).toBe('tab next field · enter next · esc back · ctrl+c quit');
		expect(hintsFor(listKeymap)).toBe('↑/↓ move · enter choose · esc back · ? help · ctrl+c quit');
		expect(hintsFor(reviewKeymap)).toBe('←/→ choose · enter press · ↑/↓ scroll · esc back · ? help · ctrl+c quit');
	});
});
