// The wizard's keys as data: the same table drives key handling, the hint line and the help panel.
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
	{keys: ['?'], action: 'help', description: 'Show or hide this help (in a text field, ? is typed as text: tab out first)'},
	{keys: ['ctrl+c'], action: 'quit', description: 'Leave the wizard: asks first, and keeps the draft unless you say so', hint: 'quit'},
];

/** The review step: buttons, the JSON pane, and the same ways out as everywhere else. */
export type ReviewAction = 'moveButton' | 'scroll' | 'page' | 'press' | 'back' | 'help' | 'quit';

export const reviewKeymap: ReadonlyArray<KeyBinding<ReviewAction>> = [
	{keys: ['left', 'right', 'shift+tab', 'tab'], action: 'moveButton', description: 'Previous or next button', hint: 'choose'},
	{keys: ['enter', 'space'], action: 'press', description: 'Press the highlighted button (Submit is off while the job is invalid)', hint: 'press'},
	{keys: ['up', 'down'], action: 'scroll', description: 'Scroll the job document a line', hint: 'scroll'},
	{keys: ['pageup', 'pagedown'], action: 'page', description: 'Scroll the job document a page'},
	{keys: ['esc'], action: 'back', description: 'Back to Advanced; nothing is lost', hint: 'back'},
	{keys: ['?'], action: 'help', description: 'Show or hide this help', hint: 'help'},
	{keys: ['ctrl+c'], action: 'quit', description: 'Leave the wizard: asks first, and keeps the draft unless you say so', hint: 'quit'},
];

/** The question before the wizard closes on a started job. */
export type LeaveAction = 'move' | 'choose' | 'stay' | 'keep';

export const leaveKeymap: ReadonlyArray<KeyBinding<LeaveAction>> = [
	{keys: ['left', 'right', 'shift+tab', 'tab'], action: 'move', description: 'Previous or next choice', hint: 'choose'},
	{keys: ['enter'], action: 'choose', description: 'Take the highlighted choice', hint: 'take'},
	{keys: ['esc'], action: 'stay', description: 'Back to the job', hint: 'back to the job'},
	{keys: ['ctrl+c'], action: 'keep', description: 'Keep the draft and leave', hint: 'keep and leave'},
];

/** The start and kind steps are lists. */
export type ListAction = 'move' | 'choose' | 'back' | 'help' | 'quit';

export const listKeymap: ReadonlyArray<KeyBinding<ListAction>> = [
	{keys: ['up', 'down'], action: 'move', description: 'Move in the list', hint: 'move'},
	{keys: ['enter'], action: 'choose', description: 'Choose the highlighted entry', hint: 'choose'},
	{keys: ['esc'], action: 'back', description: 'Back one step (from the first: leave the wizard, asking first once a job is started)', hint: 'back'},
	{keys: ['?'], action: 'help', description: 'Show or hide this help', hint: 'help'},
	{keys: ['ctrl+c'], action: 'quit', description: 'Leave the wizard: asks first, and keeps the draft unless you say so', hint: 'quit'},
];

const arrows: Record<string, string> = {left: '←', right: '→', up: '↑', down: '↓'};

/** The hint line of a keymap: bindings with a hint, plus any step-specific extras first. */
export function hintsFor(keymap: ReadonlyArray<KeyBinding>, extra: ReadonlyArray<string> = []): string {
	const fromTable = keymap
		.filter(binding => binding.hint !== undefined)
		.map(binding => {
			const [first = '', second] = binding.keys;
			const shown = second && arrows[first] && arrows[second] ? `${arrows[first]}/${arrows[second]}` : (arrows[first] ?? first);
			return `${shown} ${binding.hint}`;
		});
	return [...extra, ...fromTable].join(' · ');
}

export function wizardHints(extra: ReadonlyArray<string> = []): string {
	return hintsFor(wizardKeymap, extra);
}
