// The bundle draws every frame with its own Output (source/build/ink-output.ts) instead of ink's: it must
// put exactly the same text on screen as ink's would, frame after frame, while it reuses what it remembers
// from the frames before. Each frame here is drawn by both, from the same operations, and compared.
import {build, type Metafile} from 'esbuild';
import {describe, expect, test} from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import {bundleOptions} from '../../source/build/bundle.js';
import RememberingOutput from '../../source/build/ink-output.js';

type Transformer = (line: string, index: number) => string;
type Operation =
	| {kind: 'write'; x: number; y: number; text: string; transformers?: Transformer[]}
	| {kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number}
	| {kind: 'unclip'};

interface Frame {
	width: number;
	height: number;
	operations: Operation[];
}

function draw(OutputClass: typeof InkOutput | typeof RememberingOutput, frame: Frame): string {
	const output = new OutputClass({width: frame.width, height: frame.height});
	for (const operation of frame.operations) {
		if (operation.kind === 'write') output.write(operation.x, operation.y, operation.text, {transformers: operation.transformers ?? []});
		else if (operation.kind === 'clip') output.clip({x1: operation.x1, x2: operation.x2, y1: operation.y1, y2: operation.y2});
		else output.unclip();
	}

	const {output: text, height} = output.get();
	return `${height}\n${text}`;
}

function expectSameAsInk(frame: Frame): void {
	expect(draw(RememberingOutput, frame)).toBe(draw(InkOutput, frame));
}

const green = (text: string) => `\u001B[32m${text}\u001B[39m`;
const inverse = (text: string) => `\u001B[7m${text}\u001B[27m`;
const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const dim = (text: string) => `\u001B[2m${text}\u001B[22m`;
const link = (text: string) => `\u001B]8;;https://example.org\u0007${text}\u001B]8;;\u0007`;
const colourLines: Transformer = (line, index) => (index % 2 === 0 ? green(line) : line);
const upper: Transformer = line => line.toUpperCase();

const samples = [
	'plain ascii text',
	`${green('✓ ok')} alice-train-resnet`,
	inverse('› selected row, full width                '),
	`${bold('bold')}${dim('dim')}${bold(dim('both'))} after`,
	'日本語のジョブ名 wide',
	'emoji 🚀 and flags 🇮🇹 and e\u0301 combined',
	'zero\u200Bwidth\u200D joiners and \u2060 invisible',
	`${green('two\nlines')} styled across a newline`,
	'tab\there is kept as ink keeps it',
	link('a hyperlink'),
	'',
	'x'.repeat(70),
];

