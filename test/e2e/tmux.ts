// Drives the built program in a real terminal: a detached tmux session of a chosen size, keystrokes in,
// screen text out. Each terminal gets its own tmux server (its own socket), so tests never see each other
// and one kill-server cleans up everything the test started, even after a failure.
import {execFile, execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';

const run = promisify(execFile);

export interface TerminalOptions {
	width: number;
	height: number;
	/** Program and arguments, run directly (no shell). */
	command: string[];
	/** Added to a copy of this process's environment, with the CI markers removed (see cleanEnvironment). */
	env?: Record<string, string | undefined>;
	cwd?: string;
}

export interface WaitOptions {
	timeoutMs?: number;
	/** Look at the screen with colour escapes (`capture-pane -e`). */
	colours?: boolean;
}

/**
 * The program runs under a shell that stays after it exits and prints its status, as a user's login shell
 * would: the terminal modes the program leaves behind can then be read from a live pane (tmux resets some of
 * them on a dead one), and the status is read from the screen.
 */
const holdingShell = '"$@"; status=$?; printf \'\\n[program exited with status %s]\\n\' "$status"; exec sleep 2147483647';
const exitPattern = /\[program exited with status (\d+)\]/;

let terminalCount = 0;
const liveTerminals = new Set<TmuxTerminal>();

/** True when a tmux binary answers; the e2e suites skip themselves (with a message) when it does not. */
/**
 * Whether the end-to-end suites can run. Without tmux they are skipped on a developer's machine, but where
 * `CI` is set a missing tmux is an error: a CI run that skips them would report green having tested nothing.
 */
export function tmuxAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore', env});
		return true;
	} catch {
		if (env['CI'] && env['CI'] !== 'false' && env['CI'] !== '0') {
			throw new Error('tmux is not installed but CI is set: the end-to-end terminal tests must run in CI (apt-get install -y tmux)');
		}

		return false;
	}
}

/**
 * Ink switches off everything interactive (alternate screen, cursor handling, resize) when it believes it
 * runs in CI, and CI runs these tests with CI=true. A terminal inside tmux is interactive whatever CI says,
 * so the program must not inherit those markers; nor the outer TMUX, which would make tmux refuse to nest.
 */
export function cleanEnvironment(extra: Record<string, string | undefined> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined) continue;
		if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) continue;
		if (key === 'TMUX' || key === 'TMUX_PANE' || key === 'NO_COLOR' || key === 'FORCE_COLOR') continue;
		env[key] = value;
	}
	for (const [key, value] of Object.entries(extra)) {
		if (value === undefined) delete env[key];
		else env[key] = value;
	}
	return env;
}

export class TmuxTerminal {
	/** Starts the command in a new detached session; the pane stays after the program exits (remain-on-exit). */
	static async start(options: TerminalOptions): Promise<TmuxTerminal> {
		terminalCount += 1;
		const socket = `chronos-e2e-${process.pid}-${terminalCount}`;
		const terminal = new TmuxTerminal(socket, options);
		liveTerminals.add(terminal);
		await terminal.launch();
		return terminal;
	}

	/** Kills every terminal still open; call it from afterEach so a failed test leaves no tmux server behind. */
	static async killAll(): Promise<void> {
		await Promise.all([...liveTerminals].map(async terminal => terminal.kill()));
	}

	readonly session = 'main';
	readonly socket: string;
	private readonly options: TerminalOptions;
	private readonly configDir: string;
	private readonly env: Record<string, string>;

	// Plain fields, not parameter properties: the screenshot script loads this file with Node's own type
	// stripping, which accepts only syntax that erases.
	private constructor(socket: string, options: TerminalOptions) {
		this.socket = socket;
		this.options = options;
		this.configDir = mkdtempSync(join(tmpdir(), 'chronos-e2e-tmux-'));
		this.env = cleanEnvironment({TERM: 'xterm-256color', ...options.env});
	}

	get target(): string {
		return `${this.session}:0.0`;
	}

	/** Runs one tmux command on this terminal's own server. */
	async tmux(...args: string[]): Promise<string> {
		const {stdout} = await run('tmux', ['-L', this.socket, ...args], {env: this.env, maxBuffer: 16 * 1024 * 1024});
		return stdout;
	}

	private async launch(): Promise<void> {
		const {width, height, command, cwd} = this.options;
		// A config of our own, so the user's ~/.tmux.conf (status bar, prefix, escape-time) cannot change the
		// screen size or swallow keys. Escape must reach the program at once, not after tmux's 500 ms wait.
		const configFile = join(this.configDir, 'tmux.conf');
		writeFileSync(
			configFile,
			[
				'set -g remain-on-exit on',
				'set -g status off',
				'set -g escape-time 0',
				'set -g default-terminal xterm-256color',
				'set -g history-limit 2000',
				'',
			].join('\n'),
		);
		const envArgs = Object.entries(this.options.env ?? {}).flatMap(([key, value]) =>
			value === undefined ? [] : ['-e', `${key}=${value}`],
		);
		await run(
			'tmux',
			[
				'-L', this.socket, '-f', configFile,
				'new-session', '-d', '-s', this.session, '-x', String(width), '-y', String(height),
				...(cwd ? ['-c', cwd] : []),
				...envArgs,
				'/bin/sh', '-c', holdingShell, 'chronos-e2e',
				...command,
			],
			{env: this.env},
		);
	}

	/** Sends key names as tmux knows them: 'Enter', 'Escape', 'Down', 'C-c', 'PageDown', or single characters. */
	async sendKeys(...keys: string[]): Promise<void> {
		for (const key of keys) {
			// One key per call with a short pause: a program reading raw input may otherwise get 'Escape' and
			// the next key in one read and take them for alt+key.
			await this.tmux('send-keys', '-t', this.target, key);
			await delay(40);
		}
	}

