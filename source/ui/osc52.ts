// Copy to the user's own clipboard through the terminal (OSC 52), which works over ssh where no local
// clipboard tool can. tmux passes the sequence on only inside its passthrough wrapper.

export function osc52Sequence(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const payload = Buffer.from(text, 'utf8').toString('base64');
	const sequence = `\u001B]52;c;${payload}\u0007`;
	if (env['TMUX']) {
		// Inside passthrough every ESC of the wrapped sequence is doubled.
		return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
	}

	if (env['STY']) {
		// GNU screen's passthrough (DCS); it limits one string's length, which job JSON stays under.
		return `\u001BP${sequence}\u001B\\`;
	}

	return sequence;
}
