// Where the output view stands, worked out from its mode and the laid-out text: the first row on screen (the
// last page while following), and the title and note lines in words. Shared by the view and the keys, which
// must agree on how many rows there are.
import type {LogLayout, LogRow} from '../../logs/log-layout.js';
import type {OutputData} from './use-output.js';
import {formatBytes} from '../../vocabulary/sizes.js';

export interface OutputPosition {
	/** The first row shown. */
	top: number;
	/** True when the end of the text is on screen. */
	atEnd: boolean;
	rows: LogRow[];
}

/** Rows of text the view has, given its whole height: a title and a note line above them. */
export function outputTextHeight(height: number): number {
	return Math.max(1, height - 2);
}

/** `top` undefined means "stay at the end": the last page, moving along as output arrives. */
export function outputPosition(layout: LogLayout | undefined, top: number | undefined, height: number): OutputPosition {
	if (!layout) {
		return {top: 0, atEnd: true, rows: []};
	}

	const last = Math.max(0, layout.rowCount - height);
	const first = top === undefined ? last : Math.max(0, Math.min(top, last));
	return {top: first, atEnd: first >= last, rows: layout.rows(first, height)};
}

/** What the note line says: why nothing shows, or what of the output is not shown. */
export function outputNote(data: OutputData, live: boolean): {text: string; problem: boolean} {
	if (!data.source) {
		return {text: data.reason ?? 'Reading the job…', problem: false};
	}

	if (data.runsError) {
		return {text: data.runsError, problem: true};
	}

	if (!data.runs) {
		return {text: `Looking for runs in ${data.source.describe()}…`, problem: false};
	}

	if (!data.run) {
		return {
			text: live
				? `Waiting for the run to write its first output to ${data.source.describe()}`
				: `No run has left output in ${data.source.describe()} yet`,
			problem: false,
		};
	}

	const where = data.source.describe(data.run);
	const state = data.state;
	if (state?.kind === 'failed') {
		return state.retrying
			? {text: `Waiting for output at ${where} (${state.message})`, problem: false}
			: {text: `${state.message}; looked at ${where}`, problem: true};
	}

	const truncated = data.buffer?.truncated;
	if (truncated) {
		const shownBytes = Math.max(0, data.fileSize - truncated.skippedBytes);
		return {
			text: `Older output not shown: the last ${formatBytes(shownBytes)} of ${formatBytes(data.fileSize)}${truncated.dropped > 0 ? `, ${truncated.dropped} more lines dropped to stay within memory` : ''} · ${where}`,
			problem: false,
		};
	}

	return {text: `${where} · ${formatBytes(data.fileSize)}`, problem: false};
}
