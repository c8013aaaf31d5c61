// The bundle's ink Output: the grid of styled cells a frame is drawn into, as ink's own (same operations,
// same clipping, same wide-character rules, the same text out), but remembering its work from one frame to
// the next. Ink builds a new Output for every frame and starts each from nothing: a cell object for each of
// the 10,000 cells of a 200x50 terminal, every line's ANSI tokenised and measured again, every row turned
// back into a string. At 10,000 jobs that was 5 MB of garbage and most of the time of each key. Between two
// frames nearly every text and every row is the same (or, scrolling, the same one row further up), so here
// a text is tokenised once while it stays on screen, and a row made of the same pieces as a row of a recent
// frame is that row's string again. The bundle routes ink's `./output.js` here (see bundle.ts).
import {reduceAnsiCodesIncremental, styledCharsToString, tokenize, type AnsiCode, type StyledChar} from '@alcalzone/ansi-tokenize';
import stringWidth, {colourCodeEnd, isSimple} from './string-width-memo.js';
import {RecentMap} from './recent-map.js';

type Transformer = (line: string, index: number) => string;

interface Clip {
	x1: number | undefined;
	x2: number | undefined;
	y1: number | undefined;
	y2: number | undefined;
}

type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

/** A line's styled characters, with a number that stands for them in a row's key. */
interface Piece {
	id: number;
	chars: readonly StyledChar[];
	/** Every character takes one cell, so the line drawn alone on a row needs no cells (see rowText). */
	narrow: boolean;
	/** The characters as ink writes them back (their styles opened and closed as needed), made when first wanted. */
	text?: string;
}

let nextPieceId = 0;
// A screen holds a few hundred texts; twice that is enough to keep the ones a scroll or a page brings back.
const pieces = new RecentMap<string, Piece>(1000);
const textLines = new RecentMap<string, readonly string[]>(1000);
const rowTexts = new RecentMap<string, string>(1000);

const noStyles: AnsiCode[] = [];
/** Unstyled characters are the same object wherever they appear, so a remembered plain line costs a pointer a character. */
const plainChars = {narrow: new Map<string, StyledChar>(), wide: new Map<string, StyledChar>()};
const invisible = /^\p{Default_Ignorable_Code_Point}+$/u;

/** What ink's styledCharsFromTokens gives (less standalone invisible characters), sharing equal style lists. */
function styledChars(text: string): StyledChar[] {
	return simpleStyledChars(text) ?? segmentedStyledChars(text);
}

function segmentedStyledChars(text: string): StyledChar[] {
	const chars: StyledChar[] = [];
	let styles = noStyles;
	for (const token of tokenize(text)) {
		if (token.type === 'ansi') {
			// Reduced as the library reduces them; one list shared by the characters it styles.
			const reduced = reduceAnsiCodesIncremental(styles, [token]);
			styles = reduced.length === 0 ? noStyles : reduced;
		} else if (token.type === 'char' && !invisible.test(token.value)) {
			chars.push(styles === noStyles ? plainChar(token.value, token.fullWidth) : {...token, styles});
		}
	}

	return chars;
}

/**
 * Colour codes as the tokenizer reads them (a compound code is several), remembered: a screen uses a few.
 * Null for a code it does not read as colour codes alone; a line holding one takes the segmenting way.
 */
const codeTokens = new Map<string, AnsiCode[] | null>();

function colourTokens(code: string): AnsiCode[] | null {
	let tokens = codeTokens.get(code);
	if (tokens === undefined) {
		const read = tokenize(code);
		tokens = read.length > 0 && read.every(token => token.type === 'ansi') ? read as AnsiCode[] : null;
		if (codeTokens.size >= 1000) codeTokens.clear();
		codeTokens.set(code, tokens);
	}

	return tokens;
}

/**
 * For each simple character, its one unstyled character object, made the first time it is read (the
 * tokenizer asked once to make sure it reads it as one narrow visible character); null where it does not.
 */
const simpleChars: Array<StyledChar | null | undefined> = [];

function simpleChar(code: number): StyledChar | null {
	if (!isSimple(code)) return null;
	let char = simpleChars[code];
	if (char === undefined) {
		const value = String.fromCharCode(code);
		const [token] = tokenize(value);
		char = token?.type === 'char' && !token.fullWidth && !invisible.test(token.value) ? {type: 'char', value, fullWidth: false, styles: noStyles} : null;
		simpleChars[code] = char;
	}

	return char;
}

