import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {editLine} from '../../source/ui/line-editing.js';

const none: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
	end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
	meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

describe('line editing in prompts', () => {
	it('appends typed and pasted text, with line breaks turned into spaces', () => {
		expect(editLine('ber', 't', none)).toBe('bert');
		expect(editLine('', '--lr 0.1\n--epochs 3', none)).toBe('--lr 0.1 --epochs 3');
	});

	it('deletes a character, a word or the whole line like a shell', () => {
		expect(editLine('bert', '', {...none, backspace: true})).toBe('ber');
		expect(editLine('--lr 0.1 --epochs', 'w', {...none, ctrl: true})).toBe('--lr 0.1 ');
		expect(editLine('bert', 'u', {...none, ctrl: true})).toBe('');
	});

	it('leaves navigation and control keys to the view', () => {
		expect(editLine('x', '', {...none, return: true})).toBeUndefined();
		expect(editLine('x', '', {...none, escape: true})).toBeUndefined();
		expect(editLine('x', 'r', {...none, ctrl: true})).toBeUndefined();
		expect(editLine('x', '', {...none, upArrow: true})).toBeUndefined();
	});
});
