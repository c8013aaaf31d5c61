// The wizard's keys as data: the same table drives key handling, the hint line and the help panel.
import type {Key} from 'ink';
import type {KeyBinding} from '../keymap-types.js';

export type WizardAction =
	| 'nextField'
	| 'previousField'
	| 'nextStep'
	| 'previousStep'
	| 'suggestion'
	| 'toggle'
	| 'help'
	| 'quit';

export const wizardKeymap: ReadonlyArray<KeyBinding<WizardAction>> = [
	{keys: ['tab'], action: 'nextField', description: 'Next field (in a path field: complete the directory first)', hint: 'next field'},
	{keys: ['shift+tab'], action: 'previousField', description: 'Previous field'},
	{keys: ['enter'], action: 'nextStep', description: 'Next step, once the fields of this one are valid (in a list: choose the highlighted entry)', hint: 'next'},
	{keys: ['esc'], action: 'previousStep', description: 'Back one step; everything typed is kept', hint: 'back'},
	{keys: ['up', 'down'], action: 'suggestion', description: 'Move in a list, or cycle through suggestions for the field'},
	{
		keys: ['space'],
		action: 'toggle',
		description: 'Toggle a choice (RW/RO, a parent, replace); on "+ add": add a row. Clear a row to remove it',
	},
	{keys: ['?'], action: 'help', description: 'Show or hide this help (when the cursor is not in a text field)'},
	{keys: ['ctrl+c'], action: 'quit', description: 'Save the draft and leave the wizard', hint: 'save draft & quit'},
];

/** The name of one keystroke as the keymap spells it, or undefined for plain text input. */
export function keyName(input: string, key: Key): string | undefined {
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	if (input === '?') return '?';
	return undefined;
}

/** The action bound to this keystroke, if any. */
export function wizardActionFor(input: string, key: Key): WizardAction | undefined {
	const name = keyName(input, key);
	if (name === undefined) return undefined;
	return wizardKeymap.find(binding => binding.keys.includes(name))?.action;
}

/** The hint line: only bindings with a hint, plus any step-specific extras. */
export function wizardHints(extra: ReadonlyArray<string> = []): string {
	const fromTable = wizardKeymap
		.filter(binding => binding.hint !== undefined)
		.map(binding => `${binding.keys[0]} ${binding.hint}`);
	return [...extra, ...fromTable].join(' · ');
}
