// What a job printed, as lines ready to show: bytes arrive in pieces of any size (a read may end inside a
// multi-byte character), the total is capped so a job that prints gigabytes cannot fill the memory, and every
// line is made printable once, when it is complete. No React and no I/O: the follower feeds it.
import {outputLine} from './output-line.js';

export interface LogBufferOptions {
	/** Characters kept; the oldest lines go first when more arrive. */
	maxChars?: number;
}

/** Four million characters: a few MB of text, far more than anyone scrolls through on a terminal. */
export const defaultMaxChars = 4 * 1024 * 1024;

export class LogBuffer {
	readonly maxChars: number;
	private decoder = new TextDecoder('utf-8');
	private kept: string[] = [];
	/** Index of the first kept line in `kept`: dropping lines moves it instead of shifting the array. */
	private first = 0;
	private chars = 0;
	/** Raw text after the last newline: the line still being written. */
	private partial = '';
	private partialShown = '';
	/** Lines dropped to respect the cap since the last reset. */
	private droppedLines = 0;
	/** Byte offset of the file where the kept text begins (0 unless it started from the end of the file). */
	private startOffset = 0;
	/** Grows on every change, so a view can tell cheaply whether to lay the text out again. */
	private changes = 0;
	/** After a start past 0 the text up to the first newline is the end of a line that was not read. */
	private skipToNewline = false;

	constructor(options: LogBufferOptions = {}) {
		this.maxChars = options.maxChars ?? defaultMaxChars;
	}

	get version(): number {
		return this.changes;
	}

	/** Lines, the one still being written included. */
	get lineCount(): number {
		return this.kept.length - this.first + (this.partial === '' ? 0 : 1);
	}

	line(index: number): string {
		const completed = this.kept.length - this.first;
		return index < completed ? this.kept[this.first + index]! : this.partialShown;
	}

	lines(): string[] {
		const all = this.kept.slice(this.first);
		if (this.partial !== '') {
			all.push(this.partialShown);
		}

		return all;
	}

	/** True when older output is not in the buffer: dropped for the cap, or never read (a tail of the file). */
	get truncated(): {dropped: number; skippedBytes: number} | undefined {
		return this.droppedLines > 0 || this.startOffset > 0
			? {dropped: this.droppedLines, skippedBytes: this.startOffset}
			: undefined;
	}

	/**
	 * Starts over with text that begins at `offset` bytes into the file. After 0 the first line is most
	 * likely cut, so it is left out until its newline.
	 */
	reset(offset = 0): void {
		this.decoder = new TextDecoder('utf-8');
		this.kept = [];
		this.first = 0;
		this.chars = 0;
		this.partial = '';
		this.partialShown = '';
		this.droppedLines = 0;
		this.startOffset = offset;
		this.skipToNewline = offset > 0;
		this.changes++;
	}

	append(bytes: Uint8Array): void {
		if (bytes.length === 0) {
			return;
		}

		this.take(this.decoder.decode(bytes, {stream: true}));
	}

	/** The run is over: a character cut at the very end of the file is shown as a replacement mark. */
	finish(): void {
		this.take(this.decoder.decode());
	}

	private take(text: string): void {
		if (text === '') {
			return;
		}

		let rest = text;
		if (this.skipToNewline) {
			const newline = rest.indexOf('\n');
			if (newline < 0) {
				return;
			}

			this.skipToNewline = false;
			rest = rest.slice(newline + 1);
		}

		const pieces = rest.split('\n');
		const last = pieces.pop()!;
		for (const piece of pieces) {
			this.push(this.partial + piece);
			this.partial = '';
		}

		this.partial += last;
		// A line without an end for a long time (a progress bar on one line) still counts against the cap.
		if (this.partial.length > this.maxChars) {
			this.partial = this.partial.slice(-this.maxChars);
		}

		this.partialShown = this.partial === '' ? '' : outputLine(this.partial);
		this.trim();
		this.changes++;
	}

	private push(raw: string): void {
		const shown = outputLine(raw);
		this.kept.push(shown);
		this.chars += shown.length + 1;
	}

	private trim(): void {
		while (this.chars + this.partial.length > this.maxChars && this.first < this.kept.length) {
			this.chars -= this.kept[this.first]!.length + 1;
			this.first++;
			this.droppedLines++;
		}

		// Compacting now and then keeps dropping a line O(1) without the array growing for ever.
		if (this.first > 4096 && this.first * 2 > this.kept.length) {
			this.kept = this.kept.slice(this.first);
			this.first = 0;
		}
	}
}
