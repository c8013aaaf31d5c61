import {describe, expect, it} from 'vitest';
import {desktopNotice, noticeProtocol} from '../../source/ui/desktop-notice.js';
import {osc52Sequence} from '../../source/ui/osc52.js';

describe('desktop notice', () => {
	it('picks the sequence the terminal reads from its name, and OSC 9 when nothing tells', () => {
		expect(noticeProtocol({TERM: 'xterm-256color'})).toBe('osc9');
		expect(noticeProtocol({LC_TERMINAL: 'iTerm2'})).toBe('osc9');
		expect(noticeProtocol({TERM: 'xterm-ghostty'})).toBe('osc777');
		expect(noticeProtocol({TERM_PROGRAM: 'WezTerm'})).toBe('osc777');
		expect(noticeProtocol({VTE_VERSION: '7600'})).toBe('osc777');
		expect(noticeProtocol({TERM: 'foot'})).toBe('osc777');
		expect(noticeProtocol({TERM: 'xterm-kitty'})).toBe('osc99');
	});

	it('rings the bell, then sends the notice', () => {
		expect(desktopNotice('chronos-tui', 'a run of alice-train failed', {})).toBe('\u0007\u001B]9;chronos-tui: a run of alice-train failed\u0007');
		expect(desktopNotice('chronos-tui', 'done', {TERM: 'foot'})).toBe('\u0007\u001B]777;notify;chronos-tui;done\u0007');
		expect(desktopNotice('chronos-tui', 'done', {TERM: 'xterm-kitty'})).toBe('\u0007\u001B]99;;chronos-tui: done\u001B\\');
	});

	// tmux swallows OSC 9, 777 and 99 (it has no notice of its own), so only its passthrough reaches the
	// terminal; the bell stays outside it for tmux's own bell flag. Copying differs: tmux reads OSC 52 itself.
	it('goes through tmux and screen passthrough, with the bell left for tmux', () => {
		expect(desktopNotice('chronos-tui', 'done', {TMUX: '/tmp/tmux-1000/default,1,0'}))
			.toBe('\u0007\u001BPtmux;\u001B\u001B]9;chronos-tui: done\u0007\u001B\\');
		expect(desktopNotice('chronos-tui', 'done', {STY: '1234.pts-0'})).toBe('\u0007\u001BP\u001B]9;chronos-tui: done\u0007\u001B\\');
		expect(osc52Sequence('hi', {TMUX: 'x'})).toBe('\u001B]52;c;aGk=\u0007');
	});

	it('cannot be ended early or split by what a job name holds', () => {
		const notice = desktopNotice('chronos-tui', 'a run of x\u0007\u001B]52;c;AAAA;y ended', {TERM: 'foot'});
		expect(notice.match(/\u0007/g)).toHaveLength(2);
		expect(notice.match(/\u001B/g)).toHaveLength(1);
		expect(notice.split(';')).toHaveLength(4);
	});
});
