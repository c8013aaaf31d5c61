// Colour for the words of the vocabulary on a command's output. The words themselves come from
// ../vocabulary, the same as the dashboard's; this only maps their colours onto the command palette.
import {resultWord, stateLabel, type StateFacts, type StateLabel} from '../vocabulary/index.js';
import type {Palette} from './io.js';

function paint(color: StateLabel['color'], palette: Palette): (text: string) => string {
	switch (color) {
		case 'green': return palette.green;
		case 'yellow': return palette.yellow;
		case 'red': return palette.red;
		case 'blue': return palette.cyan;
		case 'gray': return palette.dim;
		case 'cyan': return (text) => text;
	}
}

/** The state as symbol and word ("▶ running", "✓ finished"), in the state's colour. */
export function paintedState(job: StateFacts, palette: Palette): string {
	const label = stateLabel(job);
	return paint(label.color, palette)(`${label.symbol} ${label.word}`);
}

/** Colours `text` (already fitted to a column) as the state of `job`. */
export function paintAsState(text: string, job: StateFacts, palette: Palette): string {
	return paint(stateLabel(job).color, palette)(text);
}

/** How the last run ended ("succeeded", "failed", "never ran"), red for a failure. */
export function paintedResult(status: string, palette: Palette): string {
	return paintAsResult(resultWord(status), status, palette);
}

export function paintAsResult(text: string, status: string, palette: Palette): string {
	return status === 'failure' ? palette.red(text) : status === 'success' ? palette.green(text) : palette.dim(text);
}
