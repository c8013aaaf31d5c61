// Finds the first syntax error in a JSON text and says it the way a person fixing a job file needs it:
// where, and what to write instead. JSON.parse only sometimes gives a position, and never a hint about
// the usual suspects (a trailing comma, single quotes, a comment, a missing comma at the end of a line).

export interface JsonSyntaxError {
	/** Offset into the text, 0-based. */
	offset: number;
	message: string;
}

class Failure extends Error {
	constructor(
		readonly offset: number,
		message: string,
	) {
		super(message);
	}
}

const valueStart = 'a value (a "string", a number, true, false, null, {...} or [...])';

class Scanner {
	private index = 0;

	constructor(private readonly text: string) {}

	check(): void {
		this.skipSpace();
		this.value();
		this.skipSpace();
		if (this.index < this.text.length) {
			throw new Failure(this.index, `unexpected ${this.describeHere()} after the end of the JSON document`);
		}
	}

	private fail(message: string, offset = this.index): never {
		throw new Failure(offset, message);
	}

	private describeHere(): string {
		const character = this.text[this.index];
		if (character === undefined) {
			return 'end of file';
		}
		const word = /^[\w$.+-]+/.exec(this.text.slice(this.index, this.index + 20))?.[0];
		return `'${word ?? character}'`;
	}

	private skipSpace(): void {
		while (this.index < this.text.length && ' \t\n\r'.includes(this.text[this.index]!)) {
			this.index++;
		}
		if (this.text.startsWith('//', this.index) || this.text.startsWith('/*', this.index)) {
			this.fail('comments are not allowed in JSON: remove it, or write the job in YAML, where # starts a comment');
		}
	}

	private value(): void {
		const character = this.text[this.index];
		switch (character) {
			case '{': {
				this.object();
				return;
			}
			case '[': {
				this.array();
				return;
			}
			case '"': {
				this.string();
				return;
			}
			case "'": {
				this.fail('JSON strings use double quotes ("), not single quotes');
			}
			case undefined: {
				this.fail(`unexpected end of file: expected ${valueStart}`);
			}
		}
		const literal = /^(?:true|false|null)(?![\w$])/.exec(this.text.slice(this.index, this.index + 6));
		if (literal) {
			this.index += literal[0].length;
			return;
		}
		const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.index, this.index + 400));
		if (number) {
			const start = this.index;
			this.index += number[0].length;
			if (/^[\w.]/.test(this.text[this.index] ?? '')) {
				// `8G` or `1.2.3`: a size or version written without quotes.
				const word = this.text.slice(start).split(/[\s,}\]]/)[0];
				this.fail(`'${word}' is not a JSON number: write text in double quotes`, start);
			}
			return;
		}
		this.fail(`unexpected ${this.describeHere()}: expected ${valueStart}; text goes in double quotes`);
	}

	private string(): void {
		const start = this.index;
		this.index++;
		while (this.index < this.text.length) {
			const character = this.text[this.index]!;
			if (character === '"') {
				this.index++;
				return;
			}
			if (character === '\\') {
				const escape = this.text[this.index + 1] ?? '';
				const valid = escape === 'u' ? /^[\da-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6)) : escape !== '' && '"\\/bfnrt'.includes(escape);
				if (!valid) {
					this.fail(`'\\${escape}' is not a JSON escape: write '\\\\' for a backslash`);
				}
				this.index += escape === 'u' ? 6 : 2;
				continue;
			}
			if (character === '\n' || character === '\r') {
				this.fail('this string is not closed before the end of the line: add the closing double quote (write \\n for a line break)', start);
			}
			if (character < ' ') {
				this.fail('a control character (such as a tab) inside a string: write \\t or \\n instead');
			}
			this.index++;
		}
		this.fail('this string is never closed: add the closing double quote', start);
	}

	private object(): void {
		this.index++;
		this.skipSpace();
		if (this.text[this.index] === '}') {
			this.index++;
			return;
		}
		for (;;) {
			this.skipSpace();
			const character = this.text[this.index];
			if (character === '}') {
				this.fail("a comma before '}' is not allowed in JSON: remove the last comma", this.lastComma());
			}
			if (character !== '"') {
				const hint = character === "'" ? ': JSON uses double quotes' : character === undefined ? '' : ': property names go in double quotes';
				this.fail(character === undefined ? "unexpected end of file: a '}' is missing" : `expected a property name, found ${this.describeHere()}${hint}`);
			}
			this.string();
			this.skipSpace();
			if (this.text[this.index] !== ':') {
				this.fail(`expected ':' after the property name, found ${this.describeHere()}`);
			}
			this.index++;
			this.skipSpace();
			this.value();
			if (this.closesAfterValue('}', next => next === '"')) return;
		}
	}

	private array(): void {
		this.index++;
		this.skipSpace();
		if (this.text[this.index] === ']') {
			this.index++;
			return;
		}
		for (;;) {
			this.skipSpace();
			if (this.text[this.index] === ']') {
				this.fail("a comma before ']' is not allowed in JSON: remove the last comma", this.lastComma());
			}
			this.value();
			if (this.closesAfterValue(']', next => next === '"' || next === '{')) return;
		}
	}

	/**
	 * What may follow a value inside an object or array: a comma (false: another member comes) or the closing
	 * bracket (true). Anything else is an error; `startsAnother` tells a forgotten comma from stray text.
	 */
	private closesAfterValue(closing: '}' | ']', startsAnother: (next: string) => boolean): boolean {
		const afterValue = this.index;
		this.skipSpace();
		const next = this.text[this.index];
		if (next === ',') {
			this.index++;
			return false;
		}
		if (next === closing) {
			this.index++;
			return true;
		}
		if (next === undefined) {
			this.fail(`unexpected end of file: a '${closing}' is missing`);
		}
		this.missingSeparator(closing, startsAnother(next), afterValue);
	}

	/** Another value right after one means a forgotten comma, reported where the comma belongs. */
	private missingSeparator(closing: string, anotherValue: boolean, afterValue: number): never {
		if (anotherValue) {
			this.fail('a comma is missing after this value', afterValue);
		}
		this.fail(`expected ',' or '${closing}' after the value, found ${this.describeHere()}`);
	}

	private lastComma(): number {
		return this.text.lastIndexOf(',', this.index);
	}
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	try {
		new Scanner(text).check();
		return undefined;
	} catch (error) {
		if (error instanceof Failure) {
			return {offset: error.offset, message: error.message};
		}
		if (error instanceof RangeError) {
			return {offset: 0, message: 'the document is nested too deeply to be a job'};
		}
		throw error;
	}
}
