// One line of job output as it may be shown: a carriage return leaves what a terminal would leave visible (the
// last state of a progress bar); tabs, control characters and escape sequences then go through the program's
// one printable() rule, so they are shown as text and never executed.
import {printable} from '../text/printable.js';

export function outputLine(raw: string): string {
	const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
	const lastReturn = line.lastIndexOf('\r');
	// What is left holds no line break, so printable() gives back exactly one line.
	return printable(lastReturn < 0 ? line : line.slice(lastReturn + 1));
}
