// The keys of the output view and of its search prompt: one table each, driving the keys, the hint bar and
// the `?` help, as every other view's table does.
import type {KeyBinding} from '../keymap-types.js';

export type OutputAction =
	| 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown'
	| 'search' | 'next' | 'previous' | 'wrap' | 'older' | 'newer' | 'stream' | 'keep' | 'support'
	| 'refresh' | 'help' | 'back';

export type OutputSearchAction = 'find' | 'cancel';

export const outputKeys: ReadonlyArray<KeyBinding<OutputAction>> = [
	{keys: ['k', 'up'], action: 'up', description: 'Scroll up one line (stops following)', hint: '↑↓ scroll'},
	{keys: ['j', 'down'], action: 'down', description: 'Scroll down one line'},
	{keys: ['g', 'home'], action: 'top', description: 'Go to the first line shown'},
	{keys: ['G', 'end'], action: 'bottom', description: 'Go to the end, and follow new output while the job runs', hint: 'G follow'},
	{keys: ['pageup'], action: 'pageUp', description: 'One page up'},
	{keys: ['pagedown', 'space'], action: 'pageDown', description: 'One page down'},
	{keys: ['ctrl+u'], action: 'halfUp', description: 'Half a page up'},
	{keys: ['ctrl+d'], action: 'halfDown', description: 'Half a page down'},
	{keys: ['/'], action: 'search', description: 'Search the output (lower case ignores case)', hint: '/ search'},
	{keys: ['n'], action: 'next', description: 'Next match', hint: 'n/N match'},
	{keys: ['N'], action: 'previous', description: 'Previous match'},
	{keys: ['w'], action: 'wrap', description: 'Wrap long lines, or cut them at the edge', hint: 'w wrap'},
	{keys: ['['], action: 'older', description: 'The run before this one', hint: '[ ] runs'},
	{keys: [']'], action: 'newer', description: 'The run after this one'},
	{keys: ['tab'], action: 'stream', description: 'Switch between stdout and stderr (Mesos sandbox only)'},
	{keys: ['K'], action: 'keep', description: "Keep the job's output from its next run on (you review the change first)"},
	{keys: ['S'], action: 'support', description: 'Write a support request about the job'},
	{keys: ['ctrl+r'], action: 'refresh', description: 'Look for new runs and read again now'},
	{keys: ['?'], action: 'help', description: 'Show these keys', hint: '? help'},
	{keys: ['esc', 'q'], action: 'back', description: 'Back', hint: 'esc back'},
];

export const outputSearchKeys: ReadonlyArray<KeyBinding<OutputSearchAction>> = [
	{keys: ['enter'], action: 'find', description: 'Go to the next line that holds the text', hint: '⏎ find'},
	{keys: ['esc'], action: 'cancel', description: 'Cancel the search', hint: 'esc cancel'},
];
