// A step taller than the terminal: nine environment variables at 80x24. The rows scroll and the focused
// field is always on screen; no frame is taller than the terminal.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {InputLayer} from '../../../source/ui/input/InputLayer.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {Wizard} from '../../../source/ui/wizard/Wizard.js';
import {keys, renderTerminal, type TestTerminal} from '../terminal.js';
import {memoryServices, temporaryXdg, type XdgDirs} from './harness.js';

const paste = (text: string) => `\u001B[200~${text}\u001B[201~`;

let xdg: XdgDirs;
let terminal: TestTerminal | undefined;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	terminal?.unmount();
	terminal = undefined;
	xdg.restore();
});

const focusedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›'));

describe('a step taller than the terminal', {timeout: 90_000}, () => {
	test('nine environment variables at 80x24 scroll, keeping the focused field on screen', async () => {
		terminal = renderTerminal(
			<InputLayer>
				<Wizard services={memoryServices([])} user="rosa" profile={recasProfile} onExit={() => undefined} />
			</InputLayer>,
			{columns: 80, rows: 24},
		);
		const screen = terminal;
		await screen.waitFor("The cluster guide's first job");
		await screen.press(keys.down, keys.enter);
		for (let step = 3; step <= 5; step++) {
			await screen.press(keys.enter);
			await screen.waitFor(`step ${step}/10`);
		}

		// To "+ add environment variable", then a row per variable: name, value, on to "+ add" again.
		await screen.press(keys.tab, keys.tab, keys.tab);
		for (let variable = 1; variable <= 9; variable++) {
			await screen.press(' ');
			await screen.waitFor(text => focusedLine(text)?.includes(`Env ${variable} name`) ?? false);
			await screen.press(paste(`VAR_${variable}`), keys.tab, paste(`value-${variable}`), keys.tab);
			await screen.waitFor(text => focusedLine(text)?.includes('+ add environment variable') ?? false);
		}

		let frame = screen.lastFrame();
		expect(frame).toContain('more above');
		expect(frame).toContain('VAR_9');
		for (let back = 0; back < 21; back++) {
			await screen.press('\u001B[Z');
		}

		frame = await screen.waitFor(text => focusedLine(text)?.includes('Command') ?? false);
		expect(frame).toContain('more below');
		expect(frame).not.toContain('VAR_9');
		for (const drawn of screen.stdout.frames) {
			expect(drawn.split('\n').length).toBeLessThanOrEqual(24);
		}
	});
});
