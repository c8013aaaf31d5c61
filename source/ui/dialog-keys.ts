// Keys of the dialogs over the list: the filter prompt, the stop confirmation, the rerun prompt and the
// typed delete confirmation. Text keys edit the prompt; the keymap tables decide everything else.
import type {Key} from 'ink';
import type {Dispatch, SetStateAction} from 'react';
import type {JobActions} from '../store/actions.js';
import type {ActionResult} from '../store/types.js';
import type {Status} from './components/StatusLine.js';
import {actionFor, confirmKeys, filterKeys, rerunKeys, typedConfirmKeys} from './keymap.js';
import {editLine} from './line-editing.js';
import type {Mode} from './modes.js';

export interface DialogOps {
	actions: JobActions;
	filter: string;
	setFilter(filter: string): void;
	setStatus(status: Status | undefined): void;
	setModes: Dispatch<SetStateAction<Mode[]>>;
	push(mode: Mode): void;
	pop(): void;
	replaceTop(mode: Mode): void;
	perform(pending: string, action: () => Promise<ActionResult>, after?: (result: ActionResult) => void): void;
	reloadDetails(): void;
}

export type DialogMode = Extract<Mode, {kind: 'filter' | 'confirmStop' | 'rerun' | 'delete'}>;

export function handleDialogKey(top: DialogMode, input: string, key: Key, ops: DialogOps): void {
	switch (top.kind) {
		case 'filter': {
			const action = actionFor(filterKeys, input, key);
			if (action === 'clear') {
				ops.setFilter('');
				ops.pop();
			} else if (action === 'apply') {
				ops.pop();
			} else {
				const edited = editLine(ops.filter, input, key);
				if (edited !== undefined) {
					ops.setFilter(edited);
				}
			}

			return;
		}

		case 'confirmStop': {
			const action = actionFor(confirmKeys, input, key);
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
			const action = actionFor(rerunKeys, input, key);
			if (action === 'cancel') {
				ops.pop();
				ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not run`});
			} else if (action === 'run') {
				ops.pop();
				ops.perform(`Asking Chronos to run ${top.name}…`, async () => ops.actions.rerun(top.name, top.args), ops.reloadDetails);
			} else {
				const args = editLine(top.args, input, key);
				if (args !== undefined) {
					ops.replaceTop({...top, args});
				}
			}

			return;
		}

		case 'delete': {
			const action = actionFor(typedConfirmKeys, input, key);
			if (action === 'cancel') {
				ops.pop();
				ops.setStatus({ok: true, message: `Cancelled: ${top.name} was not deleted`});
			} else if (action === 'confirm') {
				if (top.typed !== top.name) {
					ops.setStatus({ok: false, message: `Type ${top.name} exactly to delete it (esc cancels)`});
					return;
				}

				// A deleted job has no details to go back to.
				ops.setModes(stack => stack.filter(mode => mode.kind === 'list'));
				ops.perform(`Deleting ${top.name}…`, async () => ops.actions.remove(top.name, top.dependents));
			} else {
				const typed = editLine(top.typed, input, key);
				if (typed !== undefined) {
					ops.replaceTop({...top, typed});
				}
			}

			return;
		}
	}
}
