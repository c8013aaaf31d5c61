// Turns a terminal capture (`tmux capture-pane -e -p`: text with SGR colour escapes) into an SVG picture of
// the terminal: a monospace grid, the 16 ANSI colours (plus the 256-colour and RGB forms, so nothing is
// lost if a program uses them), bold, dim, italic, underline, strikethrough and inverse. Box-drawing
// characters are drawn as lines, so borders join up whatever font the viewer has.

/** A dark terminal palette: the 16 ANSI colours in order (black, red, green, yellow, blue, magenta, cyan, white, then bright). */
export const palette = [
	'#3f444d', '#cc6666', '#8cbf67', '#e0c36b', '#6f9fd8', '#b294bb', '#70c0b1', '#c5c8c6',
	'#666a70', '#ff7b72', '#b5e48c', '#f9e27d', '#8fbcff', '#d7a9e3', '#8ee6d8', '#ffffff',
];
export const defaultForeground = '#d7dae0';
export const defaultBackground = '#181a1f';

const plainStyle = Object.freeze({
	fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false, strike: false,
});

/**
 * Reads a capture into rows of cells: {char, width, style}. Wide characters (CJK, most emoji) take two
 * columns, as in the terminal; the column after one holds nothing.
 * @param {string} text
 * @returns {Array<Array<{char: string; width: number; style: typeof plainStyle}>>}
 */
export function parseAnsi(text) {
	const lines = text.replace(/\n$/, '').split('\n');
	let style = {...plainStyle};
	return lines.map(line => {
		const cells = [];
		let index = 0;
		while (index < line.length) {
			if (line[index] === '\u001B') {
				const match = /^\u001B\[([\d;:]*)([A-Za-z])/.exec(line.slice(index));
				if (match) {
					if (match[2] === 'm') style = applySgr(style, match[1]);
					index += match[0].length;
					continue;
				}
				// An escape of another kind (OSC, charset): skip up to its terminator.
				const other = /^\u001B(?:\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[()][\dA-Za-z]|.)/.exec(line.slice(index));
				index += other ? other[0].length : 1;
				continue;
			}
			const char = String.fromCodePoint(line.codePointAt(index));
			index += char.length;
			const width = charWidth(char);
			if (width === 0) {
				// A combining mark belongs to the cell before it.
				if (cells.length > 0) cells.at(-1).char += char;
				continue;
			}
			cells.push({char, width, style});
			if (width === 2) cells.push({char: '', width: 0, style});
		}
		return cells;
	});
}

/**
 * Applies one SGR parameter list ("1;31", "38;5;208", "38:2::10:20:30") to a style, returning a new style.
 * @param {typeof plainStyle} current
 * @param {string} parameters
 */
export function applySgr(current, parameters) {
	const style = {...current};
	const codes = parameters === '' ? ['0'] : parameters.split(';');
	for (let index = 0; index < codes.length; index++) {
		const part = String(codes[index]);
		// Colon forms carry a whole extended colour in one parameter.
		if (part.includes(':')) {
			const [kind, ...rest] = part.split(':').map(Number);
			const color = extendedColor(rest.filter(value => !Number.isNaN(value)));
			if (kind === 38) style.fg = color;
			if (kind === 48) style.bg = color;
			continue;
		}
		const code = Number(part);
		if (code === 0) Object.assign(style, plainStyle);
		else if (code === 1) style.bold = true;
		else if (code === 2) style.dim = true;
		else if (code === 3) style.italic = true;
		else if (code === 4) style.underline = true;
		else if (code === 7) style.inverse = true;
		else if (code === 9) style.strike = true;
		else if (code === 21 || code === 22) Object.assign(style, {bold: false, dim: false});
		else if (code === 23) style.italic = false;
		else if (code === 24) style.underline = false;
		else if (code === 27) style.inverse = false;
		else if (code === 29) style.strike = false;
		else if (code >= 30 && code <= 37) style.fg = code - 30;
		else if (code === 39) style.fg = null;
		else if (code >= 40 && code <= 47) style.bg = code - 40;
		else if (code === 49) style.bg = null;
		else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
		else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
		else if (code === 38 || code === 48) {
			const mode = Number(codes[index + 1]);
			const length = mode === 5 ? 1 : mode === 2 ? 3 : 0;
			const color = extendedColor([mode, ...codes.slice(index + 2, index + 2 + length).map(Number)]);
			if (code === 38) style.fg = color;
			else style.bg = color;
			index += 1 + length;
		}
	}
	return style;
}

/** [5, n] → palette index or 256-colour hex; [2, r, g, b] → hex. */
function extendedColor(values) {
	const [mode, ...rest] = values;
	if (mode === 5) return color256(rest[0] ?? 0);
	if (mode === 2) {
		const rgb = rest.slice(-3);
		return `#${rgb.map(value => Math.max(0, Math.min(255, value)).toString(16).padStart(2, '0')).join('')}`;
	}
	return null;
}

function color256(index) {
	if (index < 16) return index;
	if (index >= 232) {
		const level = 8 + (index - 232) * 10;
		return hex(level, level, level);
	}
	const cube = index - 16;
	const level = value => (value === 0 ? 0 : 55 + value * 40);
	return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
}

function hex(red, green, blue) {
	return `#${[red, green, blue].map(value => value.toString(16).padStart(2, '0')).join('')}`;
}

/** Columns a character takes in a terminal: 0 for combining marks, 2 for East Asian wide and emoji. */
export function charWidth(char) {
	const code = char.codePointAt(0);
	if (code === undefined || code < 32) return 0;
	if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
	const wide =
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1f64f) ||
		(code >= 0x1f900 && code <= 0x1f9ff) ||
		(code >= 0x20000 && code <= 0x3fffd);
	return wide ? 2 : 1;
}

