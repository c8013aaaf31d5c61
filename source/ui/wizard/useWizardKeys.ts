// Keystrokes on the form steps, dispatched through the wizard keymap. A focused text field sits above this
// handler in the input layer and takes what it types; this hook handles only what the keymap names. The
// start, kind and review steps have their own lists and buttons above it too.
import {inputPriority, useInputHandler} from '../input/InputLayer.js';
import {actionFor} from '../input/keystroke.js';
import {editLine, insertText, type Line} from '../input/line-edit.js';
import type {WizardDraft} from './draft.js';
import {fieldText, withFieldText, type FieldSpec} from './fields.js';
import {wizardKeymap} from './keymap.js';
import {completeDirectory} from './path-completion.js';

export interface WizardKeyState {
	draft: WizardDraft;
	fields: FieldSpec[];
	focus: number;
	suggestions: string[];
	suggestion?: {query: string; index: number};
	parentCandidates?: string[];
	parentCursor: number;
	parentFilter: Line;
	actions: {
		quit(): void;
		setHelp(open: boolean): void;
		/** Pasted text reached no text field. */
		ignoredPaste(): void;
		back(): void;
		next(): void;
		activate(id: string): void;
		change(draft: WizardDraft): void;
		setFocus(index: number): void;
		setSuggestion(suggestion: {query: string; index: number} | undefined): void;
		setParentCursor(index: number): void;
		/** What is typed to narrow the parents offered. */
		setParentFilter(line: Line): void;
		/** A value was filled in for the user: the text cursor moves to its end. */
		filledIn(): void;
	};
}

const hostPathField = /^volumes\.\d+\.hostPath$/;

export function useWizardKeys(state: WizardKeyState): void {
	const {draft, fields, focus, actions} = state;
	const field = fields[Math.min(focus, fields.length - 1)];

	/** Tab completes a host path first; only when there is nothing to complete does it move on. */
	function moveFocus(forward: boolean): void {
		if (forward && field && hostPathField.test(field.id)) {
			const typed = fieldText(draft, field.id);
			const {completed} = completeDirectory(typed);
			if (completed !== typed) {
				actions.change(withFieldText(draft, field.id, completed));
				actions.filledIn();
				return;
			}
		}

		actions.setFocus((focus + (forward ? 1 : fields.length - 1)) % fields.length);
		actions.setSuggestion(undefined);
	}

	function toggle(): void {
		if (!field) return;
		if (field.kind === 'toggle' || field.kind === 'action') {
			actions.activate(field.id);
			return;
		}

		const name = field.id === 'parents' ? state.parentCandidates?.[state.parentCursor] : undefined;
		if (name !== undefined) {
			const parents = draft.parents.includes(name) ? draft.parents.filter(parent => parent !== name) : [...draft.parents, name];
			actions.change({...draft, parents});
		}
	}

	function cycle(step: 1 | -1): void {
		if (field?.id === 'parents' && state.parentCandidates) {
			actions.setParentCursor(Math.min(Math.max(0, state.parentCursor + step), state.parentCandidates.length - 1));
			return;
		}

		const {suggestions, suggestion} = state;
		if (field?.id !== 'image' || suggestions.length === 0) return;
		const query = suggestion?.query ?? draft.image;
		const index = suggestion ? (suggestion.index + step + suggestions.length) % suggestions.length : step > 0 ? 0 : suggestions.length - 1;
		actions.setSuggestion({query, index});
		actions.change({...draft, image: suggestions[index]!});
		actions.filledIn();
	}

	useInputHandler(event => {
		const pickingParents = field?.id === 'parents' && draft.step === 'when';
		if (event.kind === 'paste') {
			if (pickingParents) actions.setParentFilter(insertText(state.parentFilter, event.text));
			else actions.ignoredPaste();
			return true;
		}

		// Typing narrows the parents offered; space still ticks one and ? still opens the help (no name has either).
		const typesIntoFilter = pickingParents && event.stroke.name !== 'space' && event.stroke.name !== '?';
		const filtered = typesIntoFilter ? editLine(state.parentFilter, event.stroke) : undefined;
		if (filtered !== undefined) {
			actions.setParentFilter(filtered);
			return true;
		}

		const action = actionFor(wizardKeymap, event.stroke);
		if (action === 'quit') {
			actions.quit();
			return true;
		}

		// A text field took its `?` as a character before it got here.
		if (action === 'help') {
			actions.setHelp(true);
			return true;
		}

		if (draft.step === 'start' || draft.step === 'review') return true;
		if (action === 'previousStep') {
			actions.back();
			return true;
		}

		if (draft.step === 'kind' || field === undefined) return true;
		switch (action) {
			case 'nextField':
			case 'previousField': {
				moveFocus(action === 'nextField');
				break;
			}

			case 'nextStep': {
				actions.next();
				break;
			}

			case 'toggle': {
				toggle();
				break;
			}

			case 'suggestion': {
				cycle(event.stroke.name === 'up' ? -1 : 1);
				break;
			}

			default: {
				break;
			}
		}

		return true;
	}, {priority: inputPriority.view});
}
