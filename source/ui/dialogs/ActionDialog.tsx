// The dialog of the action being confirmed (stop, rerun, delete), drawn under the held list or details.
// Each names the job and the action and warns when Chronos would quietly do nothing. The password dialog
// opens here too when Chronos refuses the password.
import type {JobRow} from '../../store/types.js';
import type {Mode} from '../modes.js';
import {ConfirmDialog, confirmDialogHeight} from './ConfirmDialog.js';
import {deleteBody, deleteHint, deleteNote, deleteTitle} from './delete-dialog-text.js';
import {InputDialog, inputDialogHeight, inputDialogInnerWidth} from './InputDialog.js';
import {masked, passwordBody, passwordHint, passwordTitle} from '../password/password-dialog-text.js';

const rerunBody = ['Optional arguments are added to the command for this run only.'];

export function actionDialogHeight(mode: Mode, width: number): number {
	switch (mode.kind) {
		case 'confirmStop': return confirmDialogHeight;
		case 'rerun': return inputDialogHeight(rerunBody.length);
		case 'delete': return inputDialogHeight(deleteBody(mode, inputDialogInnerWidth(width)).length);
		case 'password': return inputDialogHeight(passwordBody(mode, inputDialogInnerWidth(width)).length);
		default: return 0;
	}
}

function isActive(row: JobRow | undefined): boolean {
	return row !== undefined && /running|queued/.test(row.state);
}

export function ActionDialog({mode, row, width}: {mode: Mode; row?: JobRow; width: number}) {
	if (mode.kind === 'confirmStop') {
		const idle = row !== undefined && !isActive(row);
		return (
			<ConfirmDialog
				title={`Stop ${mode.name}?`}
				body={[
					'Kills the running and queued tasks of this job. The job itself stays.',
					idle ? 'It has no running or queued task right now: stopping changes nothing.' : 'It runs again when its schedule says so.',
				]}
				actionLabel="Stop"
				focus={mode.focus}
				width={width}
			/>
		);
	}

	if (mode.kind === 'rerun') {
		return (
			<InputDialog
				title={`Run ${mode.name} now?`}
				body={rerunBody}
				hint="enter runs now · esc cancels"
				label="arguments:"
				value={mode.args.text}
				cursor={mode.args.cursor}
				width={width}
			/>
		);
	}

	if (mode.kind === 'delete') {
		return (
			<InputDialog
				title={deleteTitle(mode)}
				body={deleteBody(mode, inputDialogInnerWidth(width))}
				hint={deleteHint(mode)}
				label="name:"
				value={mode.typed.text}
				cursor={mode.typed.cursor}
				note={deleteNote(mode)}
				width={width}
			/>
		);
	}

	if (mode.kind === 'password') {
		return (
			<InputDialog
				title={passwordTitle(mode)}
				body={passwordBody(mode, inputDialogInnerWidth(width))}
				hint={passwordHint}
				label="password:"
				value={masked(mode.typed.text)}
				cursor={mode.typed.cursor}
				width={width}
			/>
		);
	}

	return null;
}
