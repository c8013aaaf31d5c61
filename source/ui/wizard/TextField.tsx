// A text field of the wizard: a shell-like line (see input/line-edit.ts) above the step it is part of. It
// takes the characters it types, the editing keys and pastes; tab, enter, esc and ↑/↓ go on to the step.
import {useState} from 'react';
import {LineInput} from '../components/LineInput.js';
import {inputPriority, useInputHandler} from '../input/InputLayer.js';
import {editLine, insertText, type Line} from '../input/line-edit.js';

export interface TextFieldProps {
	value: string;
	onChange(value: string): void;
	/** When given, enter in the field calls it instead of going on to the step. */
	onSubmit?(value: string): void;
	focus: boolean;
	placeholder?: string;
	/** Changes when the value was replaced from outside, to put the cursor at its end. */
	revision?: number;
}

export function TextField({value, onChange, onSubmit, focus, placeholder, revision = 0}: TextFieldProps) {
	// The cursor is kept with the text it was placed in: when the value changes from outside (a completion,
	// a suggestion, another row), it goes to the end.
	const [place, setPlace] = useState({revision, text: value, cursor: [...value].length});
	const cursor = place.revision === revision && place.text === value ? place.cursor : [...value].length;
	const line: Line = {text: value, cursor};

	const apply = (next: Line) => {
		setPlace({revision, text: next.text, cursor: next.cursor});
		if (next.text !== value) {
			onChange(next.text);
		}
	};

	useInputHandler(event => {
		if (event.kind === 'paste') {
			apply(insertText(line, event.text));
			return true;
		}

		if (event.stroke.name === 'enter' && onSubmit) {
			onSubmit(value);
			return true;
		}

		const edited = editLine(line, event.stroke);
		if (edited === undefined) {
			return false;
		}

		apply(edited);
		return true;
	}, {priority: inputPriority.field, active: focus});

	return <LineInput value={value} cursor={cursor} placeholder={placeholder} focus={focus} />;
}
