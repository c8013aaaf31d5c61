// Sequences a multiplexer does not read itself (desktop notices; the clipboard under GNU screen) reach the
// terminal outside it only inside its passthrough wrapper; tmux also needs `set -g allow-passthrough on` (3.3+).

export function passthrough(sequence: string, env: NodeJS.ProcessEnv = process.env): string {
	if (env['TMUX']) {
		// Inside passthrough every ESC of the wrapped sequence is doubled.
		return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	}

	if (env['STY']) {
		// GNU screen's passthrough (DCS); it limits one string's length, which our sequences stay under.
		return `\u001BP${sequence}\u001B\\`;
	}

	return sequence;
}
