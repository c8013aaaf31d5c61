// A desktop notification through the terminal itself, so it reaches the user over ssh with nothing installed
// on the cluster: a bell, then the one notification sequence the terminal reads. Terminals disagree on it:
// OSC 777 (rxvt's, read by VTE terminals, foot, WezTerm, Ghostty, Konsole), OSC 99 (kitty's own), and
// OSC 9 (iTerm2's, read by most others) when the name gives nothing away, as it often does not over ssh.
import {printableLine} from '../text/printable.js';
import {passthrough} from './terminal-passthrough.js';

export type NoticeProtocol = 'osc777' | 'osc99' | 'osc9';

const reads777 = ['ghostty', 'wezterm', 'foot', 'rxvt', 'konsole', 'contour'];

/** Chosen from what the terminal is called: TERM, TERM_PROGRAM, LC_TERMINAL (which ssh usually passes on). */
export function noticeProtocol(env: NodeJS.ProcessEnv): NoticeProtocol {
	const names = [env['TERM'], env['TERM_PROGRAM'], env['LC_TERMINAL']].filter(Boolean).join(' ').toLowerCase();
	if (names.includes('kitty') || env['KITTY_WINDOW_ID']) {
		return 'osc99';
	}

	if (env['VTE_VERSION'] || reads777.some(name => names.includes(name))) {
		return 'osc777';
	}

	return 'osc9';
}

export function desktopNotice(title: string, body: string, env: NodeJS.ProcessEnv = process.env): string {
	// Job names come from a server: nothing in them may end the sequence early or start another one. `;`
	// separates the fields of OSC 777.
	const clean = (text: string) => printableLine(text).replaceAll(';', ',');
	const sequence = (() => {
		switch (noticeProtocol(env)) {
			case 'osc777': return `\u001B]777;notify;${clean(title)};${clean(body)}\u0007`;
			case 'osc99': return `\u001B]99;;${clean(`${title}: ${body}`)}\u001B\\`;
			case 'osc9': return `\u001B]9;${clean(`${title}: ${body}`)}\u0007`;
		}
	})();
	return `\u0007${passthrough(sequence, env)}`;
}
