// Opens the password prompt when a poll comes back with the password refused, once per refusal: closed with
// esc it stays closed until Chronos refuses again (after ctrl+r). Over the wizard it waits until the wizard
// is closed, so nothing typed there lands in the wrong field.
import {useEffect, useRef, type Dispatch, type SetStateAction} from 'react';
import type {PollError} from '../../store/types.js';
import type {Mode} from '../modes.js';

export function usePasswordPrompt(error: PollError | undefined, top: Mode, setModes: Dispatch<SetStateAction<Mode[]>>): void {
	const shownFor = useRef<number | undefined>(undefined);
	const refusedAt = error?.refused ? error.at : undefined;
	const refusal = error?.message ?? '';
	const waiting = top.kind === 'password' || top.kind === 'wizard';
	useEffect(() => {
		if (refusedAt === undefined || waiting || shownFor.current === refusedAt) {
			return;
		}

		const again = shownFor.current !== undefined;
		shownFor.current = refusedAt;
		setModes(stack => [...stack, {kind: 'password', typed: {text: '', cursor: 0}, refusal, again}]);
	}, [refusedAt, refusal, waiting, setModes]);
}
