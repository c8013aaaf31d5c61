// The dialog of the action being confirmed (stop, rerun, delete), drawn under the held list or details.
// Each names the job and the action and warns when Chronos would quietly do nothing.
import type {JobRow} from '../../store/types.js';
import type {Mode} from '../modes.js';
import {ConfirmDialog, confirmDialogHeight} from './ConfirmDialog.js';
import {InputDialog, inputDialogHeight} from './InputDialog.js';

export function actionDialogHeight(mode: Mode): number {
	if (mode.kind === 'confirmStop') {
		return confirmDialogHeight;
	}

	return mode.kind === 'rerun' || mode.kind === 'delete' ? inputDialogHeight : 0;
}

function isActive(row: JobRow | undefined): boolean {
	return row !== undefined && /running|queued/.test(row.state);
}

/** Why a run asked for now would be dropped by Chronos (it answers 204 all the same). */
export function rerunWarning(row: JobRow | undefined): string | undefined {
	if (!row) {
		return undefined;
	}

	if (row.disabled) {
		return 'This job is disabled: Chronos accepts the request but does not run it.';
	}

	if (/running/.test(row.state) && !row.job?.concurrent) {
		return 'It is running and does not allow concurrent runs: Chronos will skip this one.';
	}

	return undefined;
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
		const warning = rerunWarning(row);
		return (
			<InputDialog
				title={`Run ${mode.name} now?`}
				body={['Optional arguments are added to the command for this run only.', 'enter runs now · esc cancels']}
				label="arguments:"
				value={mode.args}
				note={warning ? {text: warning, ok: false} : undefined}
				width={width}
			/>
		);
	}

	if (mode.kind === 'delete') {
		const matches = mode.typed === mode.name;
		return (
			<InputDialog
				title={`Delete ${mode.name}?`}
				body={['This removes the job from Chronos for good. Type its name to confirm.', 'esc cancels']}
				label="name:"
				value={mode.typed}
				note={matches ? {text: 'enter deletes the job', ok: true} : {text: `type ${mode.name} to enable delete`, ok: false}}
				width={width}
			/>
		);
	}

	return null;
}
