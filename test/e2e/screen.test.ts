// What the screen shows in a real terminal (tmux) at 80x24 and 200x50: the selection bar and the
// dependency tree, drawn by the built program against an emulator in this process.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {startTestChronos} from './chronos.js';
import {endProgramTest, skipMessage, startProgram} from './program.js';
import {tmuxAvailable} from './tmux.js';

const sizes = [
	{width: 80, height: 24},
	{width: 200, height: 50},
];

/** Inverse video on (SGR 7), alone or among other attributes. */
const inverse = /\u001B\[(?:[\d;]*;)?7(?:;[\d;]*)?m/;
const withoutEscapes = (text: string) => text.replaceAll(/\u001B\[[\d;]*m/g, '');

async function openDashboard(width: number, height: number, env: Record<string, string> = {}) {
	const {chronos} = await startTestChronos();
	const {terminal} = await startProgram({width, height, chronos, env});
	await terminal.waitFor('e2e-resnet50');
	return terminal;
}

describe.skipIf(!tmuxAvailable()).each(sizes)('screen at $width x $height', ({width, height}) => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test('the selected job is an inverse-video bar across the whole width, NO_COLOR too', async () => {
		const terminal = await openDashboard(width, height, {NO_COLOR: '1'});
		await terminal.sendKeys('j');
		const screen = await terminal.waitUntil(
			text => withoutEscapes(text).split('\n').some(line => line.startsWith('› ') && line.includes('e2e-cifar10-evaluate')),
			'the cursor on the second job',
			{colours: true},
		);
		const lines = screen.split('\n');
		const selected = lines.filter(line => inverse.test(line));
		expect(selected, screen).toHaveLength(1);
		expect(withoutEscapes(selected[0]!)).toMatch(/^› .*e2e-cifar10-evaluate/);
		// The bar reaches the right edge: the attribute is still on for the last cell of the line.
		const lastOn = selected[0]!.lastIndexOf('\u001B[');
		expect(selected[0]!.slice(lastOn)).toMatch(/^\u001B\[(?:[\d;]*;)?7(?:;[\d;]*)?m/);
		expect([...withoutEscapes(selected[0]!).trimEnd()].length).toBeLessThanOrEqual(width);
	}, 30_000);

	test('t shows the pipeline as a tree, the job keys act on its lines, t goes back', async () => {
		const terminal = await openDashboard(width, height);
		await terminal.sendKeys('t');
		const tree = await terminal.waitFor('UNDER THE JOBS IT WAITS FOR');
		const lines = tree.split('\n');
		const preprocess = lines.findIndex(line => /\w\s+e2e-cifar10-preprocess/.test(line));
		expect(preprocess, tree).toBeGreaterThan(0);
		expect(lines[preprocess + 1]).toMatch(/\w\s+└─ e2e-cifar10-train/);
		expect(lines[preprocess + 2]).toMatch(/\w\s+ {3}└─ e2e-cifar10-evaluate/);
		expect(lines.every(line => [...line].length <= width)).toBe(true);

		await terminal.sendKeys('g');
		await terminal.waitFor(/› \S \w+\s+e2e-cifar10-preprocess/);
		await terminal.sendKeys('j');
		await terminal.waitFor(/› \S \w+\s+└─ e2e-cifar10-train/);
		await terminal.sendKeys('s');
		await terminal.waitFor('Stop e2e-cifar10-train?');
		await terminal.sendKeys('Escape');
		await terminal.waitForGone('Stop e2e-cifar10-train?');
		await terminal.sendKeys('Enter');
		await terminal.waitFor(/e2e-cifar10-train.*\[fields\]/);
		await terminal.sendKeys('Escape');
		await terminal.waitFor('UNDER THE JOBS IT WAITS FOR');
		await terminal.sendKeys('t');
		await terminal.waitFor('NAME↓');
	}, 30_000);
});

test.runIf(!tmuxAvailable())('screen end-to-end tests need tmux', () => {
	console.warn(skipMessage);
});
