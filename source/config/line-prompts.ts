// Questions and answers on a terminal or a pipe, for `config init`. Plain lines for ordinary answers; the
// password goes through the masked prompt, with the line reader detached so it never sees the keystrokes.
import type {Readable, Writable} from 'node:stream';
import {askMasked, type TerminalInput} from './prompt.js';

export interface InitPrompts {
	/** One line of answer; undefined when the input has ended. */
	ask(question: string): Promise<string | undefined>;
	/** A password, never echoed; undefined when it cannot be asked safely (no terminal) or input ended. */
	askSecret(question: string): Promise<string | undefined>;
	close(): void;
}

export function linePrompts(input: Readable & {isTTY?: boolean}, output: Writable): InitPrompts {
	const reader = new LineReader(input);
	return {
		async ask(question) {
			output.write(question);
			const line = await reader.next();
			if (line === undefined) {
				output.write('\n');
			}

			return line;
		},
		async askSecret(question) {
			if (!input.isTTY) {
				return undefined;
			}

			reader.detach();
			try {
				return await askMasked({input: input as TerminalInput, output, question});
			} catch {
				return undefined;
			} finally {
				reader.attach();
			}
		},
		close() {
			reader.detach();
		},
	};
}

class LineReader {
	private buffer = '';
	private ended = false;
	private waiting?: (line: string | undefined) => void;
	private readonly onData = (chunk: string | Buffer): void => {
		this.buffer += String(chunk);
		this.deliver();
	};

	private readonly onEnd = (): void => {
		this.ended = true;
		this.deliver();
	};

	constructor(private readonly input: Readable) {}

	async next(): Promise<string | undefined> {
		this.attach();
		return new Promise((resolve) => {
			this.waiting = resolve;
			this.deliver();
		});
	}

	attach(): void {
		if (!this.input.listeners('data').includes(this.onData)) {
			this.input.setEncoding('utf8');
			this.input.on('data', this.onData);
			this.input.on('end', this.onEnd);
			this.input.resume();
		}
	}

	/** Stops reading so the process can exit and the masked prompt has the terminal to itself. */
	detach(): void {
		this.input.off('data', this.onData);
		this.input.off('end', this.onEnd);
		this.input.pause();
	}

	private deliver(): void {
		if (!this.waiting) {
			return;
		}

		const newline = this.buffer.indexOf('\n');
		if (newline !== -1) {
			const line = this.buffer.slice(0, newline).replace(/\r$/, '');
			this.buffer = this.buffer.slice(newline + 1);
			this.resolve(line);
		} else if (this.ended) {
			const rest = this.buffer;
			this.buffer = '';
			this.resolve(rest === '' ? undefined : rest);
		}
	}

	private resolve(line: string | undefined): void {
		const waiting = this.waiting;
		this.waiting = undefined;
		waiting?.(line);
	}
}
