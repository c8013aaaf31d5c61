// The keymap tables are the single source for keys, hints and help: check they agree with themselves.
import type {Key} from 'ink';
import {describe, expect, test} from 'vitest';
import {actionFor, hintsFor, keyName, listKeymap, reviewKeymap, wizardKeymap} from '../../../source/ui/wizard/keymap.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('wizard keymaps', () => {
	test('no key is bound twice in one table, and none uses the keys the design keeps free', () => {
		for (const keymap of [wizardKeymap, reviewKeymap, listKeymap]) {
			const keys = keymap.flatMap(binding => binding.keys);
			expect(new Set(keys).size).toBe(keys.length);
			for (const reserved of ['ctrl+a', 'ctrl+b', 'ctrl+s', 'ctrl+q', 'ctrl+z']) expect(keys).not.toContain(reserved);
		}
	});

	test('keystrokes map to the actions the tables name', () => {
		expect(actionFor(wizardKeymap, '', {...noKey, tab: true, shift: true})).toBe('previousField');
		expect(actionFor(wizardKeymap, '', {...noKey, escape: true})).toBe('previousStep');
		expect(actionFor(wizardKeymap, 'c', {...noKey, ctrl: true})).toBe('quit');
		expect(actionFor(reviewKeymap, ' ', noKey)).toBe('press');
		expect(actionFor(reviewKeymap, '', {...noKey, leftArrow: true})).toBe('moveButton');
		expect(keyName('x', noKey)).toBeUndefined();
	});

	test('hint lines come from the tables', () => {
		expect(hintsFor(wizardKeymap)).toBe('tab next field · enter next · esc back · ctrl+c save draft & quit');
		expect(hintsFor(listKeymap)).toBe('↑/↓ move · enter choose · esc back · ctrl+c save draft & quit');
		expect(hintsFor(reviewKeymap)).toBe('←/→ choose · enter press · ↑/↓ scroll · esc back · ctrl+c save draft & quit');
	});
});
