// The guided job wizard: ten short steps from "what do you want to run" to a job Chronos accepts. Every
// keystroke is judged by the shared job model; Submit stays off while anything is wrong; the draft is on disk
// from the first step on, so an ssh drop costs nothing.
import {useMemo, useState} from 'react';
import {Box, Text, useWindowSize} from 'ink';
import type {ClusterProfile} from '../../jobs/profile.js';
import type {ChronosJob} from '../../jobs/types.js';
import {jobToJson} from '../../jobs/io.js';
import {emptyDraft, stepIds, stepTitles, type StepId, type WizardDraft} from './draft.js';
import {DraftSession, listDrafts, listTemplates} from './draft-store.js';
import {stepFields, withFieldText, withoutEmptyRows, withToggled} from './fields.js';
import type {KeyBinding} from '../keymap-types.js';
import {hintsFor, listKeymap, reviewKeymap, wizardHints, wizardKeymap} from './keymap.js';
import {HelpPanel} from './HelpPanel.js';
import {useWizardKeys} from './useWizardKeys.js';
import {fieldNotes} from './notes.js';
import {curlCommand} from './curl.js';
import {defaultSavePath} from './save.js';
import type {WizardServices} from './services.js';
import {useServerJobs} from './useServerJobs.js';
import {parentChoices} from './parent-choices.js';
import type {Line} from '../input/line-edit.js';
import {useSubmitAndSave} from './useSubmitAndSave.js';
import {hasErrorIn, judgeDraft, problemsAt, problemsForStep} from './validation.js';
import {FormStep} from './steps/FormStep.js';
import {KindStep} from './steps/KindStep.js';
import {ReviewStep} from './steps/ReviewStep.js';
import {StartStep, type StartChoice} from './steps/StartStep.js';
import {imageSuggestions} from './steps/ImageSuggestions.js';
import {extrasHeight, StepExtras} from './steps/StepExtras.js';
import {useDraftPersistence} from './useDraftPersistence.js';
import {draftForStart} from './start-draft.js';
import {printableLine} from '../../text/printable.js';
import {LeaveQuestion} from './LeaveQuestion.js';
import {useLeaving, type WizardResult} from './useLeaving.js';

export type {WizardResult} from './useLeaving.js';

export interface WizardProps {
	services: WizardServices;
	user: string;
	profile: ClusterProfile;
	start?: {kind: 'clone'; job: ChronosJob};
	onExit(result: WizardResult): void;
	/** Default file for Save JSON/YAML (`chronos-tui new --out FILE`); saving there ends the wizard. */
	out?: string;
	/** Set when submitting is not wanted (`--out` without `--submit`); shown instead of submitting. */
	submitBlockedReason?: string;
	/** Where the draft is kept; one is created in the XDG state dir when left out. */
	drafts?: DraftSession;
}

function initialDraft(props: WizardProps): WizardDraft {
	if (props.start?.kind !== 'clone') return emptyDraft();
	const {job} = props.start;
	return {...draftForStart({kind: 'clone', job}, props.profile, props.user), step: 'kind'};
}

/** The keys of a step, for its hint line and its help. */
function stepKeymap(step: StepId): ReadonlyArray<KeyBinding> {
	if (step === 'review') return reviewKeymap;
	return step === 'start' || step === 'kind' ? listKeymap : wizardKeymap;
}

function stepAfter(step: StepId, offset: 1 | -1): StepId {
	const index = stepIds.indexOf(step) + offset;
	return stepIds[Math.min(Math.max(index, 0), stepIds.length - 1)]!;
}

