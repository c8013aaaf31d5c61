// The wizard wired to a real ChronosClient and the emulator over HTTP with a password: the job list feeds the
// collision check and the parents, and a dependent job lands on the server with its parents.
import {keptOutputOf} from '../../../source/output/wrapper.js';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {ChronosClient} from '../../../source/chronos/client.js';
import {startEmulator, type RunningEmulator} from '../../../source/emulator/server.js';
import {firstJobTemplate} from '../../../source/jobs/defaults.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {wizardServicesFromClient} from '../../../source/ui/wizard/services.js';
import {startBlankJob} from '../../helpers/wizard-steps.js';
import {keys, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

const credentials = {user: 'rosa', password: 'not-on-screen-7'};
let emulator: RunningEmulator;
let xdg: XdgDirs;

beforeEach(async () => {
	xdg = temporaryXdg();
	emulator = await startEmulator({seed: 'none', credentials});
	const client = new ChronosClient({url: emulator.url, ...credentials});
	await client.saveJob(firstJobTemplate(recasProfile, 'rosa'));
});

afterEach(async () => {
	await emulator.close();
	xdg.restore();
});

describe('the wizard against Chronos over HTTP', {timeout: 60_000}, () => {
	test('a job that runs after the first job reaches the dependency endpoint with its parent', async () => {
		const services = wizardServicesFromClient(new ChronosClient({url: emulator.url, ...credentials}));
		const wizard = startWizard(services);
		await startBlankJob(wizard, 'after');

		await wizard.type('rosa-my-first-job-submission');
		await waitForScreen(wizard.screen, 'already exists on your Chronos');
		await wizard.erase('submission'.length);
		await wizard.type('follow-up');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 4/10');
		await wizard.press(keys.down, keys.enter); // the image the first job uses
		await waitForScreen(wizard.screen, 'step 5/10');
		await wizard.type('nvidia-smi -L');
		await wizard.press(keys.enter, keys.enter, keys.enter);
		await waitForScreen(wizard.screen, 'step 8/10');
		await waitForScreen(wizard.screen, 'rosa-my-first-job-submission');
		await wizard.press(keys.space, keys.enter, keys.enter);

		await waitForScreen(wizard.screen, 'step 10/10');
		expect(wizard.text()).toContain(`${emulator.url}/v1/scheduler/dependency`);
		expect(wizard.text()).not.toContain(credentials.password);
		// Kept output is on by default for ReCaS: Review shows the command as Chronos will run it.
		expect(wizard.text()).toContain(`"command": "d='/lustrehome/rosa/.chronos-output/'`);
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created rosa-my-first-job-follow-up');
		await wizard.press(keys.enter);
		expect(wizard.exits).toEqual([{submitted: 'rosa-my-first-job-follow-up', savedTo: undefined}]);
		expect(keptOutputOf(emulator.job('rosa-my-first-job-follow-up')!.command)).toEqual({
			command: 'nvidia-smi -L',
			dir: '/lustrehome/rosa/.chronos-output/{job}',
		});
		expect(emulator.job('rosa-my-first-job-follow-up')).toMatchObject({
			parents: ['rosa-my-first-job-submission'],
			container: {image: firstJobTemplate(recasProfile, 'rosa').container?.image},
		});
	});

	test('a job list Chronos refuses to give is reported, and the wizard still works offline', async () => {
		const services = wizardServicesFromClient(new ChronosClient({url: emulator.url, user: 'rosa', password: 'wrong', retries: 0}));
		const wizard = startWizard(services);
		await waitForScreen(wizard.screen, 'A blank job');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Could not load your jobs from Chronos');
		expect(wizard.text()).not.toContain('wrong');
		expect(wizard.text()).toContain('step 2/10');
	});
});
