// The wizard's first steps for a new job, taken as a user takes them: a blank job, when it runs, then its
// name and image. Tests about what comes later start from here.
import {keys, waitForScreen, type TestWizard} from '../ui/wizard/harness.js';

/** The order of the choices on the "When should the job run?" step. */
const whenChoices = ['once', 'schedule', 'after'] as const;

export type When = (typeof whenChoices)[number];

/** From the start screen: a blank job that runs `when`, left on the name step (3). */
export async function startBlankJob(wizard: TestWizard, when: When): Promise<void> {
	await waitForScreen(wizard.screen, 'A blank job');
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, 'When should the job run?');
	await wizard.press(...Array.from({length: whenChoices.indexOf(when)}, () => keys.down), keys.enter);
	await waitForScreen(wizard.screen, 'step 3/10');
}

/** From the name step: the name, then the image, left on the command step (5). */
export async function enterNameAndImage(wizard: TestWizard, name: string, image: string): Promise<void> {
	await wizard.type(name);
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, 'step 4/10');
	await wizard.type(image);
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, 'step 5/10');
}
