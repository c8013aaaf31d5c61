// ink-text-input with the two line-editing keys every shell user presses without thinking: ctrl+u clears
// the line, ctrl+w deletes the last word. ink-text-input alone would insert a literal "u" or "w".
import {useRef} from 'react';
import {useInput} from 'ink';
import TextInput from 'ink-text-input';
import {editLine} from '../line-editing.js';

export interface TextFieldProps {
	value: string;
	onChange(value: string): void;
	onSubmit?(value: string): void;
	focus: boolean;
	placeholder?: string;
	/** Changes when the value was replaced from outside, to put the cursor at its end. */
	revision?: number;
}

const isShellEdit = (input: string, ctrl: boolean) => ctrl && (input === 'u' || input === 'w');

export function TextField({value, onChange, onSubmit, focus, placeholder, revision = 0}: TextFieldProps) {
	// Both handlers see the same keystroke in an order ink does not promise: the text input's own change is
	// dropped while a shell edit is being handled, and the shell edit is applied from the value before it.
	const shellEditing = useRef(false);
	const edits = useRef(0);
	useInput(
		(input, key) => {
			if (!isShellEdit(input, key.ctrl)) {
				return;
			}

			shellEditing.current = true;
			setImmediate(() => {
				shellEditing.current = false;
			});
			edits.current++;
			onChange(editLine(value, input, key) ?? value);
		},
		{isActive: focus},
	);

	return (
		<TextInput
			// A new key puts the cursor at the end of the edited text.
			key={`${revision}-${edits.current}`}
			value={value}
			focus={focus}
			placeholder={placeholder}
			onChange={next => {
				if (!shellEditing.current) {
					onChange(next);
				}
			}}
			onSubmit={onSubmit}
		/>
	);
}
