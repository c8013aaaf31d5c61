// A job on the server holding escape sequences, C1 controls and bidi overrides in every text field, copied
// into the wizard: every value it brings (command, image, volumes, environment, description) reaches the
// screen as visible text, on every step and in the review, and never acts on the terminal.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {ChronosClient} from '../../../source/chronos/client.js';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {wizardServicesFromClient} from '../../../source/ui/wizard/services.js';
import {recasJob} from '../../helpers/chronos.js';
import {closeTestEmulators, startTestEmulator} from '../../helpers/emulators.js';
import {actingOnTerminal, terminalAttack} from '../../helpers/hostile-chronos.js';
import {keys, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(async () => {
	xdg.restore();
	await closeTestEmulators();
});

function hostileJob(): ChronosJob {
	const job = recasJob('rosa-evil-train', 'rosa');
	return {
		...job,
		description: `notes${terminalAttack}`,
		command: `python3 train.py${terminalAttack}`,
		container: {
			type: 'mesos',
			image: `registry-clustergpu.recas.ba.infn.it/rosa/train${terminalAttack}`,
			volumes: [{hostPath: `/lustre/home/rosa/data${terminalAttack}`, containerPath: `/data${terminalAttack}`, mode: 'RW'}],
		},
		environmentVariables: [{name: `MODEL${terminalAttack}`, value: `bert${terminalAttack}`}],
	};
}

/** Everything the wizard has drawn, without the plain colours ink itself writes. */
function everythingDrawn(frames: string[]): string {
	return frames.join('').replaceAll(/\u001B\[[\d;]*m/g, '');
}

describe('a clone of a hostile job in the wizard', {timeout: 60_000}, () => {
	test('shows every copied value visibly, on every step and in the review', async () => {
		const emulator = await startTestEmulator({seed: 'none'});
		const client = new ChronosClient({url: emulator.url, retries: 0});
		await client.addScheduledJob(hostileJob());
		const wizard = startWizard(wizardServicesFromClient(client));
		await waitForScreen(wizard.screen, 'A copy of one of my jobs');
		await wizard.press(keys.down, keys.down, keys.enter);
		await waitForScreen(wizard.screen, 'rosa-evil-train');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Kind of job');
		const screens: string[] = [];
		// Copied values the job model refuses are replaced, field by field, so the wizard can go on to the end.
		const safeValues: Array<[label: RegExp, value: string]> = [
			[/› Image/, 'registry-clustergpu.recas.ba.infn.it/rosa/train:1'],
			[/› Env 1 name/, 'MODEL'],
		];
		for (let step = 0; step < 30 && !wizard.screen().includes('Submit'); step++) {
			if (wizard.screen().includes('▸ folded')) {
				// The advanced fields (description, owner) are shown too.
				await wizard.press(keys.space);
				screens.push(wizard.screen());
			}

			await wizard.press(keys.enter);
			const screen = wizard.screen();
			screens.push(screen);
			const safe = safeValues.find(([label]) => label.test(screen));
			if (screen.includes('Fix the marked field first') && safe) {
				await wizard.press(keys.ctrlU);
				await wizard.type(safe[1]);
			}
		}

		expect(wizard.screen()).toContain('Submit');
		const seen = screens.join('\n').replaceAll(/\s+/g, '');
		// Each copied value, with the attack spelled out in visible characters.
		const shown = '␛]52;c;aGVsbG8=␇␛]0;owned␇␛[2J␛[?1049l␛[31m<U+009B>8m<U+202E>';
		for (const value of ['train', 'python3train.py', 'MODEL', 'bert', '/lustre/home/rosa/data', '/data', 'notes']) {
			expect(seen, value).toContain(`${value}${shown}`);
		}

		const drawn = wizard.frames.join('');
		expect(everythingDrawn(wizard.frames)).not.toMatch(actingOnTerminal);
		// Colours are ink's own; hidden text and C1 controls never are.
		expect(drawn).not.toContain('\u001B[8m');
		expect(drawn).not.toContain('\u009B');
	});
});
