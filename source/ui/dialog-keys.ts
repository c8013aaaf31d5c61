// Keys of the dialogs over the list: the filter prompt, the stop confirmation, the rerun prompt, the
// typed delete confirmation and the masked password prompt. Text keys edit the prompt as a shell line; the keymap tables decide the rest.
import type {Dispatch, SetStateAction} from 'react';
import type {JobActions} from '../store/actions.js';
import type {ActionResult} from '../store/types.js';
import type {Status} from './components/StatusLine.js';
import {actionFor, type Keystroke} from './input/keystroke.js';
import {editLine, insertText, type Line} from './input/line-edit.js';
import {confirmKeys, filterKeys, passwordKeys, rerunKeys, sortMenuKeys, typedConfirmKeys} from './keymap.js';
import type {SortKey} from './list-model.js';
import type {Mode} from './modes.js';

export interface DialogOps {
	actions: JobActions;
	filter: Line;
	setFilter(filter: Line): void;
	/** Sorts by a column, or reverses the order in use. */
	sortBy(key: SortKey | 'reverse'): void;
	setStatus(status: Status | undefined): void;
	setModes: Dispatch<SetStateAction<Mode[]>>;
	push(mode: Mode): void;
	pop(): void;
	replaceTop(mode: Mode): void;
	perform(pending: string, action: () => Promise<ActionResult>, after?: (result: ActionResult) => void): void;
	reloadDetails(): void;
}

export type DialogMode = Extract<Mode, {kind: 'filter' | 'sort' | 'confirmStop' | 'rerun' | 'delete' | 'password'}>;

/** The text a prompt holds, for the modes that have one. */
export function promptLine(top: DialogMode, filter: Line): Line | undefined {
	switch (top.kind) {
		case 'filter': return filter;
		case 'rerun': return top.args;
		case 'delete':
		case 'password': return top.typed;
		default: return undefined;
	}
}

/** Puts the edited text back where the prompt keeps it. */
function setPromptLine(top: DialogMode, line: Line, ops: DialogOps): void {
	switch (top.kind) {
		case 'filter': ops.setFilter(line); return;
		case 'rerun': ops.replaceTop({...top, args: line}); return;
		case 'delete':
		case 'password': ops.replaceTop({...top, typed: line}); return;
		default: return;
	}
}

/** Pasted text goes whole into the prompt; a dialog without one takes no text. */
export function pasteIntoDialog(top: DialogMode, text: string, ops: DialogOps): boolean {
	const line = promptLine(top, ops.filter);
	if (line === undefined) {
		return false;
	}

	// A password copied from a file or a manager often ends with a line break that is no part of it.
	const pasted = top.kind === 'password' ? text.replace(/[\r\n]+$/, '') : text;
	setPromptLine(top, insertText(line, pasted), ops);
	return true;
}

export function handleDialogKey(top: DialogMode, stroke: Keystroke, ops: DialogOps): void {
	const editPrompt = (line: Line) => {
		const edited = editLine(line, stroke);
		if (edited !== undefined) {
			setPromptLine(top, edited, ops);
		}
	};


	switch (top.kind) {
		case 'filter': {
			const action = actionFor(filterKeys, stroke);
			if (action === 'clear') {
				ops.setFilter({text: '', cursor: 0});
				ops.pop();
			} else if (action === 'apply') {
				ops.pop();
			} else {
				editPrompt(ops.filter);
			}

			return;
		}

		case 'sort': {
			const action = actionFor(sortMenuKeys, stroke);
			if (action === 'help') {
				ops.push({kind: 'help', of: 'sort', offset: 0});
			} else if (action !== undefined) {
				ops.pop();
				if (action !== 'cancel') {
					ops.sortBy(action);
				}
			}

			return;
		}

		case 'confirmStop': {
			const action = actionFor(confirmKeys, stroke);
			switch (action) {
				case 'switch': ops.replaceTop({...top, focus: top.focus === 0 ? 1 : 0}); return;
				case 'left': ops.replaceTop({...top, focus: 0}); return;
				case 'right': ops.replaceTop({...top, focus: 1}); return;
				case 'cancel':
					ops.pop();
					ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not stopped`});
					return;
				case 'help': ops.push({kind: 'help', of: 'confirmStop', offset: 0}); return;
				case 'choose':
					ops.pop();
					if (top.focus === 0) {
						ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not stopped`});
						return;
					}

					ops.perform(`Stopping ${top.name}…`, async () => ops.actions.stop(top.name), ops.reloadDetails);
					return;
				default: return;
			}
		}

		case 'rerun': {
			const action = actionFor(rerunKeys, stroke);
			if (action === 'cancel') {
				ops.pop();
				ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not run`});
			} else if (action === 'run') {
				ops.pop();
				ops.perform(`Asking Chronos to run ${top.name}…`, async () => ops.actions.rerun(top.name, top.args.text), ops.reloadDetails);
			} else {
				editPrompt(top.args);
			}

			return;
		}

		case 'password': {
			const action = actionFor(passwordKeys, stroke);
			if (action === 'close') {
				ops.pop();
				ops.setStatus({ok: true, message: 'Polling stays stopped: ctrl+r tries the same password again, q quits'});
			} else if (action === 'signIn') {
				signIn(top, ops);
			} else if (action === undefined) {
				editPrompt(top.typed);
			}

			return;
		}

		case 'delete': {
			const action = actionFor(typedConfirmKeys, stroke);
			if (action === 'cancel') {
				ops.pop();
				ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not deleted`});
			} else if (action === 'confirm') {
				if (top.typed.text !== top.name) {
					ops.setStatus({ok: false, message: `Type ${top.name} exactly to delete it (esc cancels)`});
					return;
				}

				// A deleted job has no details to go back to.
				ops.setModes(stack => stack.filter(mode => mode.kind === 'list'));
				ops.perform(`Deleting ${top.name}…`, async () => ops.actions.remove(top.name, top.dependents));
			} else {
				editPrompt(top.typed);
			}

			return;
		}
	}
}

/** The typed password goes to the client only; a refusal opens the prompt again, empty, saying so. */
function signIn(top: Extract<DialogMode, {kind: 'password'}>, ops: DialogOps): void {
	const password = top.typed.text;
	if (password === '') {
		ops.setStatus({ok: false, message: 'Type the password first (esc closes, ctrl+c quits)'});
		return;
	}

	ops.pop();
	ops.perform('Trying the password you typed…', async () => ops.actions.signIn(password), result => {
		if (result.refused) {
			ops.push({kind: 'password', typed: {text: '', cursor: 0}, refusal: result.message, again: true});
		}
	});
}
