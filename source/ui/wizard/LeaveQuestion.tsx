// Asked before the wizard closes on a job the user has started (Cancel on Review, ctrl+c, esc on the first
// step): nothing is thrown away without a question, and every answer but an explicit "discard" keeps the draft.
import {useState} from 'react';
import {Box, Text} from 'ink';
import {inputPriority, useInputHandler} from '../input/InputLayer.js';
import {actionFor} from '../input/keystroke.js';
import {printableLine} from '../../text/printable.js';
import {hintsFor, leaveKeymap} from './keymap.js';

export type LeaveAnswer = 'keep' | 'stay' | 'discard';

const choices: Array<{answer: LeaveAnswer; label: string}> = [
	{answer: 'keep', label: 'Keep the draft and leave'},
	{answer: 'stay', label: 'Back to the job'},
	{answer: 'discard', label: 'Discard the draft'},
];

export interface LeaveQuestionProps {
	/** The job's name as typed so far; empty when it has none yet. */
	name: string;
	/** Where the draft is kept. */
	draftFile: string;
	onAnswer(answer: LeaveAnswer): void;
}

export function LeaveQuestion({name, draftFile, onAnswer}: LeaveQuestionProps) {
	// "Keep" first and focused: a stray enter never throws work away.
	const [focus, setFocus] = useState(0);

	useInputHandler(event => {
		if (event.kind === 'paste') return true;
		const {stroke} = event;
		switch (actionFor(leaveKeymap, stroke)) {
			case 'move': {
				const step = stroke.name === 'left' || stroke.name === 'shift+tab' ? choices.length - 1 : 1;
				setFocus(current => (current + step) % choices.length);
				break;
			}

			case 'choose': {
				onAnswer(choices[focus]!.answer);
				break;
			}

			case 'stay': {
				onAnswer('stay');
				break;
			}

			case 'keep': {
				onAnswer('keep');
				break;
			}

			default: {
				break;
			}
		}

		return true;
	}, {priority: inputPriority.dialog});

	return (
		<Box flexDirection="column">
			<Text bold>Discard this job? (the draft is kept unless you say so)</Text>
			<Text wrap="wrap">
				{name ? `${printableLine(name)}: ` : ''}nothing has been submitted. The draft is in {printableLine(draftFile)};
				`chronos-tui new` and n in the dashboard offer it back.
			</Text>
			<Box marginTop={1}>
				{choices.map((choice, index) => {
					const here = index === focus;
					return (
						<Text key={choice.answer} color={here ? 'cyan' : undefined} inverse={here}>
							{here ? '[' : ' '}
							{choice.label}
							{here ? ']' : ' '}
						</Text>
					);
				})}
			</Box>
			<Text dimColor wrap="truncate-end">{hintsFor(leaveKeymap)}</Text>
		</Box>
	);
}