/**
 * The same characters for a line of simple ones (see string-width-memo.ts) and colour codes, without
 * segmenting it into graphemes: each such character is a grapheme of its own. Undefined for any other line.
 */
function simpleStyledChars(text: string): StyledChar[] | undefined {
	const chars: StyledChar[] = [];
	let styles = noStyles;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x1b) {
			const end = colourCodeEnd(text, index);
			const tokens = end === undefined ? null : colourTokens(text.slice(index, end));
			if (end === undefined || tokens === null) return undefined;
			const reduced = reduceAnsiCodesIncremental(styles, tokens);
			styles = reduced.length === 0 ? noStyles : reduced;
			index = end - 1;
		} else {
			const plain = simpleChar(code);
			if (plain === null) return undefined;
			chars.push(styles === noStyles ? plain : {type: 'char', value: plain.value, fullWidth: false, styles});
		}
	}

	return chars;
}

function plainChar(value: string, fullWidth: boolean): StyledChar {
	const known = fullWidth ? plainChars.wide : plainChars.narrow;
	let char = known.get(value);
	if (char === undefined) {
		char = {type: 'char', value, fullWidth, styles: noStyles};
		// Bounded by the characters that ever appear; dropped whole in the unlikely case of a flood of new ones.
		if (known.size >= 10_000) known.clear();
		known.set(value, char);
	}

	return char;
}

function pieceOf(line: string): Piece {
	let piece = pieces.get(line);
	if (piece === undefined) {
		const chars = styledChars(line);
		piece = {id: nextPieceId++, chars, narrow: chars.every(char => stringWidth(char.value) <= 1)};
		pieces.set(line, piece);
	}

	return piece;
}

/** A text's lines, each as ink writes it (its styles reopened on each line). */
function linesOf(text: string): readonly string[] {
	let lines = textLines.get(text);
	if (lines === undefined) {
		const split: StyledChar[][] = [[]];
		for (const char of pieceOf(text).chars) {
			if (char.value === '\n') split.push([]);
			else split.at(-1)!.push(char);
		}

		lines = split.map(line => styledCharsToString(line));
		textLines.set(text, lines);
	}

	return lines;
}

function widestLine(text: string): number {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, stringWidth(line));
	return widest;
}

const blankCell = (cell: StyledChar): StyledChar => ({...cell, value: ' ', fullWidth: false});
const emptyCell: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: noStyles};

// An undefined bound leaves that edge open; nested clips intersect.
function tighter(a: number | undefined, b: number | undefined, pick: (a: number, b: number) => number): number | undefined {
	if (a === undefined) return b;
	return b === undefined ? a : pick(a, b);
}

function intersect(outer: Clip | undefined, inner: Clip): Clip {
	if (!outer) return inner;
	return {
		x1: tighter(outer.x1, inner.x1, Math.max),
		x2: tighter(outer.x2, inner.x2, Math.min),
		y1: tighter(outer.y1, inner.y1, Math.max),
		y2: tighter(outer.y2, inner.y2, Math.min),
	};
}

function isEmpty(clip: Clip): boolean {
	return (clip.x1 !== undefined && clip.x2 !== undefined && clip.x1 >= clip.x2)
		|| (clip.y1 !== undefined && clip.y2 !== undefined && clip.y1 >= clip.y2);
}

/** The columns `from` to `to` of a styled line; a wide character cut in half becomes a space with its styles. */
function sliceColumns(line: string, from: number, to: number): string {
	if (from >= to) return '';
	const kept: StyledChar[] = [];
	let column = 0;
	for (const char of pieceOf(line).chars) {
		const width = stringWidth(char.value);
		const start = column;
		column += width;
		if (column <= from) continue;
		if (start >= to) break;
		kept.push(width > 1 && (start < from || column > to) ? blankCell(char) : char);
	}

	return styledCharsToString(kept);
}

/** The pieces written on one row, left to right in the order they were written. */
interface RowWrites {
	xs: number[];
	pieces: Piece[];
}

export default class Output {
	width: number;
	height: number;
	private readonly operations: Operation[] = [];

	constructor(options: {width: number; height: number}) {
		this.width = options.width;
		this.height = options.height;
	}

	write(x: number, y: number, text: string, options: {transformers: readonly Transformer[]}): void {
		if (text === '') return;
		this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		const rows: RowWrites[] = [];
		for (let y = 0; y < this.height; y++) rows.push({xs: [], pieces: []});
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(intersect(clips.at(-1), operation.clip));
			else if (operation.type === 'unclip') clips.pop();
			else this.place(rows, operation, clips.at(-1));
		}

