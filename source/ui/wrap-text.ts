// Long lines (commands, paths, Java stack traces) wrap instead of being cut: every character may matter.

/** Breaks a line into pieces of at most `width` cells; the pieces after the first are indented. */
export function wrapText(line: string, width: number, indent: number): string[] {
	const chars = [...line];
	if (chars.length <= width || width <= indent + 10) {
		return [line];
	}

	const pieces: string[] = [];
	let rest = chars;
	let room = width;
	while (rest.length > room) {
		let cut = rest.lastIndexOf(' ', room);
		if (cut <= room / 2) {
			cut = room;
		}

		pieces.push(rest.slice(0, cut).join('').trimEnd());
		rest = [...rest.slice(cut).join('').trimStart()];
		room = width - indent;
	}

	pieces.push(rest.join(''));
	return pieces.map((piece, index) => (index === 0 ? piece : ' '.repeat(indent) + piece));
}

/** Indentation of a line of JSON or YAML, so its wrapped pieces can sit under its value. */
export function leadingSpaces(line: string): number {
	return line.length - line.trimStart().length;
}
