// The words of the delete dialog. A job that others depend on is deleted together with them: deleted alone,
// Chronos would rebuild or re-wire each child (../shared/chronos-api.md, "Deleting a parent"), and the dialog
// says what it would have done, child by child, so the user sees why.
import {describeFate} from '../../jobs/deletion.js';
import {wrapText} from '../wrap-text.js';
import type {Mode} from '../modes.js';

type DeleteMode = Extract<Mode, {kind: 'delete'}>;

/** Children spelled out one by one; the rest are counted. */
const fatesShown = 3;

export function deleteTitle(mode: DeleteMode): string {
	const count = mode.dependents.length;
	return count === 0 ? `Delete ${mode.name}?` : `Delete ${mode.name} and the ${count === 1 ? 'job' : `${count} jobs`} depending on it?`;
}

/** The lines above the name prompt, wrapped to `width`. */
export function deleteBody(mode: DeleteMode, width: number): string[] {
	if (mode.dependents.length === 0) {
		return wrapText('This removes the job from Chronos for good. Type its name to confirm.', width, 0);
	}

	const lines = ['Deleted alone, it would leave Chronos to change its children:'];
	for (const fate of mode.fates.slice(0, fatesShown)) {
		lines.push(...wrapText(`• ${fate.child} ${describeFate(fate)}`, width, 2));
	}

	if (mode.fates.length > fatesShown) {
		lines.push(`• and ${mode.fates.length - fatesShown} more`);
	}

	lines.push(...wrapText(`So these are deleted with it, each before its parents: ${mode.dependents.join(', ')}`, width, 2));
	return lines;
}

export function deleteNote(mode: DeleteMode): {text: string; ok: boolean} {
	if (mode.typed.text !== mode.name) {
		return {text: `type ${mode.name} to enable delete`, ok: false};
	}

	const total = mode.dependents.length + 1;
	return {text: total === 1 ? 'enter deletes the job' : `enter deletes all ${total} jobs`, ok: true};
}

export function deleteHint(mode: DeleteMode): string {
	return mode.dependents.length === 0
		? 'esc cancels'
		: `esc cancels · to keep the children as Chronos changes them: chronos-tui delete ${mode.name} --orphan-children`;
}
