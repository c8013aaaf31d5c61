// The shape of every key binding. Each view declares one table of these; the same table drives key
// handling, the hint bar and the `?` help, so the three can never disagree.

export interface KeyBinding<Action extends string = string> {
	/** Names as shown to the user and matched: 'j', 'down', 'enter', 'esc', 'ctrl+r', 'shift+tab', 'pageup', '?'. */
	keys: string[];
	action: Action;
	/** One line for the `?` help. */
	description: string;
	/** Short label for the bottom hint bar; bindings without one appear only in help. */
	hint?: string;
}

