// What each key does in each mode. The mode's keymap table names the action; this file carries it out
// through the store and the actions module and reports the result on the status line.
import type {Dispatch, SetStateAction} from 'react';
import type {ClusterProfile} from '../jobs/profile.js';
import type {ChronosJob} from '../jobs/types.js';
import {stripReadOnly} from '../jobs/defaults.js';
import {jobToJson} from '../jobs/guide-order.js';
import type {ActionResult, JobRow, StoreSnapshot} from '../store/types.js';
import type {JobActions} from '../store/actions.js';
import type {DashboardStore} from './App.js';
import {statusCut, type Status} from './components/StatusLine.js';
import {clampOffset} from './components/ScrollText.js';
import {detailFormats} from './details/DetailsView.js';
import type {EditText} from './edit/editor.js';
import {useEditFlow} from './edit/use-edit-flow.js';
import type {Selection} from './hooks/use-selection.js';
import {actionFor, type Keystroke} from './input/keystroke.js';
import type {InputEvent} from './input/InputLayer.js';
import {editLine, insertText, type Line} from './input/line-edit.js';
import {detailsKeys, listKeys, reviewKeys, textKeys, treeKeys} from './keymap.js';
import type {SortKey} from './list-model.js';
import type {Mode} from './modes.js';
import {deletePlan, rerunRefusal} from './action-guards.js';
import {handleDialogKey, pasteIntoDialog} from './dialog-keys.js';
import {copyToClipboard} from './osc52.js';
import type {WizardServices} from './wizard/services.js';
import type {OutputSettings} from '../output/index.js';
import type {RunEndNotices} from './notify/use-run-end-notices.js';
import {outputKey, outputSearchKey, type OutputKeyContext, type OutputMode} from './output/output-keys.js';
import {outputKeys, outputSearchKeys} from './output/output-keymap.js';
import type {OutputData} from './output/use-output.js';
import {supportKey, supportSaveKey, type SupportKeyContext} from './support/support-keys.js';
import {supportKeys, supportSaveKeys} from './support/support-keymap.js';
import type {TreeLine} from './tree/dependency-tree.js';

export interface DashboardKeyContext {
	store: DashboardStore;
	actions: JobActions;
	user: string;
	profile: ClusterProfile;
	wizardServices?: WizardServices;
	editText?: EditText;
	editFolder?: string;
	modes: Mode[];
	setModes: Dispatch<SetStateAction<Mode[]>>;
	snapshot: StoreSnapshot;
	listed: readonly JobRow[];
	selection: Selection;
	/** The cursor in the dependency tree, which moves along its lines (a job may have several). */
	treeSelection: Selection<TreeLine>;
	treeLines: readonly TreeLine[];
	pageSize: number;
	/** Columns of the terminal. */
	width: number;
	/** Lines a scrolling view shows at once. */
	viewHeight: number;
	contentLength(): number;
	detailsJob?: ChronosJob;
	status?: Status;
	setStatus(status: Status | undefined): void;
	filter: Line;
	setFilter(filter: Line): void;
	sortBy(key: SortKey | 'reverse'): void;
	toggleScope(): void;
	reloadDetails(): void;
	copy(text: string): void;
	quit(): void;
	url: string;
	/** The output of the job in the output view, read by its hook. */
	output: OutputData;
	/** Rows of text the output view shows at once. */
	outputTextHeight: number;
	outputSettings: OutputSettings;
	/** Where kept output goes, `{user}` and `{job}` still to fill: the config's output.dir or the profile's. */
	outputDirTemplate: string;
	notices: RunEndNotices;
}

/** The one-line message first, then what Chronos said in full, unless the full text already says it. */
function fullText(message: string, detail: string | undefined): string {
	if (!detail || detail.trim() === '') {
		return message;
	}

	return detail.includes(message) ? detail : `${message}\n\n${detail}`;
}

type Motion = 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfUp' | 'halfDown';

function moved(position: number, motion: Motion, page: number, length: number): number {
	const half = Math.max(1, Math.floor(page / 2));
	switch (motion) {
		case 'up': return position - 1;
		case 'down': return position + 1;
		case 'top': return 0;
		case 'bottom': return length - 1;
		case 'pageUp': return position - Math.max(1, page);
		case 'pageDown': return position + Math.max(1, page);
		case 'halfUp': return position - half;
		case 'halfDown': return position + half;
	}
}

const motions = new Set<string>(['up', 'down', 'top', 'bottom', 'pageUp', 'pageDown', 'halfUp', 'halfDown']);

