// Leaving the wizard. With a started job every way out asks first (LeaveQuestion), and only an explicit
// "discard" deletes the draft; with nothing started, or the job submitted, there is nothing to lose.
import {useState} from 'react';
import type {DraftSession} from './draft-store.js';
import type {LeaveAnswer} from './LeaveQuestion.js';

/** How the wizard ended: what reached Chronos or a file, and what became of the draft. */
export interface WizardResult {
	submitted?: string;
	savedTo?: string;
	/** Where the unfinished job is kept for the next start, when it is. */
	draftKept?: string;
	/** The user said to throw the job away. */
	discarded?: boolean;
}

export interface Leaving {
	/** The question is on screen. */
	asking: boolean;
	/** Leaves at once, the draft written as it is now. */
	leave(result: WizardResult): void;
	/** Asks first, unless there is nothing to lose. */
	ask(result: WizardResult, nothingToLose: boolean): void;
	answer(answer: LeaveAnswer): void;
}

export function useLeaving(session: DraftSession, onExit: (result: WizardResult) => void): Leaving {
	// What leaving now would report; set while the question is open.
	const [pending, setPending] = useState<WizardResult | undefined>();

	function leave(result: WizardResult): void {
		session.flush();
		onExit({...result, ...(session.kept() ? {draftKept: session.file} : {})});
	}

	return {
		asking: pending !== undefined,
		leave,
		ask(result, nothingToLose) {
			if (nothingToLose) leave(result);
			else setPending(result);
		},
		answer(answer) {
			const result = pending ?? {};
			setPending(undefined);
			if (answer === 'keep') {
				leave(result);
			} else if (answer === 'discard') {
				session.discard();
				onExit({savedTo: result.savedTo, discarded: true});
			}
		},
	};
}
