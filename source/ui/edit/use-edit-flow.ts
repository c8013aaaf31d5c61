// `e`: the job as YAML in the user's editor, checked by the shared job model, reviewed field by field, and
// only then sent. The temporary file stays until Chronos has the change, so no edit is ever lost.
import {useApp} from 'ink';
import type {ClusterProfile} from '../../jobs/profile.js';
import type {ChronosJob} from '../../jobs/types.js';
import {stripReadOnly} from '../../jobs/defaults.js';
import type {JobActions} from '../../store/actions.js';
import type {ActionResult} from '../../store/types.js';
import type {Status} from '../components/StatusLine.js';
import type {ReviewAction} from '../keymap.js';
import type {Mode} from '../modes.js';
import {lazyModule} from '../lazy-module.js';
import type {EditText} from './editor.js';

// Running the editor and checking what comes back (the YAML library, the job model's validator) are loaded
// on the first `e`, not at start-up.
const editing = lazyModule(async () => {
	const [editor, review, jobFiles] = await Promise.all([import('./editor.js'), import('./review-edit.js'), import('../../jobs/io.js')]);
	return {
		runEditor: editor.runEditor,
		writeTempFile: editor.writeTempFile,
		removeTempFile: editor.removeTempFile,
		reviewEdit: review.reviewEdit,
		findConflict: review.findConflict,
		jobToYaml: jobFiles.jobToYaml,
	};
});

type ReviewMode = Extract<Mode, {kind: 'review'}>;

export interface EditFlowContext {
	actions: JobActions;
	profile: ClusterProfile;
	user: string;
	editText?: EditText;
	/** Where the edit flow makes the private folder of each edit; the system's temporary folder by default. */
	editFolder?: string;
	setStatus(status: Status | undefined): void;
	/** Shows the review, replacing an earlier review of the same edit. */
	showReview(mode: ReviewMode): void;
	closeReview(): void;
	perform(pending: string, action: () => Promise<ActionResult>, after?: (result: ActionResult) => void): void;
	reloadDetails(): void;
}

export interface EditFlow {
	start(name: string, previous?: {original: ChronosJob; file: string}): Promise<void>;
	/**
	 * Offers a change the program worked out (keeping the job's output): the same review as an edit, the same
	 * `u` to send it and `e` to change it first, with the proposal kept in a file until Chronos has it.
	 */
	propose(original: ChronosJob, proposed: ChronosJob): Promise<void>;
	/** Carries out a review key other than scrolling and help. */
	review(mode: ReviewMode, action: Extract<ReviewAction, 'apply' | 'reedit' | 'cancel'>): void;
}

export function useEditFlow(context: EditFlowContext): EditFlow {
	const {suspendTerminal} = useApp();
	const {actions, setStatus} = context;

	// The editor needs the real terminal: the dashboard steps aside (main screen, cooked mode) and comes back.
	const editText: EditText = context.editText ?? (async file => {
		const {runEditor} = await editing.load();
		let outcome: ReturnType<typeof runEditor> | undefined;
		await suspendTerminal(() => {
			outcome = runEditor(file);
		});
		return outcome!;
	});

	const start: EditFlow['start'] = async (name, previous) => {
		let original = previous?.original;
		if (!original) {
			setStatus({ok: true, pending: true, message: `Reading ${name} from Chronos…`});
			const fetched = await actions.fetchJob(name);
			if (!fetched.job) {
				const error = fetched.error ?? {ok: false, message: `Could not read ${name}`};
				setStatus({ok: false, message: error.message, detail: error.detail});
				return;
			}

			original = fetched.job;
		}

		const {jobToYaml, reviewEdit, writeTempFile} = await editing.load();
		const fileName = `${name}.yaml`;
		// A re-edit reopens the user's own file, so their changes are still in it.
		const file = previous?.file ?? writeTempFile(jobToYaml(stripReadOnly(original)), fileName, context.editFolder);
		const outcome = await editText(file);
		if (outcome.kind === 'failed') {
			setStatus({ok: false, message: `${outcome.message}. Your edit is kept in ${file}`});
			return;
		}

		const review = reviewEdit(original, outcome.text, fileName, {profile: context.profile, username: context.user});
		setStatus(undefined);
		context.showReview({kind: 'review', original, review, file, offset: 0});
	};

	const apply = async (mode: ReviewMode) => {
		const job = mode.review.job;
		if (!job) {
			setStatus({ok: false, message: 'Fix the problems first (e edits again, esc cancels)'});
			return;
		}

		// A review exists only after start() loaded the editing code.
		const {removeTempFile, findConflict} = editing.loaded!;
		if (mode.review.changes.length === 0 && !mode.review.conflict) {
			context.closeReview();
			removeTempFile(mode.file);
			setStatus({ok: true, message: `Nothing changed in ${job.name}; Chronos was not touched`});
			return;
		}

		if (!mode.review.conflict) {
			// Someone (or another session) may have changed or deleted the job while the editor was open: an
			// update would silently put the old fields back, or create the job again.
			setStatus({ok: true, pending: true, message: `Checking ${job.name} on Chronos before the update…`});
			const latest = await actions.fetchJob(job.name);
			if (!latest.job && !latest.missing) {
				const reason = latest.error?.message.replace(/^Could not read [^:]*: /, '') ?? 'no answer';
				setStatus({
					ok: false,
					message: `Could not update ${job.name}: reading it again first failed (${reason}); nothing was sent, your edit is kept in ${mode.file}`,
					detail: latest.error?.detail,
				});
				return;
			}

			const conflict = findConflict(mode.original, latest.job, job);
			if (conflict) {
				setStatus(undefined);
				context.showReview({...mode, review: {...mode.review, conflict}, offset: 0});
				return;
			}
		}

		context.closeReview();
		context.perform(`Updating ${job.name}…`, async () => actions.update(job), result => {
			if (result.ok) {
				removeTempFile(mode.file);
				context.reloadDetails();
				return;
			}

			// The path first: the server's reason may be long, and the full text is one key away.
			setStatus({
				ok: false,
				message: `Could not update ${job.name}; your edit is kept in ${mode.file}`,
				detail: result.detail ?? result.message,
			});
		});
	};

	const propose: EditFlow['propose'] = async (original, proposed) => {
		const {jobToYaml, reviewEdit, writeTempFile} = await editing.load();
		const fileName = `${original.name}.yaml`;
		const text = jobToYaml(stripReadOnly(proposed));
		const file = writeTempFile(text, fileName, context.editFolder);
		const review = reviewEdit(original, text, fileName, {profile: context.profile, username: context.user});
		setStatus(undefined);
		context.showReview({kind: 'review', original, review, file, offset: 0});
	};

	return {
		start,
		propose,
		review(mode, action) {
			switch (action) {
				case 'apply': void apply(mode); return;
				// After a conflict the next review compares with what Chronos has now.
				case 'reedit': void start(mode.original.name, {original: mode.review.conflict?.current ?? mode.original, file: mode.file}); return;
				case 'cancel':
					context.closeReview();
					setStatus({ok: true, message: `Cancelled: ${mode.original.name} was not changed. Your edit is kept in ${mode.file}`});
			}
		},
	};
}