export function Wizard(props: WizardProps) {
	const {services, user, profile, onExit} = props;
	const session = useMemo(() => props.drafts ?? DraftSession.create(), [props.drafts]);
	const [draft, setDraft] = useState<WizardDraft>(() => initialDraft(props));
	const [started, setStarted] = useState(props.start !== undefined);
	const [focus, setFocus] = useState(0);
	const [help, setHelp] = useState(false);
	const {rows, columns} = useWindowSize();
	const [notice, setNotice] = useState<string | undefined>();
	const [suggestion, setSuggestion] = useState<{query: string; index: number} | undefined>();
	const [parentCursor, setParentCursor] = useState(0);
	const [parentFilter, setParentFilter] = useState<Line>({text: '', cursor: 0});
	const [revision, setRevision] = useState(0);
	const {jobs, error: jobsError, reload} = useServerJobs(services);
	const startOptions = useMemo(() => ({drafts: listDrafts(), templates: listTemplates()}), []);
	useDraftPersistence(session, draft);

	const serverNames = useMemo(() => (jobs ? new Set(jobs.map(job => job.name)) : undefined), [jobs]);
	const verdict = useMemo(() => judgeDraft(draft, {username: user, profile, serverNames}), [draft, user, profile, serverNames]);
	const nameTaken = serverNames?.has(draft.name.trim()) === true;
	const fields = stepFields(draft.step, draft, {username: user, nameTaken});
	const field = fields[Math.min(focus, fields.length - 1)];
	const parentCandidates = jobs && parentChoices(jobs, {user, exclude: draft.name.trim(), filter: parentFilter.text});
	const suggestions = imageSuggestions(jobs, profile, suggestion?.query ?? draft.image);

	function change(next: WizardDraft): void {
		setDraft(next);
		setNotice(undefined);
	}

	function goTo(step: StepId, from: WizardDraft = draft): void {
		setDraft({...(step === 'start' ? from : withoutEmptyRows(from)), step});
		setFocus(0);
		setNotice(undefined);
		setSuggestion(undefined);
	}

	function goNext(): void {
		const stepProblems = problemsForStep(verdict.problems, draft.step);
		if (hasErrorIn(stepProblems)) {
			const firstError = stepProblems.find(problem => problem.severity === 'error')!;
			if (draft.step === 'advanced' && !draft.advancedOpen) {
				// The field to fix is folded away: show it.
				setDraft({...draft, advancedOpen: true});
			}

			const shownFields = draft.step === 'advanced' ? stepFields('advanced', {...draft, advancedOpen: true}, {username: user, nameTaken}) : fields;
			const errorField = shownFields.findIndex(candidate => problemsAt([firstError], candidate.problemPath).length > 0);
			if (errorField >= 0) setFocus(errorField);
			// A problem no field of this screen shows (say, `uris` and `fetch` both set in a template) is spelt out here.
			setNotice(
				errorField >= 0
					? '✗ Fix the marked field first: the job cannot go on with it as it is.'
					: `✗ ${firstError.path}: ${firstError.message}`,
			);
			return;
		}

		goTo(stepAfter(draft.step, 1));
	}

	const leaving = useLeaving(session, onExit);
	const {leave} = leaving;

	/** Every way out of a started job asks first; with nothing started or the job submitted there is nothing to lose. */
	function askToLeave(): void {
		setHelp(false);
		leaving.ask({submitted: submitted.current, savedTo}, submitted.current !== undefined || (draft.step === 'start' && !started));
	}

	const {submit, savedTo, submitted, submitJob, save} = useSubmitAndSave({
		services,
		session,
		draft,
		verdict,
		out: props.out,
		reload,
		setNotice,
		leave,
	});

	function choose(choice: StartChoice): void {
		setStarted(true);
		if (choice.kind === 'continue') {
			goTo('kind');
		} else if (choice.kind === 'draft') {
			session.adopt(choice.saved.file);
			change(choice.saved.draft);
			setFocus(0);
		} else {
			goTo('kind', draftForStart(choice, profile, user));
		}
	}

	function activate(id: string): void {
		const next = withToggled(draft, id);
		change(next);
		if (id === 'addEnv' || id === 'addVolume') {
			// Put the cursor in the new row's first field.
			const grown = stepFields(draft.step, next, {username: user, nameTaken});
			const first = id === 'addEnv' ? `env.${next.env.length - 1}.name` : `volumes.${next.volumes.length - 1}.hostPath`;
			setFocus(Math.max(0, grown.findIndex(field => field.id === first)));
		}
	}

	useWizardKeys({
		draft,
		fields,
		focus,
		suggestions,
		suggestion,
		parentCandidates,
		parentCursor,
		parentFilter,
		actions: {
			quit: askToLeave,
			setHelp,
			ignoredPaste: () => setNotice('Pasted text goes into a text field; this one takes none, so it was ignored.'),
			back: () => goTo(stepAfter(draft.step, -1)),
			next: goNext,
			activate,
			change,
			setFocus,
			setSuggestion,
			setParentCursor,
			setParentFilter: line => {
				setParentFilter(line);
				setParentCursor(0);
			},
			filledIn: () => setRevision(current => current + 1),
		},
	});

	const stepNumber = stepIds.indexOf(draft.step) + 1;
	const stepProblems = problemsForStep(verdict.problems, draft.step);
	const shownJob = verdict.job ?? (verdict.input as unknown as ChronosJob);
	const content = (() => {
		switch (draft.step) {
			case 'start': {
				return (
					<StartStep
						current={started ? draft.name.trim() : undefined}
						drafts={startOptions.drafts}
						templates={startOptions.templates}
						jobs={jobs}
						jobsError={jobsError}
						unavailable={services.unavailable}
						user={user}
						onChoose={choose}
						onReload={() => void reload()}
						onLeave={askToLeave}
					/>
				);
			}

			case 'kind': {
				return <KindStep kind={draft.kind} onChoose={kind => goTo('name', {...draft, kind})} />;
			}

			case 'review': {
				return (
					<ReviewStep
						json={jobToJson(shownJob)}
						curl={curlCommand(shownJob, services.url ?? 'http://<host>:<port>')}
						problems={verdict.problems}
						valid={verdict.job !== undefined && !hasErrorIn(verdict.problems)}
						submitBlockedReason={props.submitBlockedReason}
						outFormat={props.out === undefined ? undefined : /\.ya?ml$/i.test(props.out) ? 'yaml' : 'json'}
						submit={submit}
						notice={notice}
						defaultPath={format => defaultSavePath(format, draft.name.trim(), props.out)}
						onSubmit={() => void submitJob()}
						onSave={save}
						onBack={() => goTo('advanced')}
						onCancel={askToLeave}
						onDone={() => leave({submitted: submitted.current, savedTo})}
					/>
				);
			}

			default: {
				return (
					<FormStep
						draft={draft}
						fields={fields}
						focus={focus}
						problems={stepProblems}
						notes={fieldNotes(draft, profile)}
						width={columns}
						// Title, the blank line under it, the hint line, a notice and a spare line stay on screen.
						maxRows={Math.max(3, rows - 4 - (notice ? 1 : 0) - (jobsError ? 1 : 0) - extrasHeight(draft, field, suggestions))}
						revision={revision}
						onChange={(id, value) => {
							change(withFieldText(draft, id, value));
							if (id === 'image') setSuggestion(undefined);
						}}
					>
						<StepExtras
							draft={draft}
							field={field}
							problems={stepProblems}
							suggestions={suggestions}
							suggestion={suggestion?.index}
							parentCandidates={parentCandidates}
							parentCursor={parentCursor}
							parentFilter={parentFilter}
							parentTotal={jobs?.filter(job => job.name !== draft.name.trim()).length}
							jobsError={jobsError}
						/>
					</FormStep>
				);
			}
		}
	})();

	const spaceHint =
		draft.step === 'when' && draft.kind === 'dependent'
			? ['space tick']
			: field?.kind === 'toggle'
				? ['space toggle']
				: field?.kind === 'action'
					? ['space add']
					: [];
	// In a text field `?` is a character, so the hint appears only where it opens the help.
	const extraHints = field?.kind === 'text' ? spaceHint : [...spaceHint, '? help'];
	return (
		<Box flexDirection="column">
			<Text>
				<Text bold>New Chronos job</Text>
				<Text dimColor>
					{' '}
					· step {stepNumber}/{stepIds.length} · {stepTitles[draft.step]}
					{started ? ` · from ${printableLine(draft.origin)}` : ''}
				</Text>
			</Text>
			{/* Hidden, not gone, while help or the question is open: a step keeps its cursor and scroll position. */}
			{help ? <HelpPanel table={stepKeymap(draft.step)} onClose={() => setHelp(false)} /> : undefined}
			{leaving.asking ? (
				<Box marginTop={1}>
					<LeaveQuestion name={draft.name.trim()} draftFile={session.file} onAnswer={leaving.answer} />
				</Box>
			) : undefined}
			<Box marginTop={1} flexDirection="column" display={help || leaving.asking ? 'none' : 'flex'}>
				{content}
			</Box>
			{leaving.asking ? undefined : (
				<>
					{notice && draft.step !== 'review' ? <Text>{printableLine(notice)}</Text> : undefined}
					{jobsError && draft.step !== 'start' ? <Text color="yellow">! {printableLine(jobsError)}</Text> : undefined}
					<Text dimColor wrap="truncate-end">
						{draft.step === 'review' || draft.step === 'start' || draft.step === 'kind'
							? hintsFor(stepKeymap(draft.step))
							: wizardHints(extraHints)}
					</Text>
				</>
			)}
		</Box>
	);
}
