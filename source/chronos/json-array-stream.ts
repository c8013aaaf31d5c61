// Reads a JSON array one element at a time, as its text arrives. A 10,000-job list is megabytes: held whole
// (as bytes, then as a string) beside the jobs it becomes, it set the dashboard's peak memory. Here only the
// element being read is kept; each one is parsed and handed on as soon as its end arrives.

type Phase = 'before-list' | 'first-element' | 'element' | 'after-list' | 'invalid';

const openBracket = 0x5b;
const closeBracket = 0x5d;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const comma = 0x2c;
const quote = 0x22;
const backslash = 0x5c;

/**
 * Feed it the text in pieces cut anywhere (`push`), then ask `end` whether the whole was one valid JSON array.
 * Only strings and nesting are followed to find where an element ends; JSON.parse of the element checks the
 * rest, so a body is accepted exactly when JSON.parse of the whole would accept it.
 */
export class JsonArrayStream {
	private phase: Phase = 'before-list';
	/** Text not yet handed on: the start of the element being read, from `elementStart`. */
	private pending = '';
	private elementStart = 0;
	/** Where scanning resumes in `pending`, and what it had seen there. */
	private scanned = 0;
	private depth = 0;
	private inString = false;

	constructor(private readonly each: (element: unknown) => void) {}

	/** False once the text can no longer be a JSON array. */
	get valid(): boolean {
		return this.phase !== 'invalid';
	}

	push(text: string): void {
		if (this.phase === 'invalid' || text === '') return;
		this.pending = this.pending === '' ? text : this.pending + text;
		this.read();
		// Only the element still being read is kept.
		if (this.phase === 'element') {
			this.pending = this.pending.slice(this.elementStart);
			this.scanned -= this.elementStart;
			this.elementStart = 0;
		} else {
			this.pending = '';
			this.scanned = 0;
			this.elementStart = 0;
		}
	}

	/** Whether everything pushed was one valid JSON array. */
	end(): boolean {
		return this.phase === 'after-list';
	}

	private read(): void {
		const text = this.pending;
		let index = this.scanned;
		while (index < text.length) {
			if (this.phase === 'element') {
				index = this.scanElement(text, index);
				if (!this.valid) return;
				continue;
			}

			const code = text.charCodeAt(index);
			// JSON's own white space: space, tab, line feed, carriage return.
			if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
				index++;
			} else if (this.phase === 'before-list' && code === openBracket) {
				this.phase = 'first-element';
				index++;
			} else if (this.phase === 'first-element' && code === closeBracket) {
				this.phase = 'after-list';
				index++;
			} else if (this.phase === 'first-element') {
				this.startElement(index);
			} else {
				this.phase = 'invalid';
				return;
			}
		}

		this.scanned = index;
	}

	private startElement(at: number): void {
		this.phase = 'element';
		this.elementStart = at;
		this.depth = 0;
		this.inString = false;
	}

	/** Scans from `from`; returns where scanning stopped (the text's end, or just past an element's end). */
	private scanElement(text: string, from: number): number {
		let depth = this.depth;
		let inString = this.inString;
		let index = from;
		for (; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (inString) {
				if (code === backslash) {
					// The escaped character may be in the next piece: then the scan resumes past it.
					index++;
				} else if (code === quote) {
					inString = false;
				}
			} else if (code === quote) {
				inString = true;
			} else if (code === openBracket || code === openBrace) {
				depth++;
			} else if (depth > 0 && (code === closeBracket || code === closeBrace)) {
				depth--;
			} else if (depth === 0 && (code === comma || code === closeBracket || code === closeBrace)) {
				this.finishElement(text, index, code);
				return index + 1;
			}
		}

		this.depth = depth;
		this.inString = inString;
		return index;
	}

	private finishElement(text: string, end: number, separator: number): void {
		let element: unknown;
		try {
			element = JSON.parse(text.slice(this.elementStart, end));
		} catch {
			this.phase = 'invalid';
			return;
		}

		if (separator === closeBrace) {
			this.phase = 'invalid';
			return;
		}

		this.each(element);
		if (separator === comma) {
			this.startElement(end + 1);
		} else {
			this.phase = 'after-list';
		}
	}
}
