// The keys of the support request view and of its save prompt.
import type {KeyBinding} from '../keymap-types.js';

export type SupportAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom' | 'copy' | 'save' | 'help' | 'back';
export type SupportSaveAction = 'save' | 'cancel';

export const supportKeys: ReadonlyArray<KeyBinding<SupportAction>> = [
	{keys: ['k', 'up'], action: 'up', description: 'Scroll up one line', hint: '↑↓ scroll'},
	{keys: ['j', 'down'], action: 'down', description: 'Scroll down one line'},
	{keys: ['pageup'], action: 'pageUp', description: 'One page up'},
	{keys: ['pagedown', 'space'], action: 'pageDown', description: 'One page down'},
	{keys: ['g', 'home'], action: 'top', description: 'Go to the top'},
	{keys: ['G', 'end'], action: 'bottom', description: 'Go to the bottom'},
	{keys: ['y'], action: 'copy', description: 'Copy the request to the clipboard (OSC 52, works over ssh)', hint: 'y copy'},
	{keys: ['w'], action: 'save', description: 'Save the request to a new file', hint: 'w save'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['esc', 'q'], action: 'back', description: 'Back', hint: 'esc back'},
];

export const supportSaveKeys: ReadonlyArray<KeyBinding<SupportSaveAction>> = [
	{keys: ['enter'], action: 'save', description: 'Save to this file (an existing file is never replaced)', hint: '⏎ save'},
	{keys: ['esc'], action: 'cancel', description: 'Cancel: save nothing', hint: 'esc cancel'},
];
