// One line of job output as it may be shown: a carriage return leaves what a terminal would leave visible (the
// last state of a progress bar), tabs become spaces, and every other control character or escape sequence is
// shown as text, never executed.

export function outputLine(raw: string): string {
	const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
	const lastReturn = line.lastIndexOf('\r');
	const visible = lastReturn < 0 ? line : line.slice(lastReturn + 1);
	return showControls(expandTabs(visible));
}

function expandTabs(line: string): string {
	if (!line.includes('\t')) {
		return line;
	}

	let column = 0;
	let out = '';
	for (const char of line) {
		if (char === '\t') {
			const spaces = 8 - (column % 8);
			out += ' '.repeat(spaces);
			column += spaces;
		} else {
			out += char;
			column++;
		}
	}

	return out;
}

// Caret notation, as `cat -v` writes it: ESC is ^[, DEL is ^?, C1 controls are \x80 ... \x9f.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001F\u007F-\u009F]/g;

function showControls(line: string): string {
	return line.replace(controls, char => {
		const code = char.codePointAt(0)!;
		if (code < 0x20) {
			return `^${String.fromCodePoint(code + 0x40)}`;
		}

		return code === 0x7F ? '^?' : `\\x${code.toString(16)}`;
	});
}