describe('the bundle draws frames exactly as ink does', () => {
	test.each(samples.map(text => [JSON.stringify(text).slice(0, 40), text]))('one text: %s', (_name, text) => {
		for (const x of [0, 3, 55, -2]) {
			expectSameAsInk({width: 60, height: 4, operations: [{kind: 'write', x, y: 1, text}]});
		}
	});

	test('every character up to the symbol blocks, plain and coloured, alone on a row and beside others', () => {
		for (let first = 0x20; first < 0x2d00; first += 64) {
			const block = Array.from({length: 64}, (_, offset) => first + offset)
				.filter(code => code < 0xd800 || code > 0xdfff)
				.map(code => String.fromCharCode(code))
				.join('');
			expectSameAsInk({
				width: 80,
				height: 4,
				operations: [
					{kind: 'write', x: 0, y: 0, text: block},
					{kind: 'write', x: 2, y: 1, text: green(block)},
					{kind: 'write', x: 0, y: 2, text: `·${bold(block)}`},
					{kind: 'write', x: 4, y: 2, text: 'over'},
					{kind: 'write', x: 1, y: 3, text: `\u001B[1;32m${block.slice(0, 10)}\u001B[m${block.slice(10, 20)}\u001B[38;5;200m▶\u001B[0m`},
				],
			});
		}
	}, 60_000);

	test('overlapping writes, wide characters cut in half on either side', () => {
		expectSameAsInk({
			width: 20,
			height: 2,
			operations: [
				{kind: 'write', x: 0, y: 0, text: '日本語日本語日本語'},
				{kind: 'write', x: 3, y: 0, text: green('ab')},
				{kind: 'write', x: 8, y: 0, text: 'c'},
				{kind: 'write', x: 0, y: 1, text: 'abcdefgh'},
				{kind: 'write', x: 1, y: 1, text: '語'},
				{kind: 'write', x: 2, y: 1, text: inverse('語')},
			],
		});
	});

	test('clips: vertical, horizontal (cutting wide characters), nested, empty, and text outside them', () => {
		const lines = `${green('日本語 first line')}\nsecond line is longer\n${inverse('third')}\nfourth`;
		expectSameAsInk({
			width: 30,
			height: 8,
			operations: [
				{kind: 'clip', y1: 1, y2: 6},
				{kind: 'write', x: 0, y: 0, text: lines},
				{kind: 'clip', x1: 3, x2: 12, y1: 2, y2: 8},
				{kind: 'write', x: 1, y: 3, text: lines},
				{kind: 'write', x: 20, y: 3, text: 'right of the clip'},
				{kind: 'clip', x1: 5, x2: 5},
				{kind: 'write', x: 0, y: 4, text: 'inside an empty clip'},
				{kind: 'unclip'},
				{kind: 'unclip'},
				{kind: 'write', x: 0, y: 7, text: 'below the outer clip'},
				{kind: 'unclip'},
				{kind: 'write', x: 0, y: 7, text: 'no clip'},
			],
		});
	});

	test('transformers see each line with its index, counted from where the text starts', () => {
		expectSameAsInk({
			width: 30,
			height: 6,
			operations: [
				{kind: 'clip', y1: 2, y2: 5},
				{kind: 'write', x: 2, y: 0, text: 'one\ntwo\nthree\nfour\nfive\nsix', transformers: [upper, colourLines]},
				{kind: 'unclip'},
			],
		});
	});

	test('writes past the right edge and off the bottom', () => {
		expectSameAsInk({
			width: 10,
			height: 2,
			operations: [
				{kind: 'write', x: 6, y: 0, text: 'beyond the edge'},
				{kind: 'write', x: 12, y: 1, text: 'after a gap'},
				{kind: 'write', x: 0, y: 5, text: 'off screen'},
			],
		});
	});

	test('frame after frame: a list scrolling, paging and changing its selection, with remembered rows', () => {
		const rows = Array.from({length: 200}, (_, index) =>
			`${index % 3 === 0 ? green('✓ ok   ') : '• idle '} job-${String(index).padStart(4, '0')} ${index % 7 === 0 ? '日本' : 'gpu'} ${'.'.repeat(index % 11)}`);
		let previous = '';
		for (const [selected, offset] of [[0, 0], [1, 0], [2, 0], [12, 1], [13, 2], [13, 12], [25, 12], [0, 0], [12, 1]] as const) {
			const operations: Operation[] = [{kind: 'write', x: 0, y: 0, text: bold(`jobs ${selected}/${rows.length}`)}, {kind: 'clip', y1: 1, y2: 13}];
			for (let line = 0; line < 12; line++) {
				const text = rows[offset + line]!;
				operations.push({kind: 'write', x: 2, y: line + 1, text: offset + line === selected ? inverse(text) : text});
			}

			operations.push({kind: 'unclip'});
			const frame = {width: 50, height: 14, operations};
			const drawn = draw(RememberingOutput, frame);
			expect(drawn).toBe(draw(InkOutput, frame));
			expect(drawn).not.toBe(previous);
			previous = drawn;
		}
	});

	test('random frames from a shared pool of texts, sizes and clips', () => {
		let seed = 11;
		const random = (below: number) => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed % below;
		};

		const pool = [...samples, ...samples.map(text => green(text)), ...samples.map(text => inverse(text.slice(0, 12)))];
		for (let frameIndex = 0; frameIndex < 300; frameIndex++) {
			const width = 8 + random(40);
			const height = 1 + random(8);
			const operations: Operation[] = [];
			let open = 0;
			for (let step = random(12); step > 0; step--) {
				const choice = random(10);
				if (choice < 7) {
					const transformers = random(4) === 0 ? [colourLines] : random(6) === 0 ? [upper, colourLines] : [];
					operations.push({kind: 'write', x: random(width + 4) - 2, y: random(height + 2) - 1, text: pool[random(pool.length)]!, transformers});
				} else if (choice < 9) {
					const [x1, y1] = [random(width), random(height)];
					operations.push(random(2) === 0
						? {kind: 'clip', y1, y2: y1 + random(height)}
						: {kind: 'clip', x1, x2: x1 + random(width), y1, y2: y1 + random(height)});
					open++;
				} else if (open > 0) {
					operations.push({kind: 'unclip'});
					open--;
				}
			}

			expectSameAsInk({width, height, operations});
		}
	});
});

test('the bundle draws with it: ink\'s own Output is not in the program', async () => {
	const result = await build({...bundleOptions(), entryPoints: [{in: 'source/program.ts', out: 'chronos-tui'}], write: false, metafile: true, logLevel: 'silent'});
	const inputs = Object.keys((result.metafile as Metafile).inputs);
	expect(inputs).toContain('source/build/ink-output.ts');
	expect(inputs).not.toContain('node_modules/ink/build/output.js');
	expect(inputs).toContain('node_modules/ink/build/renderer.js');
}, 60_000);