export function useDashboardKeys(context: DashboardKeyContext): (event: InputEvent) => void {
	const {modes, setModes, setStatus, actions, store} = context;
	const top = modes.at(-1)!;

	const push = (mode: Mode) => {
		setModes(stack => [...stack, mode]);
	};

	const pop = () => {
		setModes(stack => (stack.length > 1 ? stack.slice(0, -1) : stack));
	};

	const replaceTop = (mode: Mode) => {
		setModes(stack => [...stack.slice(0, -1), mode]);
	};

	const report = (result: ActionResult) => {
		setStatus({ok: result.ok, message: result.message, detail: result.detail});
	};

	const perform = (pending: string, action: () => Promise<ActionResult>, after?: (result: ActionResult) => void) => {
		setStatus({ok: true, pending: true, message: pending});
		void action().then(result => {
			report(result);
			after?.(result);
		});
	};

	/** The job the keys act on: the one in details, else the selected line of the tree or the list. */
	const target = (): string | undefined => {
		const base = modes.findLast(mode => mode.kind === 'details' || mode.kind === 'tree' || mode.kind === 'list');
		switch (base?.kind) {
			case 'details': return base.name;
			case 'tree': return context.treeSelection.row?.row.name;
			default: return context.selection.row?.name;
		}
	};

	const needJob = (then: (name: string) => void) => {
		const name = target();
		if (name === undefined) {
			setStatus({ok: false, message: 'No job selected'});
			return;
		}

		then(name);
	};

	const edit = useEditFlow({
		actions,
		profile: context.profile,
		user: context.user,
		editText: context.editText,
		editFolder: context.editFolder,
		setStatus,
		showReview(mode) {
			setModes(stack => (stack.at(-1)?.kind === 'review' ? [...stack.slice(0, -1), mode] : [...stack, mode]));
		},
		closeReview: pop,
		perform,
		reloadDetails: context.reloadDetails,
	});

	/** The whole job as last read (in details, or by the poller); on the status line when there is none yet. */
	const readJob = (name: string): ChronosJob | undefined => {
		const job = context.detailsJob?.name === name
			? context.detailsJob
			: context.snapshot.rows.find(row => row.name === name)?.job;
		if (!job) {
			setStatus({ok: false, message: `${name} has not been read from Chronos yet; try again in a moment`});
		}

		return job;
	};

	const copyJob = (name: string) => {
		const job = readJob(name);
		if (!job) {
			return;
		}

		const json = jobToJson(stripReadOnly(job));
		const done = copyToClipboard(json, {write: context.copy});
		setStatus({ok: true, message: `Copied ${name} as JSON (${Buffer.byteLength(json)} bytes): ${done}`});
	};

	/** `x`: the last error, or a message the status line had to cut, whole and wrapped. */
	const showFullText = () => {
		const {status} = context;
		if (status && !status.pending && (!status.ok || statusCut(status, context.width))) {
			push({kind: 'message', title: status.ok ? 'Full text of the last message' : 'Full text of the last error', text: fullText(status.message, status.detail), offset: 0});
			return;
		}

		if (context.snapshot.error) {
			const {message, detail} = context.snapshot.error;
			push({kind: 'message', title: 'Full text of the last error', text: fullText(message, detail), offset: 0});
			return;
		}

		setStatus({ok: true, message: 'No error to show'});
	};

	const openWizard = (clone?: ChronosJob) => {
		if (!context.wizardServices) {
			setStatus({ok: false, message: 'The job wizard is not available here'});
			return;
		}

		push({kind: 'wizard', clone});
	};

	const cloneJob = (name: string) => {
		const job = readJob(name);
		if (job) {
			openWizard(job);
		}
	};

	const support = async (name: string) => {
		// Not on the start path: the request is written once in a while, the list is drawn at every start.
		const {openSupportRequest} = await import('./support/use-support.js');
		await openSupportRequest(name, context.snapshot.rows.find(row => row.name === name), {
			actions,
			profile: context.profile,
			user: context.user,
			url: context.url,
			outputSettings: context.outputSettings,
			setStatus,
			show(job, request) {
				push({kind: 'support', name: job, request, offset: 0});
			},
		});
	};

	/** K in the output view: the job, changed to keep its output, offered for review like an edit. */
	const keepOutputOf = async (name: string) => {
		setStatus({ok: true, pending: true, message: `Reading ${name} from Chronos…`});
		const fetched = await actions.fetchJob(name);
		if (!fetched.job) {
			setStatus({ok: false, message: fetched.error?.message ?? `Could not read ${name}`, detail: fetched.error?.detail});
			return;
		}

		const {keepJobOutput} = await import('../output/keep-job.js');
		const kept = keepJobOutput(stripReadOnly(fetched.job), context.outputDirTemplate, context.user);
		if (!kept.ok) {
			setStatus({ok: false, message: `Cannot keep the output of ${name}: ${kept.message}`});
			return;
		}

		if (kept.job.command === fetched.job.command) {
			setStatus({ok: true, message: `${name} already keeps its output in ${kept.dir}`});
			return;
		}

		await edit.propose(fetched.job, kept.job);
	};

	const supportOps = (mode: Extract<Mode, {offset: number}>): SupportKeyContext => ({
		push,
		pop,
		replaceTop,
		scroll: motion => {
			scroll(mode, motion);
		},
		copy: context.copy,
		setStatus,
	});

	/** What the output view's keys act through, for the view itself and for its search prompt. */
	const outputKeyContext = (mode: OutputMode): OutputKeyContext => ({
		mode,
		data: context.output,
		textHeight: context.outputTextHeight,
		replaceTop,
		push,
		pop,
		setStatus,
		keepOutput: name => {
			void keepOutputOf(name);
		},
		support: name => {
			void support(name);
		},
	});

	/** Keys shared by the list and the details view. */
	const jobAction = (action: string): boolean => {
		switch (action) {
			case 'stop': needJob(name => {
				push({kind: 'confirmStop', name, focus: 0});
			}); return true;
			case 'rerun': needJob(name => {
				const refusal = rerunRefusal(name, context.snapshot.rows);
				if (refusal) {
					setStatus({ok: false, message: refusal});
				} else {
					push({kind: 'rerun', name, args: {text: '', cursor: 0}});
				}
			}); return true;
			case 'delete': needJob(name => {
				push({kind: 'delete', name, typed: {text: '', cursor: 0}, ...deletePlan(name, context.snapshot.rows)});
			}); return true;
			case 'edit': needJob(name => {
				void edit.start(name);
			}); return true;
			case 'clone': needJob(cloneJob); return true;
			case 'copy': needJob(copyJob); return true;
			case 'fullText': showFullText(); return true;
			case 'output': needJob(name => {
				push({kind: 'output', name, runIndex: 0, stream: 'stdout', wrap: true, query: ''});
			}); return true;
			case 'support': needJob(name => {
				void support(name);
			}); return true;
			case 'notify': needJob(name => {
				if (!context.notices.enabled) {
					setStatus({ok: false, message: 'Run-end notices are off in the config file (notifyRunEnds: false)'});
					return;
				}

				setStatus({ok: true, message: context.notices.toggle(name)
					? `Will ring and notify when a run of ${name} ends (b stops it)`
					: `No more notices for ${name}`});
			}); return true;
			default: return false;
		}
	};

	/** What the list and the tree share: motions move the cursor over `length` lines, job keys act on its job. */
	const cursorOrJobKey = <Item>(selection: Selection<Item>, length: number, action: string): boolean => {
		if (motions.has(action)) {
			selection.select(moved(selection.index, action as Motion, context.pageSize, length));
			return true;
		}

		return jobAction(action);
	};

	const refresh = () => {
		store.refreshNow({full: true});
		setStatus({ok: true, message: 'Refreshing now'});
	};

	const togglePause = () => {
		const paused = store.togglePause();
		setStatus({ok: true, message: paused ? 'Paused live updates (p resumes)' : 'Resumed live updates'});
	};

	const openDetails = (name: string) => {
		push({kind: 'details', name, format: 'fields', offset: 0});
	};

	const scroll = (mode: Extract<Mode, {offset: number}>, motion: Motion) => {
		const length = context.contentLength();
		const next = motion === 'bottom' ? length : moved(mode.offset, motion, context.viewHeight, length);
		replaceTop({...mode, offset: clampOffset(next, length, context.viewHeight)});
	};

	const dialogOps = {actions, setStatus, setModes, push, pop, replaceTop, perform, reloadDetails: context.reloadDetails};

	const dialogs = {...dialogOps, filter: context.filter, setFilter: context.setFilter, sortBy: context.sortBy};

	/** Pasted text is text, never commands: it goes into the prompt that is open, or nowhere. */
	const paste = (text: string) => {
		let taken = true;
		if (top.kind === 'outputSearch') {
			replaceTop({...top, text: insertText(top.text, text)});
		} else if (top.kind === 'supportSave') {
			replaceTop({...top, path: insertText(top.path, text)});
		} else {
			taken = (top.kind === 'filter' || top.kind === 'rerun' || top.kind === 'delete' || top.kind === 'password') && pasteIntoDialog(top, text, dialogs);
		}

		if (!taken) {
			setStatus({ok: false, message: `Ignored pasted text (${[...text].length} characters): paste into a prompt, such as / filter`});
		}
	};

	const key = (stroke: Keystroke) => {
		switch (top.kind) {
			case 'list': {
				const action = actionFor(listKeys, stroke);
				if (!action) {
					return;
				}

				if (cursorOrJobKey(context.selection, context.listed.length, action)) {
					return;
				}

				switch (action) {
					case 'details': needJob(openDetails); return;
					case 'tree': {
						const selected = context.selection.row?.name;
						push({kind: 'tree'});
						// The cursor starts on the job that was selected, where it first appears in the tree.
						if (selected !== undefined) {
							context.treeSelection.follow(selected);
						}

						return;
					}

					case 'filter': push({kind: 'filter'}); return;
					case 'clearFilter':
						if (context.filter.text !== '') {
							context.setFilter({text: '', cursor: 0});
							setStatus({ok: true, message: 'Filter cleared'});
						}

						return;
					case 'sort': push({kind: 'sort'}); return;
					case 'scope': context.toggleScope(); return;
					case 'new': openWizard(); return;
					case 'refresh': refresh(); return;
					case 'pause': togglePause(); return;
					case 'help': push({kind: 'help', of: 'list', offset: 0}); return;
					case 'quit': context.quit(); return;
					default: return;
				}
			}

			case 'tree': {
				const action = actionFor(treeKeys, stroke);
				if (!action) {
					return;
				}

				if (cursorOrJobKey(context.treeSelection, context.treeLines.length, action)) {
					return;
				}

				switch (action) {
					case 'details': needJob(openDetails); return;
					case 'filter': push({kind: 'filter'}); return;
					case 'refresh': refresh(); return;
					case 'pause': togglePause(); return;
					case 'help': push({kind: 'help', of: 'tree', offset: 0}); return;
					case 'back': pop(); return;
					default: return;
				}
			}

			case 'details': {
				const action = actionFor(detailsKeys, stroke);
				if (!action) {
					return;
				}

				if (motions.has(action)) {
					scroll(top, action as Motion);
					return;
				}

				if (jobAction(action)) {
					return;
				}

				switch (action) {
					case 'format': {
						const next = detailFormats[(detailFormats.indexOf(top.format) + 1) % detailFormats.length]!;
						replaceTop({...top, format: next, offset: 0});
						return;
					}

					case 'refresh':
						context.reloadDetails();
						store.refreshNow({full: true});
						setStatus({ok: true, message: `Reading ${top.name} again`});
						return;
					case 'help': push({kind: 'help', of: 'details', offset: 0}); return;
					case 'back': pop(); return;
					default: return;
				}
			}

			case 'filter':
			case 'sort':
			case 'confirmStop':
			case 'rerun':
			case 'delete':
			case 'password':
				handleDialogKey(top, stroke, dialogs);
				return;

			case 'help':
			case 'message': {
				const action = actionFor(textKeys, stroke);
				if (action === 'close') {
					pop();
				} else if (action) {
					scroll(top, action);
				}

				return;
			}

			case 'review': {
				const action = actionFor(reviewKeys, stroke);
				switch (action) {
					case 'up':
					case 'down': scroll(top, action); return;
					case 'help': push({kind: 'help', of: 'review', offset: 0}); return;
					case 'cancel':
					case 'reedit':
					case 'apply': edit.review(top, action); return;
					default: return;
				}
			}

			case 'output': {
				const action = actionFor(outputKeys, stroke);
				if (action) {
					outputKey(action, outputKeyContext(top));
				}

				return;
			}

			case 'outputSearch': {
				const action = actionFor(outputSearchKeys, stroke);
				const under = modes.at(-2);
				if (action && under?.kind === 'output') {
					// The search prompt is gone by the time the context is used: the output view is on top again.
					outputSearchKey(action, top.text.text, outputKeyContext(under));
					return;
				}

				const text = editLine(top.text, stroke);
				if (text !== undefined) {
					replaceTop({...top, text});
				}

				return;
			}

			case 'support': {
				const action = actionFor(supportKeys, stroke);
				if (action) {
					supportKey(action, top, supportOps(top));
				}

				return;
			}

			case 'supportSave': {
				const under = modes.at(-2);
				if (under?.kind === 'support') {
					supportSaveKey(actionFor(supportSaveKeys, stroke), top, stroke, supportOps(under));
				}

				return;
			}

			case 'wizard': return;
		}
	};

	return event => {
		if (event.kind === 'paste') {
			paste(event.text);
		} else {
			key(event.stroke);
		}
	};
}
