// One key as the whole program names it, and the one matcher every keymap table goes through. Ink reports a
// read from the terminal as one (input, key) pair, but a read can hold several keys (`jj\r` typed fast over
// ssh, two Tabs, a ctrl key in the middle of text): they are split here into single keystrokes, in order.
import type {Key} from 'ink';
import type {KeyBinding} from '../keymap-types.js';

export interface Keystroke {
	/** As keymap tables spell it: 'j', 'G', '?', 'space', 'enter', 'esc', 'tab', 'shift+tab', 'ctrl+r', 'ctrl+left', 'meta+b'. */
	name: string;
	/** The character it types into a text field, or '' for keys that type nothing. */
	text: string;
}

const namedKeys: Array<[keyof Key, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'enter'],
	['escape', 'esc'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

const controlNames: Record<string, string> = {
	'\r': 'enter',
	'\n': 'enter',
	'\t': 'tab',
	'\u001B': 'esc',
	'\u007F': 'backspace',
	'\b': 'backspace',
	'\u0000': 'ctrl+space',
};

/** One character of a read that holds several: what it would have been had it arrived alone. */
export function keystrokeOfChar(char: string): Keystroke {
	const control = controlNames[char];
	if (control) {
		return {name: control, text: ''};
	}

	const code = char.codePointAt(0)!;
	if (code < 0x20) {
		return {name: `ctrl+${String.fromCodePoint(code + 96)}`, text: ''};
	}

	return {name: char === ' ' ? 'space' : char, text: char};
}

function withModifiers(name: string, key: Key): string {
	const shift = key.shift && (name === 'tab' || name.length > 1) ? 'shift+' : '';
	return `${key.ctrl ? 'ctrl+' : ''}${key.meta ? 'meta+' : ''}${shift}${name}`;
}

/** The keystrokes in one event from ink's `useInput`, in the order they were typed. */
export function keystrokesOf(input: string, key: Key): Keystroke[] {
	const named = namedKeys.find(([flag]) => key[flag] === true);
	if (named) {
		return [{name: withModifiers(named[1], key), text: ''}];
	}

	if (key.ctrl || key.meta) {
		const base = input === ' ' ? 'space' : input.toLowerCase();
		return base === '' ? [] : [{name: withModifiers(base, {...key, shift: false}), text: ''}];
	}

	return [...input].map(char => keystrokeOfChar(char));
}

/** The action a keystroke triggers in a keymap table, if any: the only key matcher of the program. */
export function actionFor<Action extends string>(
	table: ReadonlyArray<KeyBinding<Action>>,
	stroke: Keystroke,
): Action | undefined {
	return table.find(binding => binding.keys.includes(stroke.name))?.action;
}
