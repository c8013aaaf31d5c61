// Editing one line of text with the keys every shell knows: typing and pasting append, backspace deletes a
// character, ctrl+w a word, ctrl+u the whole line. One handler for every prompt of the dashboard, so a key
// is never handled twice by two components.
import type {Key} from 'ink';

/** The new text after a keystroke, or undefined when the keystroke is not an edit. */
export function editLine(text: string, input: string, key: Key): string | undefined {
	if (key.backspace || key.delete) {
		return [...text].slice(0, -1).join('');
	}

	if (key.ctrl && input === 'u') {
		return '';
	}

	if (key.ctrl && input === 'w') {
		return text.replace(/\S+\s*$/, '');
	}

	if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.upArrow || key.downArrow
		|| key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end) {
		return undefined;
	}

	// Pasted text arrives as one input; line breaks in it would end the prompt, so they become spaces.
	const printable = input.replaceAll(/[\r\n\t]+/g, ' ').replaceAll(/[\u0000-\u001F\u007F]/g, '');
	return printable === '' ? undefined : text + printable;
}
