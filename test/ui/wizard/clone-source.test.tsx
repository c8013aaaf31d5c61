// "A copy of one of my jobs…" lists the user's own jobs, and when there are none to list it says why (no
// Chronos configured, Chronos not answering, no job of the user's on it) and what to do instead.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {recasJob} from '../../helpers/chronos.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

/** From the start step to the clone picker: the copy entry is the last of the list. */
async function openClonePicker(wizard: ReturnType<typeof startWizard>): Promise<void> {
	await waitForScreen(wizard.screen, 'A copy of one of my jobs');
	await wizard.press(keys.down, keys.down, keys.enter);
	await waitForScreen(wizard.screen, 'Clone which job?');
}

describe('the clone picker when it has nothing to offer', {timeout: 30_000}, () => {
	test('without a configured Chronos it says there is no server to copy from and how to get one', async () => {
		const services = {...memoryServices(), url: undefined, unavailable: 'no Chronos is configured'};
		const wizard = startWizard(services);
		await openClonePicker(wizard);
		await waitForScreen(wizard.text, 'Nothing to copy: no Chronos is configured.');
		expect(wizard.text()).toContain('`chronos-tui config init`');
		expect(wizard.text()).not.toContain('There are no jobs on your Chronos');
	});

	test('when Chronos cannot be reached it says so, and choosing the entry again asks Chronos again', async () => {
		const services = memoryServices([recasJob('rosa-train', 'rosa')]);
		const listJobs = services.listJobs;
		let failing = true;
		services.listJobs = async () => {
			if (failing) throw new Error('cannot reach Chronos at http://127.0.0.1:4400 (connection refused)\nat stack');
			return listJobs();
		};

		const wizard = startWizard(services);
		await openClonePicker(wizard);
		await waitForScreen(wizard.text, 'Nothing to copy: could not load your jobs from Chronos (cannot reach Chronos at http://127.0.0.1:4400 (connection refused)).');
		expect(wizard.text()).toContain('esc goes back; choose this entry again to ask Chronos again');
		expect(wizard.text()).not.toContain('at stack');

		failing = false;
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, 'What should the new job start from?');
		await openClonePicker(wizard);
		await waitForScreen(wizard.screen, '❯ rosa-train');
	});

	test("lists only the user's own jobs, and says so when Chronos holds only other people's", async () => {
		const others: ChronosJob[] = [recasJob('bert-train', 'bert'), recasJob('carla-eval', 'carla')];
		const wizard = startWizard(memoryServices(others));
		await openClonePicker(wizard);
		await waitForScreen(wizard.text, 'Nothing to copy: none of the 2 jobs on your Chronos is yours');
		expect(wizard.screen()).not.toContain('bert-train');

		const mixed = startWizard(memoryServices([...others, recasJob('rosa-train', 'rosa')]));
		await openClonePicker(mixed);
		await waitForScreen(mixed.screen, '❯ rosa-train');
		expect(mixed.screen()).not.toContain('bert-train');
	});

	test('with no jobs at all it says the Chronos is empty and what to start from instead', async () => {
		const wizard = startWizard(memoryServices());
		await openClonePicker(wizard);
		await waitForScreen(wizard.text, 'Nothing to copy: your Chronos has no jobs yet.');
		expect(wizard.text()).toContain('esc goes back to a blank job or the guide\'s first job');
	});
});
