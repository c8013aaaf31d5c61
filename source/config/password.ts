// Where the password comes from, in this order: a file only its owner can read, a command (a password
// manager), the CHRONOS_PASSWORD variable, a masked prompt on the terminal. Never a flag, never the config.
import {spawn} from 'node:child_process';
import {FileTooLargeError, readBoundedFile} from '../files/bounded-read.js';
import {ConfigError} from './errors.js';
import {requireOwnerOnly} from './permissions.js';
import {askMasked, type TerminalInput} from './prompt.js';
import type {Writable} from 'node:stream';

export type PasswordSource = 'file' | 'command' | 'env' | 'prompt' | 'none';

export interface PasswordSettings {
	passwordFile?: string;
	passwordCommand?: string;
	env: NodeJS.ProcessEnv;
	/** The environment variable that may hold the password; CHRONOS_PASSWORD unless said otherwise. */
	variable?: string;
	/** What to show before a prompt: `Password for alice at http://...: `. */
	question: string;
	terminal?: {input: TerminalInput; output: Writable};
	/** Replaces the terminal prompt (tests, other front ends). */
	askPassword?: (question: string) => Promise<string>;
}

const commandTimeoutMs = 30_000;
const maxPasswordFileBytes = 64 * 1024;

export function pickPasswordSource(settings: PasswordSettings): PasswordSource {
	if (settings.passwordFile) {
		return 'file';
	}

	if (settings.passwordCommand) {
		return 'command';
	}

	if (settings.env[settings.variable ?? 'CHRONOS_PASSWORD']) {
		return 'env';
	}

	if (settings.askPassword || settings.terminal?.input.isTTY) {
		return 'prompt';
	}

	return 'none';
}

/** The password getter ResolvedConfig exposes: asks once, then remembers the answer for this run. */
export function passwordGetter(settings: PasswordSettings): () => Promise<string | undefined> {
	const source = pickPasswordSource(settings);
	let pending: Promise<string | undefined> | undefined;
	return async () => {
		pending ??= readPassword(source, settings).catch((error: unknown) => {
			// A failed attempt (wrong file mode, cancelled prompt) may be fixed and retried in the same run.
			pending = undefined;
			throw error;
		});
		return pending;
	};
}

async function readPassword(source: PasswordSource, settings: PasswordSettings): Promise<string | undefined> {
	switch (source) {
		case 'file':
			return readPasswordFile(settings.passwordFile ?? '');
		case 'command':
			return runPasswordCommand(settings.passwordCommand ?? '');
		case 'env':
			return settings.env[settings.variable ?? 'CHRONOS_PASSWORD'];
		case 'prompt':
			return promptForPassword(settings);
		case 'none':
			return undefined;
	}
}

export async function readPasswordFile(path: string, what = 'password file'): Promise<string> {
	await requireOwnerOnly(path, what);
	let text: string;
	try {
		text = await readBoundedFile(path, maxPasswordFileBytes);
	} catch (error) {
		if (error instanceof FileTooLargeError) {
			throw new ConfigError(`${what} ${path} is too large to be a password file (over 64 KB)`);
		}

		throw new ConfigError(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}

	const password = firstLine(text);
	if (password === '') {
		throw new ConfigError(`${what} ${path} is empty; write the password on its first line`);
	}

	return password;
}

/**
 * Runs through /bin/sh so `pass show x | head -1` works; its output is never shown, even on failure. Only the
 * first line is needed: once it has arrived and the shell has ended (or had a moment to), the command's
 * whole process group is ended, so something left running in the background (`sleep 100 & echo pw`) does
 * not hold the program, and a command that never answers is killed with everything it started.
 */
export async function runPasswordCommand(command: string, timeoutMs = commandTimeoutMs): Promise<string> {
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn('/bin/sh', ['-c', command], {detached: true, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true});
		let text = '';
		let exitCode: number | undefined;
		let settled = false;
		let grace: NodeJS.Timeout | undefined;
		const finish = (outcome: () => void) => {
			if (!settled) {
				settled = true;
				clearTimeout(timer);
				clearTimeout(grace);
				endGroup(child.pid);
				outcome();
			}
		};

		const failed = (code: number) => new ConfigError(`passwordCommand failed with exit status ${code}; run it yourself to see why`);
		const hasFirstLine = () => /\n/.test(text);
		const timer = setTimeout(() => {
			finish(() => reject(new ConfigError(`passwordCommand did not finish within ${timeoutMs / 1000} s`)));
		}, timeoutMs);
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			text += chunk;
			if (text.length > maxCommandOutput) {
				finish(() => reject(new ConfigError('passwordCommand printed more than 64 KB; it must print the password on its first line')));
			} else if (hasFirstLine() && exitCode === 0) {
				finish(() => resolve(text));
			} else if (hasFirstLine()) {
				// Its exit status still counts (a failing command's first line is no password), but not for ever.
				grace ??= setTimeout(() => finish(() => resolve(text)), exitGraceMs);
			}
		});
		child.on('error', (error: NodeJS.ErrnoException) => {
			finish(() => reject(new ConfigError(`passwordCommand could not run (${error.code ?? 'unknown error'})`)));
		});
		child.on('exit', (code) => {
			exitCode = code ?? -1;
			if (exitCode !== 0) {
				finish(() => reject(failed(exitCode!)));
			} else if (hasFirstLine()) {
				finish(() => resolve(text));
			} else {
				// A background process may hold the output open: what the shell printed arrives within a moment.
				grace ??= setTimeout(() => finish(() => resolve(text)), exitGraceMs);
			}
		});
		child.stdout.on('end', () => {
			// Everything printed has been read: with the shell gone too, the answer is complete.
			if (exitCode === 0) {
				finish(() => resolve(text));
			} else if (exitCode === undefined) {
				child.once('exit', (code) => finish(() => (code === 0 ? resolve(text) : reject(failed(code ?? -1)))));
			}
		});
	});

	const password = firstLine(output);
	if (password === '') {
		throw new ConfigError('passwordCommand printed nothing; it must print the password on its first line');
	}

	return password;
}

/** How long a command that printed its first line may take to end and report its exit status. */
const exitGraceMs = 1000;
const maxCommandOutput = 64 * 1024;

/** SIGKILL to the command's process group (it leads its own, being detached); nothing to do once it is gone. */
function endGroup(pid: number | undefined): void {
	if (pid === undefined) {
		return;
	}

	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// The group has already ended.
	}
}

async function promptForPassword(settings: PasswordSettings): Promise<string> {
	const answer = settings.askPassword
		? await settings.askPassword(settings.question)
		: await askMasked({input: settings.terminal!.input, output: settings.terminal!.output, question: settings.question});
	if (answer === '') {
		throw new ConfigError('no password given');
	}

	return answer;
}

function firstLine(text: string): string {
	return (text.split(/\r?\n/, 1)[0] ?? '').replace(/\r$/, '');
}
