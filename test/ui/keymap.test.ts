import {describe, expect, it} from 'vitest';
import {actionFor, keystrokeOfChar} from '../../source/ui/input/keystroke.js';
import {
	confirmKeys, detailsKeys, filterKeys, hintsOf, listKeys, reviewKeys, rerunKeys, textKeys, typedConfirmKeys,
} from '../../source/ui/keymap.js';

const named = (name: string) => ({name, text: ''});
const typed = (char: string) => keystrokeOfChar(char);

describe('keymap tables', () => {
	it('maps the keys users expect from k9s and lazygit in the list', () => {
		expect(actionFor(listKeys, typed('j'))).toBe('down');
		expect(actionFor(listKeys, named('down'))).toBe('down');
		expect(actionFor(listKeys, typed('G'))).toBe('bottom');
		expect(actionFor(listKeys, typed('D'))).toBe('delete');
		expect(actionFor(listKeys, named('ctrl+d'))).toBe('halfDown');
		expect(actionFor(listKeys, named('ctrl+r'))).toBe('refresh');
		expect(actionFor(listKeys, typed('r'))).toBe('rerun');
		expect(actionFor(listKeys, named('enter'))).toBe('details');
		expect(actionFor(listKeys, typed('/'))).toBe('filter');
	});

	it('never puts a destructive action on a lower-case d or on ctrl+d', () => {
		expect(actionFor(listKeys, typed('d'))).toBeUndefined();
		expect(actionFor(listKeys, named('ctrl+d'))).not.toBe('delete');
	});

	it('binds each key at most once within a view', () => {
		for (const table of [listKeys, detailsKeys, confirmKeys, typedConfirmKeys, filterKeys, rerunKeys, reviewKeys, textKeys]) {
			const all = table.flatMap(binding => binding.keys);
			expect(new Set(all).size).toBe(all.length);
		}
	});

	it('avoids the control keys terminals and multiplexers use', () => {
		const everything = [listKeys, detailsKeys, confirmKeys, reviewKeys, textKeys].flatMap(table => table.flatMap(binding => binding.keys));
		for (const reserved of ['ctrl+a', 'ctrl+b', 'ctrl+s', 'ctrl+q', 'ctrl+z']) {
			expect(everything).not.toContain(reserved);
		}
	});

	it('builds the hint bar from the same table', () => {
		expect(hintsOf(listKeys)).toContain('/ filter');
		expect(hintsOf(listKeys)).toContain('D delete');
		expect(hintsOf(confirmKeys)).toContain('esc cancel');
	});
});
