// What the keys of the support request do: scroll, copy it (OSC 52, as `y` copies a job), or save it to a
// new file under a name the user may change first. Saving never replaces a file.
import type {SupportRequest} from '../../support/request.js';
import {defaultRequestFile, saveToNewFile} from '../../support/save.js';
import type {Status} from '../components/StatusLine.js';
import type {Keystroke} from '../input/keystroke.js';
import {editLine, lineAtEnd, type Line} from '../input/line-edit.js';
import {copyToClipboard} from '../osc52.js';
import type {SupportAction, SupportSaveAction} from './support-keymap.js';

type SupportMode = {kind: 'support'; name: string; request: SupportRequest; offset: number};
type SaveMode = {kind: 'supportSave'; request: SupportRequest; path: Line};

export interface SupportKeyContext {
	push(mode: SaveMode | {kind: 'help'; of: 'support'; offset: number}): void;
	pop(): void;
	replaceTop(mode: SaveMode): void;
	scroll(motion: 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom'): void;
	copy(text: string): void;
	setStatus(status: Status | undefined): void;
}

export function supportKey(action: SupportAction, mode: SupportMode, context: SupportKeyContext): void {
	switch (action) {
		case 'copy': {
			const done = copyToClipboard(mode.request.text, {write: context.copy});
			context.setStatus({ok: true, message: `Copied the request (${Buffer.byteLength(mode.request.text)} bytes; ${done}): paste it at ${mode.request.page}`});
			return;
		}

		case 'save':
			context.push({kind: 'supportSave', request: mode.request, path: lineAtEnd(defaultRequestFile(mode.name, new Date()))});
			return;
		case 'help': context.push({kind: 'help', of: 'support', offset: 0}); return;
		case 'back': context.pop(); return;
		default: context.scroll(action);
	}
}

export function supportSaveKey(action: SupportSaveAction | undefined, mode: SaveMode, stroke: Keystroke, context: SupportKeyContext): void {
	if (action === 'cancel') {
		context.pop();
		context.setStatus({ok: true, message: 'Nothing was saved'});
		return;
	}

	if (action === 'save') {
		const target = mode.path.text.trim();
		if (target === '') {
			context.setStatus({ok: false, message: 'Type a file name to save to (esc cancels)'});
			return;
		}

		context.pop();
		void saveToNewFile(target, mode.request.text).then(
			saved => {
				context.setStatus({ok: true, message: `Saved the support request to ${saved}`});
			},
			(error: unknown) => {
				context.setStatus({ok: false, message: (error as Error).message});
			},
		);
		return;
	}

	const path = editLine(mode.path, stroke);
	if (path !== undefined) {
		context.replaceTop({...mode, path});
	}
}
