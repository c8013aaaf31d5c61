import {describe, expect, it} from 'vitest';
import {keystrokeOfChar, keystrokesOf} from '../../../source/ui/input/keystroke.js';
import {editLine, insertText, lineAtEnd, type Line} from '../../../source/ui/input/line-edit.js';

const key = (name: string) => ({name, text: ''});
const show = ({text, cursor}: Line) => `${[...text].slice(0, cursor).join('')}|${[...text].slice(cursor).join('')}`;

/** Applies keys (names, or plain characters to type) to a line written with `|` for the cursor. */
function edit(start: string, ...strokes: string[]): string {
	const at = start.indexOf('|');
	let line: Line = {text: start.replace('|', ''), cursor: [...start.slice(0, at)].length};
	for (const stroke of strokes) {
		const next = editLine(line, [...stroke].length === 1 ? keystrokeOfChar(stroke) : key(stroke));
		if (next === undefined) throw new Error(`${stroke} is not an edit`);
		line = next;
	}

	return show(line);
}

describe('a text field edits as a shell line does', () => {
	it('types at the cursor and deletes either side of it', () => {
		expect(edit('bert|', 'x')).toBe('bertx|');
		expect(edit('be|rt', 'x', ' ')).toBe('bex |rt');
		expect(edit('bert|', 'backspace', 'backspace')).toBe('be|');
		expect(edit('be|rt', 'delete')).toBe('be|t');
		expect(edit('|bert', 'backspace')).toBe('|bert');
	});

	it('goes to either end with home/end and ctrl+a/ctrl+e', () => {
		expect(edit('be|rt', 'ctrl+a')).toBe('|bert');
		expect(edit('be|rt', 'ctrl+e')).toBe('bert|');
		expect(edit('be|rt', 'home', 'x')).toBe('x|bert');
		expect(edit('be|rt', 'end', 'x')).toBe('bertx|');
	});

	it('moves by word with ctrl+←/→ and alt+b/f, and by character with ←/→', () => {
		expect(edit('python3 /lustre/alice/train.py|', 'ctrl+left')).toBe('python3 /lustre/alice/train.|py');
		expect(edit('python3 /lustre/alice/train.py|', 'ctrl+left', 'ctrl+left', 'ctrl+left')).toBe('python3 /lustre/|alice/train.py');
		expect(edit('|python3 train.py', 'ctrl+right', 'ctrl+right')).toBe('python3 train|.py');
		expect(edit('ab|c', 'meta+b')).toBe('|abc');
		expect(edit('|ab cd', 'meta+f')).toBe('ab| cd');
		expect(edit('ab|c', 'left', 'left', 'right')).toBe('a|bc');
	});

	it('cuts a word with ctrl+w and the line before or after the cursor with ctrl+u and ctrl+k', () => {
		expect(edit('--lr 0.1 --epochs|', 'ctrl+w')).toBe('--lr 0.1 |');
		expect(edit('--lr 0.1 |--epochs', 'ctrl+u')).toBe('|--epochs');
		expect(edit('--lr 0.1 |--epochs', 'ctrl+k')).toBe('--lr 0.1 |');
	});

	it('never types a tab, and leaves enter, esc and ↑/↓ to the view', () => {
		for (const name of ['tab', 'shift+tab', 'enter', 'esc', 'up', 'down', 'pageup', 'ctrl+c', 'ctrl+r']) {
			expect(editLine(lineAtEnd('x'), key(name))).toBeUndefined();
		}
	});

	it('inserts a long paste whole at the cursor, line breaks and tabs as spaces', () => {
		const long = `/lustre/${'a'.repeat(500)}\n--flag\tvalue`;
		const line = insertText({text: 'cmd  end', cursor: 4}, long);
		expect(line.text).toBe(`cmd /lustre/${'a'.repeat(500)} --flag value end`);
		expect(line.cursor).toBe(4 + 8 + 500 + 13);
	});
});

describe('a read from the terminal is split into the keys it holds', () => {
	const none = {
		upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false,
		end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false,
		meta: false, super: false, hyper: false, capsLock: false, numLock: false,
	};

	it('names every key of a burst as it would be named alone', () => {
		expect(keystrokesOf('jj\r\t\u0001G ', none).map(stroke => stroke.name)).toEqual(['j', 'j', 'enter', 'tab', 'ctrl+a', 'G', 'space']);
	});

	it('names keys ink recognised with their modifiers', () => {
		expect(keystrokesOf('', {...none, tab: true, shift: true})).toEqual([key('shift+tab')]);
		expect(keystrokesOf('', {...none, leftArrow: true, ctrl: true})).toEqual([key('ctrl+left')]);
		expect(keystrokesOf('r', {...none, ctrl: true})).toEqual([key('ctrl+r')]);
		expect(keystrokesOf('b', {...none, meta: true})).toEqual([key('meta+b')]);
		expect(keystrokesOf('', none)).toEqual([]);
	});
});
