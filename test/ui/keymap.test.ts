import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {
	actionFor, confirmKeys, detailsKeys, filterKeys, hintsOf, keyOfTypedChar, listKeys, reviewKeys, rerunKeys, textKeys,
	typedConfirmKeys,
} from '../../source/ui/keymap.js';

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
	end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
	meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

const press = (input: string, key: Partial<Key> = {}) => [input, {...noKey, ...key}] as const;

describe('keymap tables', () => {
	it('maps the keys users expect from k9s and lazygit in the list', () => {
		expect(actionFor(listKeys, ...press('j'))).toBe('down');
		expect(actionFor(listKeys, ...press('', {downArrow: true}))).toBe('down');
		expect(actionFor(listKeys, ...press('G', {shift: true}))).toBe('bottom');
		expect(actionFor(listKeys, ...press('D', {shift: true}))).toBe('delete');
		expect(actionFor(listKeys, ...press('d', {ctrl: true}))).toBe('halfDown');
		expect(actionFor(listKeys, ...press('r', {ctrl: true}))).toBe('refresh');
		expect(actionFor(listKeys, ...press('r'))).toBe('rerun');
		expect(actionFor(listKeys, ...press('', {return: true}))).toBe('details');
		expect(actionFor(listKeys, ...press('/'))).toBe('filter');
	});

	it('never puts a destructive action on a lower-case d or on ctrl+d', () => {
		expect(actionFor(listKeys, ...press('d'))).toBeUndefined();
		expect(actionFor(listKeys, ...press('d', {ctrl: true}))).not.toBe('delete');
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

describe('keys that arrive together in one read', () => {
	it('gives an enter, tab, backspace or escape inside a burst the flags it has alone', () => {
		const burst = noKey;
		expect(actionFor(listKeys, '\r', keyOfTypedChar('\r', burst))).toBe('details');
		expect(keyOfTypedChar('\t', burst).tab).toBe(true);
		expect(keyOfTypedChar('\u007F', burst).backspace).toBe(true);
		expect(keyOfTypedChar('\u001B', burst).escape).toBe(true);
	});

	it('keeps letters as letters, capitals with shift', () => {
		expect(actionFor(listKeys, 'j', keyOfTypedChar('j', noKey))).toBe('down');
		expect(actionFor(listKeys, 'D', keyOfTypedChar('D', noKey))).toBe('delete');
	});
});
