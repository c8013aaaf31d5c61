// How deeply a job text nests, found without parsing it. The parsers recurse once per level, so a file of
// 100,000 `[` ends in "Maximum call stack size exceeded" (or, in YAML, one such error per level) instead of
// a message with a position. A job is at most four levels deep (container.volumes.0.mode); far more than
// that is never a job, and is refused here, where it starts to go too deep.

export const maxNestingDepth = 64;

/** The offset where the text first goes deeper than `maxNestingDepth` levels, if it does. */
export function tooDeepAt(text: string): number | undefined {
	return flowTooDeepAt(text) ?? blockTooDeepAt(text);
}

/** `[` and `{` (JSON, and YAML's flow style), skipping quoted text and YAML comments. */
function flowTooDeepAt(text: string): number | undefined {
	let depth = 0;
	let quote: string | undefined;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quote) {
			if (character === '\\' && quote === '"') {
				index++;
			} else if (character === quote || character === '\n') {
				quote = undefined;
			}
		} else if (character === '"' || (character === "'" && /[\s[{:,]/.test(text[index - 1] ?? ' '))) {
			quote = character;
		} else if (character === '#' && /\s/.test(text[index - 1] ?? ' ')) {
			const end = text.indexOf('\n', index);
			index = end === -1 ? text.length : end;
		} else if (character === '[' || character === '{') {
			depth++;
			if (depth > maxNestingDepth) {
				return index;
			}
		} else if (character === ']' || character === '}') {
			depth = Math.max(0, depth - 1);
		}
	}

	return undefined;
}

/** YAML's block style: each deeper indentation, and each `- ` at the start of a line, is a level. */
function blockTooDeepAt(text: string): number | undefined {
	const indents: number[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		const match = /^( *)((?:- +)*)(\S?)/.exec(line)!;
		const indent = match[1]!.length;
		if ((match[2] !== '' || match[3] !== '') && match[3] !== '#') {
			while (indents.length > 0 && indents.at(-1)! >= indent) {
				indents.pop();
			}

			indents.push(indent);
			const dashes = match[2]!.split('-').length - 1;
			if (indents.length + dashes > maxNestingDepth) {
				return lineStart + indent;
			}
		}

		lineStart += line.length + 1;
	}

	return undefined;
}
