// Asking for the password on the terminal: echo off, one `*` per character, never a command-line flag
// (flags show up in `ps` for every user of the login node).
import type {Readable, Writable} from 'node:stream';
import {ConfigError} from './errors.js';

export type TerminalInput = Readable & {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown; isRaw?: boolean};

export interface MaskedPromptOptions {
	input: TerminalInput;
	output: Writable;
	question: string;
}

const enter = new Set(['\r', '\n']);
const backspace = new Set(['\u007f', '\b']);
const interrupt = '\u0003';
const endOfInput = '\u0004';
const eraseWord = '\u0017';
const eraseLine = '\u0015';

/** Reads one line from a terminal without echoing it. */
export async function askMasked({input, output, question}: MaskedPromptOptions): Promise<string> {
	output.write(question);
	const wasRaw = input.isRaw === true;
	input.setRawMode?.(true);
	input.setEncoding?.('utf8');
	input.resume();

	return new Promise<string>((resolve, reject) => {
		let answer = '';
		const finish = (error?: Error): void => {
			input.removeListener('data', onData);
			input.setRawMode?.(wasRaw);
			input.pause();
			output.write('\n');
			if (error) {
				reject(error);
			} else {
				resolve(answer);
			}
		};

		const onData = (chunk: string | Buffer): void => {
			const text = String(chunk);
			if (text.startsWith('\u001b')) {
				// Arrow keys and other escape sequences are not part of a password.
				return;
			}

			for (const character of text) {
				if (enter.has(character)) {
					finish();
					return;
				}

				if (character === interrupt || (character === endOfInput && answer === '')) {
					finish(new ConfigError('no password given (prompt cancelled)'));
					return;
				}

				if (backspace.has(character)) {
					if (answer.length > 0) {
						answer = answer.slice(0, -1);
						output.write('\b \b');
					}
				} else if (character === eraseLine || character === eraseWord) {
					output.write('\b \b'.repeat(answer.length));
					answer = '';
				} else if (character >= ' ') {
					answer += character;
					output.write('*');
				}
			}
		};

		input.on('data', onData);
	});
}
