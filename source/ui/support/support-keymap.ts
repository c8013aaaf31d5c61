// The keys of the support request view and of its save prompt.
import type {KeyBinding} from '../keymap-types.js';
import {textKeys} from '../keymap.js';

export type SupportAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom' | 'copy' | 'save' | 'help' | 'back';
export type SupportSaveAction = 'save' | 'cancel';

/** Scrolling as in every text view; the ways out differ, since q and x leave a text view but not this one. */
const scrolling = textKeys.filter((binding): binding is KeyBinding<Exclude<SupportAction, 'copy' | 'save' | 'help' | 'back'>> => binding.action !== 'close');

export const supportKeys: ReadonlyArray<KeyBinding<SupportAction>> = [
	...scrolling,
	{keys: ['y'], action: 'copy', description: 'Copy the request to the clipboard (OSC 52, works over ssh)', hint: 'y copy'},
	{keys: ['w'], action: 'save', description: 'Save the request to a new file', hint: 'w save'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['esc', 'q'], action: 'back', description: 'Back', hint: 'esc back'},
];

export const supportSaveKeys: ReadonlyArray<KeyBinding<SupportSaveAction>> = [
	{keys: ['enter'], action: 'save', description: 'Save to this file (an existing file is never replaced)', hint: '⏎ save'},
	{keys: ['esc'], action: 'cancel', description: 'Cancel: save nothing', hint: 'esc cancel'},
];
