// An editor for the `e` flow that changes the file it is given as a user would by hand, one scripted change
// each time it opens, and remembers what it was given.
import {readFileSync, writeFileSync} from 'node:fs';
import type {EditText} from '../../source/ui/edit/editor.js';

export interface EditorOpening {
	file: string;
	/** The file's text as the editor found it. */
	text: string;
}

export interface ScriptedEditor {
	editText: EditText;
	opened: EditorOpening[];
}

/** The n-th opening applies the n-th change (and saves); openings past the last change save the file as it is. */
export function scriptedEditor(...changes: Array<(text: string) => string | Promise<string>>): ScriptedEditor {
	const opened: EditorOpening[] = [];
	const editText: EditText = async file => {
		const text = readFileSync(file, 'utf8');
		opened.push({file, text});
		const change = changes[opened.length - 1] ?? (value => value);
		const saved = await change(text);
		writeFileSync(file, saved);
		return {kind: 'saved', text: saved};
	};

	return {editText, opened};
}
