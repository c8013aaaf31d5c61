// Last step: the exact document that will be sent, what the job model thinks of it, the curl command that
// would do the same by hand, and the buttons. Every step before says "enter next", so here enter finishes the
// job: the focus starts on Submit, or, while Submit is off, on what helps (the save `--out` asked for, or
// Back to fix the errors). Cancel is never focused unasked, and it asks before anything is thrown away.
import {useMemo, useState} from 'react';
import {Box, Text, useWindowSize} from 'ink';
import type {JobProblem} from '../../../jobs/types.js';
import {ProblemLine} from '../FieldRow.js';
import type {SaveQuestion} from '../save.js';
import {inputPriority, useKeyHandler} from '../../input/InputLayer.js';
import {actionFor} from '../../input/keystroke.js';
import {reviewKeymap} from '../keymap.js';
import {TextField} from '../TextField.js';
import {leadingSpaces, wrapText} from '../../wrap-text.js';
import {printable, printableLine} from '../../../text/printable.js';

export type ReviewButton = 'submit' | 'json' | 'yaml' | 'template' | 'back' | 'cancel';
export type SaveFormat = 'json' | 'yaml' | 'template';

const buttons: Array<{action: ReviewButton; label: string}> = [
	{action: 'submit', label: 'Submit'},
	{action: 'json', label: 'Save JSON'},
	{action: 'yaml', label: 'Save YAML'},
	{action: 'template', label: 'Save as template'},
	{action: 'back', label: 'Back'},
	{action: 'cancel', label: 'Cancel'},
];

export type SubmitState =
	| {state: 'idle'}
	| {state: 'busy'}
	| {state: 'failed'; message: string}
	| {state: 'done'; message: string};

export interface ReviewStepProps {
	json: string;
	curl: string;
	problems: JobProblem[];
	valid: boolean;
	/** Why Submit is off even for a valid job (e.g. `--out` without `--submit`). */
	submitBlockedReason?: string;
	/** The kind of file `--out` names: its save button is what enter does when Submit is off for that reason. */
	outFormat?: 'json' | 'yaml';
	submit: SubmitState;
	notice?: string;
	defaultPath(format: SaveFormat): string;
	onSubmit(): void;
	/** Saves, or answers that the file exists: the prompt then asks, offering a free name beside it. */
	onSave(format: SaveFormat, target: string, replace?: string): SaveQuestion | undefined;
	onBack(): void;
	onCancel(): void;
	onDone(): void;
}

/** Lines the review needs besides the JSON: title, scroll line, verdict, curl (3), buttons, status, hints. */
const fixedRows = 12;
/** A problem line wraps to at most three lines at 80 columns. */
const rowsPerProblem = 3;
const shownProblems = 2;

/** Submit when it is on; else the save `--out` asked for, or Back to the errors. Never Cancel. */
function defaultFocus(valid: boolean, submitOff: boolean, outFormat: 'json' | 'yaml' | undefined): number {
	const wanted: ReviewButton = !submitOff ? 'submit' : valid && outFormat ? outFormat : 'back';
	return buttons.findIndex(button => button.action === wanted);
}