	/** Types text exactly as given (no key-name lookup), as a user would at a prompt. */
	async type(text: string): Promise<void> {
		await this.tmux('send-keys', '-t', this.target, '-l', '--', text);
		await delay(40);
	}

	/**
	 * Writes raw bytes to the program's terminal in one write, as a fast typist over ssh or a held key
	 * delivers them: several keys reach the program in one read.
	 */
	async sendBytes(bytes: string): Promise<void> {
		const hex = [...Buffer.from(bytes, 'utf8')].map(byte => byte.toString(16).padStart(2, '0'));
		await this.tmux('send-keys', '-t', this.target, '-H', ...hex);
		await delay(40);
	}

	/** Pastes text as a terminal does: bracketed, when the program asked for bracketed paste. */
	async paste(text: string): Promise<void> {
		await this.tmux('set-buffer', '--', text);
		await this.tmux('paste-buffer', '-p', '-d', '-t', this.target);
		await delay(40);
	}

	/** The visible screen as text, one line per row; with colours, SGR escapes included. */
	async capture(options: {colours?: boolean} = {}): Promise<string> {
		const args = ['capture-pane', '-p', '-t', this.target];
		if (options.colours) args.push('-e');
		return this.tmux(...args);
	}

	/** Polls the screen until it contains the text (or matches the pattern); the timeout error shows the screen. */
	async waitFor(expected: string | RegExp, options: WaitOptions = {}): Promise<string> {
		return this.waitUntil(
			screen => (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)),
			`${String(expected)}`,
			options,
		);
	}

	/** Polls until the screen no longer contains the text (a dialog closed, a row left the list). */
	async waitForGone(unexpected: string | RegExp, options: WaitOptions = {}): Promise<string> {
		return this.waitUntil(
			screen => !(typeof unexpected === 'string' ? screen.includes(unexpected) : unexpected.test(screen)),
			`no ${String(unexpected)}`,
			options,
		);
	}

	async waitUntil(
		accept: (screen: string) => boolean,
		description: string,
		{timeoutMs = 10_000, colours = false}: WaitOptions = {},
	): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let screen = '';
		for (;;) {
			screen = await this.capture({colours});
			if (accept(screen)) return screen;
			if (Date.now() > deadline) {
				throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}. Screen:\n${screen}`);
			}
			await delay(50);
		}
	}

	/** Resizes the window, as a user dragging the terminal's corner; the program gets SIGWINCH. */
	/** Waits until the screen (colours included) stops changing, so a picture never catches a half-drawn frame. */
	async settle(quietMs = 400, timeoutMs = 10_000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let last = await this.capture({colours: true});
		let since = Date.now();
		while (Date.now() - since < quietMs && Date.now() < deadline) {
			await delay(100);
			const screen = await this.capture({colours: true});
			if (screen !== last) {
				last = screen;
				since = Date.now();
			}
		}

		return last;
	}

	async resize(width: number, height: number): Promise<void> {
		await this.tmux('resize-window', '-t', this.session, '-x', String(width), '-y', String(height));
	}

	async size(): Promise<{width: number; height: number}> {
		const [width, height] = (await this.display('#{pane_width} #{pane_height}')).split(' ').map(Number);
		return {width: width ?? 0, height: height ?? 0};
	}

	/** Reads a tmux format for the pane, e.g. '#{alternate_on}'. */
	async display(format: string): Promise<string> {
		return (await this.tmux('display-message', '-p', '-t', this.target, format)).trim();
	}

	/** The exit status once the program has exited, else undefined. */
	async exitStatus(): Promise<number | undefined> {
		const match = exitPattern.exec(await this.capture());
		if (match) return Number(match[1]);
		// The shell itself was killed: tmux keeps the pane (remain-on-exit) and records the status.
		const [dead, status, signal] = (await this.display('#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}')).split('|');
		if (dead === '1' && status) return Number(status);
		if (dead === '1' && signal) return 128 + Number(signal);
		return undefined;
	}

	/** Waits for the program to exit and returns its exit status (128 + signal number when a signal ended it). */
	async waitForExit(timeoutMs = 10_000): Promise<number> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const status = await this.exitStatus();
			if (status !== undefined) return status;
			if (Date.now() > deadline) {
				throw new Error(`Program still running after ${timeoutMs} ms. Screen:\n${await this.capture()}`);
			}
			await delay(50);
		}
	}

	/** What the terminal looks like after the program left: alternate screen off, cursor visible. */
	async terminalModes(): Promise<{alternateScreen: boolean; cursorVisible: boolean}> {
		const [alternate, cursor] = (await this.display('#{alternate_on} #{cursor_flag}')).split(' ');
		return {alternateScreen: alternate === '1', cursorVisible: cursor === '1'};
	}

	/** Process id of the program (the holding shell's child), to send it a signal as the system would. */
	async programPid(): Promise<number> {
		const shellPid = Number(await this.display('#{pane_pid}'));
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			try {
				// Field 4 of /proc/PID/stat is the parent; the command name before it may contain spaces.
				const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
				const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
				if (parent === shellPid) return Number(entry);
			} catch {
				// The process ended while we looked.
			}
		}
		throw new Error('The program is not running in the terminal.');
	}

	/** Ends the terminal and everything in it, as closing the window would (the program gets SIGHUP). */
	async kill(): Promise<void> {
		if (!liveTerminals.has(this)) return;
		liveTerminals.delete(this);
		try {
			await this.tmux('kill-server');
		} catch {
			// Already gone: the server exits by itself when its last session ends.
		}
		rmSync(this.configDir, {recursive: true, force: true});
	}
}

export async function delay(ms: number): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, ms));
}
