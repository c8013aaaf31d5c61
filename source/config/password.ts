// Where the password comes from, in this order: a file only its owner can read, a command (a password
// manager), the CHRONOS_PASSWORD variable, a masked prompt on the terminal. Never a flag, never the config.
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
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
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new ConfigError(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
	}

	const password = firstLine(text);
	if (password === '') {
		throw new ConfigError(`${what} ${path} is empty; write the password on its first line`);
	}

	return password;
}

/** Runs through /bin/sh so `pass show x | head -1` works; its output is never shown, even on failure. */
export async function runPasswordCommand(command: string): Promise<string> {
	const output = await new Promise<string>((resolve, reject) => {
		execFile(
			'/bin/sh',
			['-c', command],
			{timeout: commandTimeoutMs, maxBuffer: 64 * 1024, encoding: 'utf8', windowsHide: true},
			(error, stdout) => {
				if (!error) {
					resolve(stdout);
					return;
				}

				const failure = error as NodeJS.ErrnoException & {code?: number | string; killed?: boolean; signal?: string};
				if (failure.killed && failure.signal) {
					reject(new ConfigError(`passwordCommand did not finish within ${commandTimeoutMs / 1000} s`));
				} else if (typeof failure.code === 'number') {
					reject(new ConfigError(`passwordCommand failed with exit status ${failure.code}; run it yourself to see why`));
				} else {
					reject(new ConfigError(`passwordCommand could not run (${failure.code ?? 'unknown error'})`));
				}
			},
		).stdin?.end();
	});

	const password = firstLine(output);
	if (password === '') {
		throw new ConfigError('passwordCommand printed nothing; it must print the password on its first line');
	}

	return password;
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
