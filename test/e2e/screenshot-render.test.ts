// The screenshot renderer reads what tmux captures (`capture-pane -e`): these are the escapes it must
// understand for the pictures to show what the terminal showed.
import {describe, expect, test} from 'vitest';
import {ansiToSvg, applySgr, charWidth, palette, parseAnsi, type CellStyle} from '../../screenshots/ansi-to-svg.js';

const plain: CellStyle = {fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, inverse: false, strike: false};

describe('reading SGR escapes', () => {
	test('16 colours, bright colours and resets', () => {
		expect(applySgr(plain, '31').fg).toBe(1);
		expect(applySgr(plain, '92').fg).toBe(10);
		expect(applySgr(plain, '44').bg).toBe(4);
		expect(applySgr(plain, '103').bg).toBe(11);
		expect(applySgr(applySgr(plain, '1;31'), '0')).toEqual(plain);
		expect(applySgr(applySgr(plain, '31'), '39').fg).toBeNull();
		expect(applySgr(plain, '')).toEqual(plain);
	});

	test('bold, dim, italic, underline, inverse, strike and their ends', () => {
		const styled = applySgr(plain, '1;2;3;4;7;9');
		expect(styled).toMatchObject({bold: true, dim: true, italic: true, underline: true, inverse: true, strike: true});
		expect(applySgr(styled, '22;23;24;27;29')).toEqual(plain);
	});

	test('256-colour and RGB forms, with semicolons or colons', () => {
		expect(applySgr(plain, '38;5;208').fg).toBe('#ff8700');
		expect(applySgr(plain, '38;5;3').fg).toBe(3);
		expect(applySgr(plain, '48;2;10;20;30').bg).toBe('#0a141e');
		expect(applySgr(plain, '38:2::255:0:0').fg).toBe('#ff0000');
		// The parameters after an extended colour are read as codes again.
		expect(applySgr(plain, '38;5;208;1')).toMatchObject({fg: '#ff8700', bold: true});
	});
});

describe('laying out cells', () => {
	test('a style carries over to the next line, as in the terminal', () => {
		const rows = parseAnsi('\u001B[32mgreen\nstill\u001B[0m plain');
		expect(rows[1]![0]!.style.fg).toBe(2);
		expect(rows[1]![6]!.style.fg).toBeNull();
	});

	test('wide characters take two columns and combining marks none', () => {
		expect(charWidth('漢')).toBe(2);
		expect(charWidth('a')).toBe(1);
		expect(charWidth('\u0301')).toBe(0);
		const [row] = parseAnsi('漢a');
		expect(row!.map(cell => cell.width)).toEqual([2, 0, 1]);
		expect(parseAnsi('e\u0301')[0]!.map(cell => cell.char)).toEqual(['e\u0301']);
	});

	test('escapes other than SGR are skipped, never shown', () => {
		const [row] = parseAnsi('a\u001B]8;;http://x\u0007b\u001B[2Kc');
		expect(row!.map(cell => cell.char).join('')).toBe('abc');
	});
});

describe('the SVG', () => {
	test('places every character on the grid with its colour, and escapes XML', () => {
		const svg = ansiToSvg('\u001B[31mA<&\u001B[0m', {columns: 10, rows: 2, title: 'x & y'});
		expect(svg).toContain(`fill="${palette[1]}"`);
		expect(svg).toContain('>A&lt;&amp;</text>');
		expect(svg).toContain('x &amp; y');
		expect(svg).toMatch(/<text x="12 21 30"/);
	});

	test('inverse paints the background with the foreground colour', () => {
		const svg = ansiToSvg('\u001B[7;32mX\u001B[0m', {columns: 4, rows: 1});
		expect(svg).toContain(`<rect x="12" y="42" width="9.5" height="20" fill="${palette[2]}"/>`);
	});

	test('box drawing becomes lines, so borders join whatever the font', () => {
		const svg = ansiToSvg('╭─╮\n╰─╯', {columns: 3, rows: 2});
		expect(svg).not.toContain('>╭');
		expect(svg.match(/<path d="M[^"]*Q/g)).toHaveLength(4);
	});

	test('a capture taller than the screen is cut to the screen', () => {
		const svg = ansiToSvg('1\n2\n3\n4', {columns: 2, rows: 2});
		expect(svg).toContain('>2</text>');
		expect(svg).not.toContain('>3</text>');
	});
});