		// Index loops here and below: an entries() iterator allocates a pair per step, per row, per frame.
		let output = '';
		for (let y = 0; y < rows.length; y++) {
			output += (y === 0 ? '' : '\n') + this.rowText(rows[y]!);
		}

		return {output, height: rows.length};
	}

	/** Sorts a write's lines onto the rows they land on, clipped as ink clips them. */
	private place(rows: RowWrites[], operation: Extract<Operation, {type: 'write'}>, clip: Clip | undefined): void {
		let {x, y} = operation;
		let lines = linesOf(operation.text);
		if (clip) {
			if (isEmpty(clip)) return;
			const clipsX = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
			const clipsY = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
			if (clipsX && (x + widestLine(operation.text) < clip.x1! || x > clip.x2!)) return;
			if (clipsY && (y + lines.length < clip.y1! || y > clip.y2!)) return;
			if (clipsX) {
				const [x1, x2] = [clip.x1!, clip.x2!];
				lines = lines.map(line => {
					const width = stringWidth(line);
					return sliceColumns(line, x < x1 ? x1 - x : 0, x + width > x2 ? x2 - x : width);
				});
				if (x < x1) x = x1;
			}

			if (clipsY) {
				const [y1, y2] = [clip.y1!, clip.y2!];
				lines = lines.slice(y < y1 ? y1 - y : 0, y + lines.length > y2 ? y2 - y : lines.length);
				if (y < y1) y = y1;
			}
		}

		for (let index = 0; index < lines.length; index++) {
			const row = rows[y + index];
			if (!row) continue;
			let line = lines[index]!;
			for (const transform of operation.transformers) line = transform(line, index + y - operation.y);
			const piece = pieceOf(line);
			if (piece.chars.length === 0) continue;
			row.xs.push(x);
			row.pieces.push(piece);
		}
	}

	/** A row's text: what a recent row of the same pieces at the same places gave, or drawn cell by cell. */
	private rowText(row: RowWrites): string {
		let key = `${this.width}`;
		for (let index = 0; index < row.pieces.length; index++) key += ` ${row.xs[index]!}:${row.pieces[index]!.id}`;
		let text = rowTexts.get(key);
		if (text === undefined) {
			text = this.drawOneLine(row) ?? this.drawRow(row);
			rowTexts.set(key, text);
		}

		return text;
	}

	/**
	 * A row holding one line of one-cell characters, starting within the row, is that line after as many
	 * blank cells as its column: the cells would give back the same text (blank cells carry no styles, the
	 * line's own open and close around it, and trailing blanks are cut).
	 */
	private drawOneLine(row: RowWrites): string | undefined {
		const [x, piece] = [row.xs[0]!, row.pieces[0]!];
		if (row.pieces.length !== 1 || !piece.narrow || x < 0 || x > this.width) return undefined;
		piece.text ??= styledCharsToString(piece.chars as StyledChar[]);
		return (' '.repeat(x) + piece.text).trimEnd();
	}

	private drawRow(row: RowWrites): string {
		const cells: StyledChar[] = Array.from({length: this.width}, () => emptyCell);
		for (let index = 0; index < row.pieces.length; index++) {
			const piece = row.pieces[index]!;
			let column = row.xs[index]!;
			// Writing over the right half of a wide character: its left half cannot stay either.
			if (cells[column]?.value === '' && column > 0 && stringWidth(cells[column - 1]?.value ?? '') > 1) {
				cells[column - 1] = blankCell(cells[column - 1]!);
			}

			for (const char of piece.chars) {
				cells[column] = char;
				const width = Math.max(1, stringWidth(char.value));
				// A wide character's second cell holds nothing, and keeps its styles (a cell left of the screen shows a space).
				for (let offset = 1; offset < width; offset++) {
					cells[column + offset] = {type: 'char', value: column < 0 ? ' ' : '', fullWidth: false, styles: char.styles};
				}

				column += width;
			}

			// And the same over the left half of one.
			if (cells[column]?.value === '') cells[column] = blankCell(cells[column]!);
		}

		// Cells written left of the screen (negative places) and gaps right of it are not array elements: filter skips them.
		return styledCharsToString(cells.filter(cell => cell !== undefined)).trimEnd();
	}
}