function resolveColor(color, fallback) {
	if (color === null || color === undefined) return fallback;
	return typeof color === 'number' ? palette[color] : color;
}

/** Foreground and background a cell is painted with, inverse applied. */
function cellColors(style) {
	let fg = resolveColor(style.fg, defaultForeground);
	let bg = style.bg === null ? null : resolveColor(style.bg, defaultBackground);
	if (style.inverse) [fg, bg] = [bg ?? defaultBackground, fg];
	return {fg, bg};
}

// Which arms of a box-drawing character reach the cell edges: [left, right, up, down]; r = rounded corner.
const boxArms = new Map([
	['─', [1, 1, 0, 0]], ['━', [1, 1, 0, 0]], ['═', [1, 1, 0, 0]],
	['│', [0, 0, 1, 1]], ['┃', [0, 0, 1, 1]], ['║', [0, 0, 1, 1]],
	['┌', [0, 1, 0, 1]], ['┏', [0, 1, 0, 1]], ['╔', [0, 1, 0, 1]],
	['┐', [1, 0, 0, 1]], ['┓', [1, 0, 0, 1]], ['╗', [1, 0, 0, 1]],
	['└', [0, 1, 1, 0]], ['┗', [0, 1, 1, 0]], ['╚', [0, 1, 1, 0]],
	['┘', [1, 0, 1, 0]], ['┛', [1, 0, 1, 0]], ['╝', [1, 0, 1, 0]],
	['├', [0, 1, 1, 1]], ['┤', [1, 0, 1, 1]], ['┬', [1, 1, 0, 1]], ['┴', [1, 1, 1, 0]], ['┼', [1, 1, 1, 1]],
	['╭', [0, 1, 0, 1, 'r']], ['╮', [1, 0, 0, 1, 'r']], ['╰', [0, 1, 1, 0, 'r']], ['╯', [1, 0, 1, 0, 'r']],
	['╴', [1, 0, 0, 0]], ['╶', [0, 1, 0, 0]], ['╵', [0, 0, 1, 0]], ['╷', [0, 0, 0, 1]],
]);
const heavyBoxChars = new Set(['━', '┃', '┏', '┓', '┗', '┛', '═', '║', '╔', '╗', '╚', '╝']);

function boxPath(char, x, y, width, height) {
	const arms = boxArms.get(char);
	const cx = x + width / 2;
	const cy = y + height / 2;
	const [left, right, up, down, rounded] = arms;
	if (rounded) {
		const horizontalEnd = left ? x : x + width;
		const verticalEnd = up ? y : y + height;
		return `M${fixed(horizontalEnd)} ${fixed(cy)}Q${fixed(cx)} ${fixed(cy)} ${fixed(cx)} ${fixed(verticalEnd)}`;
	}
	const parts = [];
	if (left || right) parts.push(`M${fixed(left ? x : cx)} ${fixed(cy)}H${fixed(right ? x + width : cx)}`);
	if (up || down) parts.push(`M${fixed(cx)} ${fixed(up ? y : cy)}V${fixed(down ? y + height : cy)}`);
	return parts.join('');
}

function fixed(value) {
	return Number(value.toFixed(2)).toString();
}

function escapeXml(text) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sameStyle(a, b) {
	return (
		a.fg === b.fg && a.bg === b.bg && a.bold === b.bold && a.dim === b.dim && a.italic === b.italic &&
		a.underline === b.underline && a.inverse === b.inverse && a.strike === b.strike
	);
}

/**
 * Renders a capture as an SVG document.
 * @param {string} capture text from `tmux capture-pane -e -p`
 * @param {{columns: number; rows: number; title?: string; fontSize?: number}} options
 */
