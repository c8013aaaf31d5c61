// Copy to the user's own clipboard through the terminal (OSC 52), which works over ssh where no local
// clipboard tool can. Inside tmux the plain sequence goes to tmux (its `set-clipboard` option decides whether
// it reaches the terminal; the passthrough wrapper needs `allow-passthrough`, off by default), and the text
// also goes into tmux's paste buffer, which works whatever the options. The status says which of these
// happened, never more.
import {spawnSync} from 'node:child_process';
import {passthrough} from './terminal-passthrough.js';

export function osc52Sequence(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	return env['TMUX'] ? sequence : passthrough(sequence, env);
}

/** Puts text in tmux's paste buffer; `-w` (tmux 3.2+) also asks tmux to set the terminal's clipboard. */
export type TmuxBufferLoader = (text: string) => {loaded: boolean; clipboard: boolean; error?: string};

export const loadTmuxBuffer: TmuxBufferLoader = text => {
	const attempt = (args: string[]) => spawnSync('tmux', ['load-buffer', ...args, '-'], {input: text, timeout: 3000, encoding: 'utf8'});
	const withClipboard = attempt(['-w']);
	if (withClipboard.status === 0) {
		return {loaded: true, clipboard: true};
	}

	const plain = attempt([]);
	if (plain.status === 0) {
		return {loaded: true, clipboard: false};
	}

	const reason = plain.error?.message ?? plain.stderr.trim().split('\n')[0] ?? `exit ${plain.status}`;
	return {loaded: false, clipboard: false, error: reason};
};

export interface ClipboardTarget {
	/** Writes an escape sequence to the terminal. */
	write(sequence: string): void;
	env?: NodeJS.ProcessEnv;
	tmuxBuffer?: TmuxBufferLoader;
}

/** Copies `text` every way the terminal allows and returns what was done, to follow "Copied …: ". */
export function copyToClipboard(text: string, target: ClipboardTarget): string {
	const env = target.env ?? process.env;
	target.write(osc52Sequence(text, env));
	if (!env['TMUX']) {
		return 'sent to your terminal\'s clipboard (OSC 52; the terminal must allow it)';
	}

	const buffer = (target.tmuxBuffer ?? loadTmuxBuffer)(text);
	if (buffer.loaded && buffer.clipboard) {
		return 'in tmux\'s paste buffer (prefix ]), and tmux was asked to set your terminal\'s clipboard';
	}

	if (buffer.loaded) {
		return 'in tmux\'s paste buffer (prefix ]); OSC 52 reaches your clipboard only with tmux set-clipboard on';
	}

	return `sent as OSC 52, which reaches your clipboard only with tmux set-clipboard on (tmux load-buffer failed: ${buffer.error})`;
}
