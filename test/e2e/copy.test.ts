// `y` inside tmux, as most users on the frontend run it: tmux (default options) drops an OSC 52 wrapped for
// passthrough, so the copy must land in tmux's paste buffer, and the status must say only what happened.
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {startTestChronos} from './chronos.js';
import {endProgramTest, skipMessage, startProgram} from './program.js';
import {tmuxAvailable} from './tmux.js';

describe.skipIf(!tmuxAvailable())('copy inside tmux', () => {
	beforeAll(() => {
		assertBuilt();
	});
	afterEach(endProgramTest);

	test('y puts the job JSON in the tmux paste buffer and says so', async () => {
		const {chronos} = await startTestChronos();
		const {terminal} = await startProgram({width: 120, height: 30, chronos});
		await terminal.waitFor('e2e-resnet50');
		await terminal.sendKeys('g');
		await terminal.waitFor(/› .*e2e-bert/);
		await terminal.sendKeys('y');
		const screen = await terminal.waitFor('Copied e2e-bert');
		expect(screen).toContain("in tmux's paste buffer");
		expect(screen).not.toContain('to the clipboard');
		const buffer = JSON.parse(await terminal.tmux('show-buffer')) as {name: string};
		expect(buffer.name).toBe('e2e-bert-finetune-squad');
	}, 60_000);
});

test.runIf(!tmuxAvailable())('copy end-to-end tests need tmux', () => {
	console.warn(skipMessage);
});
