// The dashboard is a stack of modes: the list at the bottom, then the dependency tree or details, then a
// dialog or help on top.
// `esc` pops one; each mode names the keymap table that drives it.
import type {ChronosJob} from '../jobs/types.js';
import type {Line} from './input/line-edit.js';
import type {KeyBinding} from './keymap-types.js';
import type {DeletePlanView} from './action-guards.js';
import type {DetailFormat} from './details/DetailsView.js';
import type {EditReview} from './edit/review-edit.js';
import type {SupportRequest} from '../support/request.js';
import type {OutputMode, OutputSearchMode} from './output/output-keys.js';
import {outputKeys, outputSearchKeys} from './output/output-keymap.js';
import {supportKeys, supportSaveKeys} from './support/support-keymap.js';
import {
	confirmKeys, detailsKeys, filterKeys, listKeys, passwordKeys, rerunKeys, reviewKeys, sortMenuKeys, textKeys, treeKeys, typedConfirmKeys,
} from './keymap.js';

export type Mode =
	| {kind: 'list'}
	| {kind: 'details'; name: string; format: DetailFormat; offset: number}
	| {kind: 'tree'}
	| {kind: 'filter'}
	| {kind: 'sort'}
	| {kind: 'confirmStop'; name: string; focus: 0 | 1}
	| {kind: 'rerun'; name: string; args: Line}
	| ({kind: 'delete'; name: string; typed: Line} & DeletePlanView)
	/** Chronos refused the password: `refusal` says which one and where it came from; `typed` is never shown. */
	| {kind: 'password'; typed: Line; refusal: string; again: boolean}
	| {kind: 'help'; of: Mode['kind']; offset: number}
	| {kind: 'message'; title: string; text: string; offset: number}
	| {kind: 'review'; original: ChronosJob; review: EditReview; file: string; offset: number}
	| {kind: 'wizard'; clone?: ChronosJob}
	| OutputMode
	| OutputSearchMode
	| {kind: 'support'; name: string; request: SupportRequest; offset: number}
	| {kind: 'supportSave'; request: SupportRequest; path: Line};

export type ModeKind = Mode['kind'];

/** Dialogs over the list or details: the data underneath holds still while they are open. */
export function freezesData(mode: Mode): boolean {
	return mode.kind === 'confirmStop' || mode.kind === 'rerun' || mode.kind === 'delete';
}

export function keysOf(kind: ModeKind): ReadonlyArray<KeyBinding> {
	switch (kind) {
		case 'list': return listKeys;
		case 'details': return detailsKeys;
		case 'tree': return treeKeys;
		case 'filter': return filterKeys;
		case 'sort': return sortMenuKeys;
		case 'confirmStop': return confirmKeys;
		case 'rerun': return rerunKeys;
		case 'delete': return typedConfirmKeys;
		case 'password': return passwordKeys;
		case 'help': return textKeys;
		case 'message': return textKeys;
		case 'review': return reviewKeys;
		case 'wizard': return [];
		case 'output': return outputKeys;
		case 'outputSearch': return outputSearchKeys;
		case 'support': return supportKeys;
		case 'supportSave': return supportSaveKeys;
	}
}

export const modeTitles: Record<ModeKind, string> = {
	list: 'job list',
	details: 'job details',
	tree: 'dependency tree',
	filter: 'filter',
	sort: 'sort',
	confirmStop: 'confirmation',
	rerun: 'run now',
	delete: 'delete confirmation',
	password: 'password',
	help: 'help',
	message: 'full text',
	review: 'review an edit',
	wizard: 'new job',
	output: 'job output',
	outputSearch: 'search the output',
	support: 'support request',
	supportSave: 'save the support request',
};
