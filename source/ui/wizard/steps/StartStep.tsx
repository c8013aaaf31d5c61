// Step 1: where the new job starts from. Drafts left by an interrupted run come first, because a user who
// lost a connection mid-wizard wants exactly that back.
import {useState} from 'react';
import {Box, Text} from 'ink';
import {ChoiceList} from '../../components/ChoiceList.js';
import {inputPriority, useKeyHandler} from '../../input/InputLayer.js';
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
	onChoose(choice: StartChoice): void;
	onLeave(): void;
}

function clock(date: Date): string {
	return date.toISOString().slice(0, 16).replace('T', ' ');
}

export function StartStep({current, drafts, templates, jobs, jobsError, onChoose, onLeave}: StartStepProps) {
	const [picking, setPicking] = useState(false);

	useKeyHandler(stroke => {
		if (stroke.name !== 'esc') return false;
		if (picking) setPicking(false);
		else onLeave();
		return true;
	}, {priority: inputPriority.step});

	if (picking) {
		const items = (jobs ?? []).map(job => ({key: job.name, label: job.name, value: job.name}));
		return (
			<Box flexDirection="column">
				<Text bold>Clone which job?</Text>
				{jobs === undefined ? <Text dimColor>{jobsError ?? 'Loading your jobs…'}</Text> : undefined}
				{jobs?.length === 0 ? <Text dimColor>There are no jobs on your Chronos yet. esc goes back.</Text> : undefined}
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
					if (item.value === 'pick-clone') setPicking(true);
					else onChoose(item.value);
				}}
			/>
		</Box>
	);
}
