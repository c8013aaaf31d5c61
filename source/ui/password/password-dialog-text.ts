// The words of the dialog that opens when Chronos refuses the password: what was refused and where that
// password came from (the store's message says it), why polling stopped, and that a password typed here
// lives only as long as this run. The field itself only ever shows one • per character.
import {wrapText} from '../wrap-text.js';
import type {Mode} from '../modes.js';

export type PasswordMode = Extract<Mode, {kind: 'password'}>;

export function passwordTitle(mode: PasswordMode): string {
	return mode.again ? 'Chronos refused the password again' : 'Chronos refused the password';
}

/** The lines above the password field, wrapped to `width`. */
export function passwordBody(mode: PasswordMode, width: number): string[] {
	return [
		...wrapText(mode.refusal, width, 0),
		...wrapText('Polling has stopped, so the account is not locked. Type the password to use until you quit (it is saved nowhere).', width, 0),
	];
}

export const passwordHint = 'enter tries it · esc closes (polling stays stopped) · ctrl+c quits';

/** What the field shows for the typed text: one • per character, never the characters. */
export function masked(text: string): string {
	return '•'.repeat([...text].length);
}
