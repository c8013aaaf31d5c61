// A tmux terminal for the screenshot script: start a program at a fixed size, type, wait for text, capture
// the screen with its colours. (The end-to-end tests have a fuller TypeScript harness in test/e2e/tmux.ts;
// this one stays plain JavaScript so the script runs without a compile step.)
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);
const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

export class Terminal {
	/**
	 * @param {{columns: number; rows: number; command: string[]; env: Record<string, string>; cwd?: string}} options
	 */
	static async start(options) {
		const terminal = new Terminal(options);
		await terminal.launch();
		return terminal;
	}

	constructor({columns, rows, command, env, cwd}) {
		this.columns = columns;
		this.rows = rows;
		this.command = command;
		this.cwd = cwd;
		Terminal.count = (Terminal.count ?? 0) + 1;
		this.socket = `chronos-shots-${process.pid}-${Terminal.count}`;
		this.directory = mkdtempSync(join(tmpdir(), 'chronos-shots-tmux-'));
		// Ink renders non-interactively (no alternate screen, no redraws) when it sees CI variables.
		this.env = Object.fromEntries(
			Object.entries({...process.env, ...env}).filter(
				([key]) => key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION' && !key.startsWith('CI_') && key !== 'TMUX' && key !== 'NO_COLOR',
			),
		);
		this.env.TERM = 'xterm-256color';
	}

	async tmux(...args) {
		const {stdout} = await run('tmux', ['-L', this.socket, ...args], {env: this.env, maxBuffer: 8 * 1024 * 1024});
		return stdout;
	}

	async launch() {
		const config = join(this.directory, 'tmux.conf');
		writeFileSync(config, 'set -g status off\nset -g escape-time 0\nset -g default-terminal xterm-256color\nset -g remain-on-exit on\n');
		await run(
			'tmux',
			[
				'-L', this.socket, '-f', config, 'new-session', '-d', '-s', 'shot',
				'-x', String(this.columns), '-y', String(this.rows),
				...(this.cwd ? ['-c', this.cwd] : []),
				...this.command,
			],
			{env: this.env},
		);
	}

	/** Key names as tmux knows them ('Enter', 'Escape', 'Down') or single characters, one at a time. */
	async keys(...names) {
		for (const name of names) {
			await this.tmux('send-keys', '-t', 'shot', name);
			await delay(60);
		}
	}

	async type(text) {
		await this.tmux('send-keys', '-t', 'shot', '-l', '--', text);
		await delay(60);
	}

	async capture({colours = false} = {}) {
		return this.tmux('capture-pane', '-p', '-t', 'shot', ...(colours ? ['-e'] : []));
	}

	async waitFor(text, timeoutMs = 15_000) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await this.capture();
			if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
			if (Date.now() > deadline) throw new Error(`"${text}" did not appear. The screen was:\n${screen}`);
			await delay(100);
		}
	}

	async waitForGone(text, timeoutMs = 15_000) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await this.capture();
			if (!screen.includes(text)) return screen;
			if (Date.now() > deadline) throw new Error(`"${text}" did not go away. The screen was:\n${screen}`);
			await delay(100);
		}
	}

	/** Waits until the screen stops changing, so a picture never catches a half-drawn frame. */
	async settle(quietMs = 400, timeoutMs = 10_000) {
		const deadline = Date.now() + timeoutMs;
		let last = await this.capture({colours: true});
		let since = Date.now();
		while (Date.now() - since < quietMs) {
			if (Date.now() > deadline) break;
			await delay(100);
			const screen = await this.capture({colours: true});
			if (screen !== last) {
				last = screen;
				since = Date.now();
			}
		}
		return last;
	}

	async kill() {
		try {
			await this.tmux('kill-server');
		} catch {
			// Already gone.
		}
		rmSync(this.directory, {recursive: true, force: true});
	}
}