export function ReviewStep(props: ReviewStepProps) {
	const {json, curl, problems, valid, submit, notice} = props;
	// Undefined until the user moves: the focus then follows whether Submit is on (the job list may still load).
	const [chosen, setChosen] = useState<number | undefined>();
	const [offNote, setOffNote] = useState<string | undefined>();
	const [scroll, setScroll] = useState(0);
	// `replace`: the existing file the user was told about; naming it again means "replace it".
	const [prompt, setPrompt] = useState<{format: SaveFormat; target: string; replace?: string} | undefined>();
	const {rows, columns} = useWindowSize();
	// The JSON gets whatever the terminal has left, so a tall terminal shows the whole job at once.
	const problemRows = Math.min(shownProblems, problems.length) * rowsPerProblem;
	const jsonRows = Math.max(5, (rows || 24) - fixedRows - problemRows);
	// A long value (the command, above all) wraps under itself instead of being cut: it is what will run.
	// JSON escapes C0 controls, but C1 controls and bidi overrides copied from a server job pass through it.
	const lines = useMemo(() => json.split('\n').flatMap(line => wrapText(printableLine(line), columns || 80, leadingSpaces(line) + 2)), [json, columns]);
	const maxScroll = Math.max(0, lines.length - jsonRows);
	const submitOff = !valid || props.submitBlockedReason !== undefined;
	const focus = chosen ?? defaultFocus(valid, submitOff, props.outFormat);

	// Above the wizard's own keys: what is not handled here (?, ctrl+c) goes on to them.
	useKeyHandler(stroke => {
		const action = actionFor(reviewKeymap, stroke);
		if (action === 'quit' || action === 'help') return false;
		if (submit.state === 'done') {
			if (stroke.name === 'enter' || stroke.name === 'esc') props.onDone();
			return true;
		}

		if (submit.state === 'busy') return true;
		if (prompt) {
			if (stroke.name === 'esc') setPrompt(undefined);
			return true;
		}

		switch (action) {
			case 'back': {
				props.onBack();
				break;
			}

			case 'moveButton': {
				const step = stroke.name === 'left' || stroke.name === 'shift+tab' ? buttons.length - 1 : 1;
				setChosen((focus + step) % buttons.length);
				setOffNote(undefined);
				break;
			}

			case 'scroll':
			case 'page': {
				const lines = action === 'scroll' ? 1 : jsonRows;
				const direction = stroke.name === 'up' || stroke.name === 'pageup' ? -1 : 1;
				setScroll(current => Math.min(maxScroll, Math.max(0, current + direction * lines)));
				break;
			}

			case 'press': {
				activate(buttons[focus]!.action);
				break;
			}

			default: {
				break;
			}
		}

		return true;
	}, {priority: inputPriority.step});

	function activate(action: ReviewButton): void {
		switch (action) {
			case 'submit': {
				if (!submitOff) props.onSubmit();
				else setOffNote(valid ? props.submitBlockedReason : 'Submit is off until the errors above are fixed: esc goes back to them.');
				break;
			}

			case 'json':
			case 'yaml':
			case 'template': {
				setPrompt({format: action, target: props.defaultPath(action)});
				break;
			}

			case 'back': {
				props.onBack();
				break;
			}

			case 'cancel': {
				props.onCancel();
				break;
			}
		}
	}

	const errors = problems.filter(problem => problem.severity === 'error');
	const warnings = problems.filter(problem => problem.severity === 'warning');
	return (
		<Box flexDirection="column">
			<Box flexDirection="column" height={Math.min(jsonRows, lines.length)} overflow="hidden">
				{lines.slice(scroll, scroll + jsonRows).map((line, index) => (
					<Text key={index} wrap="truncate-end">
						{line}
					</Text>
				))}
			</Box>
			<Text dimColor>
				{maxScroll > 0 ? `lines ${scroll + 1}-${Math.min(lines.length, scroll + jsonRows)} of ${lines.length} (↑/↓ scroll)` : ' '}
			</Text>
			{valid ? (
				<Text color="green">✓ valid{warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}</Text>
			) : (
				<Text color="red">
					✗ {errors.length} error{errors.length === 1 ? '' : 's'}: Submit stays off until they are fixed (esc goes back)
				</Text>
			)}
			{[...errors, ...warnings].slice(0, shownProblems).map(problem => (
				<ProblemLine key={`${problem.path}:${problem.message}`} problem={{...problem, message: `${problem.path}: ${problem.message}`}} />
			))}
			<Text dimColor wrap="wrap">
				{printable(curl)}
			</Text>
			<Box>
				{buttons.map((button, index) => {
					const off = button.action === 'submit' && submitOff;
					const here = index === focus;
					return (
						<Text key={button.action} color={here ? 'cyan' : undefined} dimColor={off && !here} inverse={here}>
							{here ? '[' : ' '}
							{button.label}
							{off ? ' (off)' : ''}
							{here ? ']' : ' '}
						</Text>
					);
				})}
			</Box>
			{prompt ? (
				<Box>
					<Text>Save {prompt.format === 'template' ? 'template as' : 'to'}: </Text>
					<TextField
						focus
						value={prompt.target}
						onChange={target => setPrompt({...prompt, target})}
						onSubmit={target => {
							const question = props.onSave(prompt.format, target.trim(), prompt.replace);
							setPrompt(question ? {format: prompt.format, target: question.suggestion, replace: question.exists} : undefined);
						}}
					/>
				</Box>
			) : undefined}
			{prompt?.replace ? (
				<Text color="yellow">
					! {printableLine(prompt.replace)} already exists and was not touched: enter saves beside it, or type its name again to replace it (esc: save nothing)
				</Text>
			) : undefined}
			{submit.state === 'busy' ? <Text>Submitting…</Text> : undefined}
			{submit.state === 'failed' ? <Text color="red">✗ {printableLine(submit.message)}</Text> : undefined}
			{submit.state === 'done' ? <Text color="green">✓ {printableLine(submit.message)} Press enter to continue.</Text> : undefined}
			{focus === 0 && props.submitBlockedReason && valid && !offNote ? <Text color="yellow">! {printableLine(props.submitBlockedReason)}</Text> : undefined}
			{offNote ? <Text color="yellow">! {printableLine(offNote)}</Text> : undefined}
			{notice ? <Text>{printableLine(notice)}</Text> : undefined}
		</Box>
	);
}