export function ansiToSvg(capture, {columns, rows, title = '', fontSize = 15}) {
	const cellWidth = fontSize * 0.6;
	const cellHeight = Math.round(fontSize * 1.3);
	const padding = 12;
	const titleBar = 30;
	const width = Math.ceil(columns * cellWidth + padding * 2);
	const height = Math.ceil(rows * cellHeight + padding * 2 + titleBar);
	const grid = parseAnsi(capture).slice(0, rows);

	const backgrounds = [];
	const texts = [];
	const lines = [];
	grid.forEach((cells, rowIndex) => {
		const top = titleBar + padding + rowIndex * cellHeight;
		const baseline = top + Math.round(fontSize * 1.0);
		let column = 0;
		let run = null;
		const flush = () => {
			if (!run) return;
			const {fg} = cellColors(run.style);
			const attributes = [`fill="${fg}"`];
			if (run.style.bold) attributes.push('font-weight="bold"');
			if (run.style.italic) attributes.push('font-style="italic"');
			if (run.style.dim) attributes.push('fill-opacity="0.55"');
			const xs = run.columns.map(col => fixed(padding + col * cellWidth)).join(' ');
			texts.push(`<text x="${xs}" y="${baseline}" ${attributes.join(' ')}>${escapeXml(run.chars.join(''))}</text>`);
			run = null;
		};
		for (const cell of cells) {
			if (column >= columns) break;
			if (cell.width === 0) continue;
			const x = padding + column * cellWidth;
			const {fg, bg} = cellColors(cell.style);
			if (bg !== null) {
				backgrounds.push(
					`<rect x="${fixed(x)}" y="${top}" width="${fixed(cellWidth * cell.width + 0.5)}" height="${cellHeight}" fill="${bg}"/>`,
				);
			}
			const opacity = cell.style.dim ? ' stroke-opacity="0.55"' : '';
			if (cell.style.underline && cell.char.trim() !== '') {
				lines.push(`<path d="M${fixed(x)} ${baseline + 3}h${fixed(cellWidth * cell.width)}" stroke="${fg}"${opacity}/>`);
			}
			if (cell.style.strike && cell.char.trim() !== '') {
				const middle = top + cellHeight / 2;
				lines.push(`<path d="M${fixed(x)} ${fixed(middle)}h${fixed(cellWidth * cell.width)}" stroke="${fg}"${opacity}/>`);
			}
			if (cell.char === '\u23F8') {
				// ⏸ (pause, "disabled") is missing from most monospace fonts: draw its two bars.
				flush();
				const barWidth = cellWidth * 0.22;
				const barTop = top + cellHeight * 0.25;
				const barHeight = cellHeight * 0.5;
				for (const offset of [0.18, 0.6]) {
					lines.push(`<rect x="${fixed(x + cellWidth * offset)}" y="${fixed(barTop)}" width="${fixed(barWidth)}" height="${fixed(barHeight)}" fill="${fg}"${cell.style.dim ? ' fill-opacity="0.55"' : ''}/>`);
				}
			} else if (boxArms.has(cell.char)) {
				flush();
				const strokeWidth = heavyBoxChars.has(cell.char) || cell.style.bold ? 2 : 1.2;
				lines.push(
					`<path d="${boxPath(cell.char, x, top, cellWidth, cellHeight)}" stroke="${fg}" stroke-width="${strokeWidth}" fill="none"${opacity}/>`,
				);
			} else if (cell.char === ' ') {
				flush();
			} else {
				if (run && !sameStyle(run.style, cell.style)) flush();
				run ??= {style: cell.style, chars: [], columns: []};
				run.chars.push(cell.char);
				run.columns.push(column);
			}
			column += cell.width;
		}
		flush();
	});

	const dots = ['#ff5f57', '#febc2e', '#28c840']
		.map((color, index) => `<circle cx="${20 + index * 20}" cy="${titleBar / 2 + 2}" r="6" fill="${color}"/>`)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" rx="8" fill="${defaultBackground}"/>`,
		`<rect width="${width}" height="${titleBar}" rx="8" fill="#2b2e35"/>`,
		`<rect y="${titleBar - 8}" width="${width}" height="8" fill="#2b2e35"/>`,
		dots,
		`<text x="${width / 2}" y="${titleBar / 2 + 7}" text-anchor="middle" fill="#9da5b4" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13">${escapeXml(title)}</text>`,
		`<g shape-rendering="crispEdges">${backgrounds.join('')}</g>`,
		`<g stroke-linecap="square">${lines.join('')}</g>`,
		`<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="${fontSize}" xml:space="preserve">${texts.join('')}</g>`,
		'</svg>',
		'',
	].join('\n');
}
