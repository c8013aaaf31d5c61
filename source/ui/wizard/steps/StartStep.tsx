// Step 1: where the new job starts from. Drafts left by an interrupted run come first, because a user who
// lost a connection mid-wizard wants exactly that back.
import {useState} from 'react';
import {Box, Text} from 'ink';
import {ChoiceList} from '../../components/ChoiceList.js';
import {inputPriority, useKeyHandler} from '../../input/InputLayer.js';
import {isUsersJob} from '../../../jobs/name.js';
import {printableLine} from '../../../text/printable.js';
import type {ChronosJob} from '../../../jobs/types.js';
import type {SavedDraft, SavedTemplate} from '../draft-store.js';
import {stepTitles} from '../draft.js';

export type StartChoice =
	| {kind: 'continue'}
	| {kind: 'draft'; saved: SavedDraft}
	| {kind: 'blank'}
	| {kind: 'first-job'}
	| {kind: 'template'; template: SavedTemplate}
	| {kind: 'clone'; job: ChronosJob};

export interface StartStepProps {
	/** Name of the job being edited when the user came back here with esc. */
	current?: string;
	drafts: SavedDraft[];
	templates: SavedTemplate[];
	/** Jobs on the server; undefined while loading. */
	jobs?: ChronosJob[];
	jobsError?: string;
	/** Why there is no server to copy a job from (no configuration). */
	unavailable?: string;
	user: string;
	onChoose(choice: StartChoice): void;
	/** Asks Chronos for the jobs again, after it failed to answer. */
	onReload(): void;
	onLeave(): void;
}

function clock(date: Date): string {
	return date.toISOString().slice(0, 16).replace('T', ' ');
}

const insteadHint = "esc goes back to a blank job or the guide's first job.";

/** Why the clone list is empty and what to do, or undefined while it has jobs (or is still loading). */
function emptyCloneList(props: StartStepProps, own: ChronosJob[] | undefined): string | undefined {
	if (props.unavailable) return `Nothing to copy: ${props.unavailable}. Run \`chronos-tui config init\` to reach your Chronos; ${insteadHint}`;
	if (props.jobsError) {
		const reason = props.jobsError.replace(/^Could not load your jobs from Chronos: /, '');
		return `Nothing to copy: could not load your jobs from Chronos (${reason}). esc goes back; choose this entry again to ask Chronos again.`;
	}

	if (!props.jobs || (own && own.length > 0)) return undefined;
	if (props.jobs.length === 0) return `Nothing to copy: your Chronos has no jobs yet. ${insteadHint}`;
	const count = props.jobs.length;
	return `Nothing to copy: none of the ${count} job${count === 1 ? '' : 's'} on your Chronos is yours (named ${props.user}-… or owned by ${props.user}). ${insteadHint}`;
}

export function StartStep(props: StartStepProps) {
	const {current, drafts, templates, jobs, jobsError, onChoose, onLeave} = props;
	const [picking, setPicking] = useState(false);

	useKeyHandler(stroke => {
		if (stroke.name !== 'esc') return false;
		if (picking) setPicking(false);
		else onLeave();
		return true;
	}, {priority: inputPriority.step});

	if (picking) {
		const own = jobs?.filter(job => isUsersJob(job.name, job, props.user));
		const items = (own ?? []).map(job => ({key: job.name, label: job.name, value: job.name}));
		const empty = emptyCloneList(props, own);
		return (
			<Box flexDirection="column">
				<Text bold>Clone which job?</Text>
				{empty ? <Text wrap="wrap">{printableLine(empty)}</Text> : jobs === undefined ? <Text dimColor>Loading your jobs…</Text> : undefined}
				<ChoiceList
					key="clone"
					items={items}
					limit={12}
					onSelect={item => {
						const job = jobs?.find(candidate => candidate.name === item.value);
						if (job) onChoose({kind: 'clone', job});
					}}
				/>
			</Box>
		);
	}

	type Item = {key: string; label: string; value: StartChoice | 'pick-clone'};
	const items: Item[] = [];
	if (current !== undefined) items.push({key: 'continue', label: `Continue with the job I am building (${current || 'unnamed'})`, value: {kind: 'continue'}});
	for (const saved of drafts.slice(0, 3)) {
		items.push({
			key: `draft:${saved.file}`,
			label: `Resume draft: ${saved.draft.name || 'unnamed'} (at ${stepTitles[saved.draft.step]}, saved ${clock(saved.savedAt)} UTC)`,
			value: {kind: 'draft', saved},
		});
	}

	items.push(
		{key: 'blank', label: 'A blank job with the cluster defaults', value: {kind: 'blank'}},
		{key: 'first-job', label: "The cluster guide's first job (sleep 5 && nvidia-smi, 1 GPU)", value: {kind: 'first-job'}},
	);
	for (const template of templates) {
		items.push({key: `template:${template.file}`, label: `Template: ${template.name}`, value: {kind: 'template', template}});
	}

	items.push({key: 'clone', label: 'A copy of one of my jobs…', value: 'pick-clone'});

	return (
		<Box flexDirection="column">
			<Text bold>What should the new job start from?</Text>
			<ChoiceList
				key="start"
				items={items}
				limit={14}
				onSelect={item => {
					if (item.value !== 'pick-clone') {
						onChoose(item.value);
						return;
					}

					if (jobsError) props.onReload();
					setPicking(true);
				}}
			/>
		</Box>
	);
}
