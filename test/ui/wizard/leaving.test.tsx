// Enter on Review finishes the job, and no way out of the wizard throws a started job away without a question:
// Cancel, ctrl+c and esc on the first step ask, keep the draft by default, and delete it only when told to.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {firstJobTemplate} from '../../../source/jobs/defaults.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {draftFromJob, stepIds, type StepId, type WizardDraft} from '../../../source/ui/wizard/draft.js';
import {DraftSession, listDrafts} from '../../../source/ui/wizard/draft-store.js';
import type {WizardProps} from '../../../source/ui/wizard/Wizard.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

const firstJob = firstJobTemplate(recasProfile, 'rosa');
const name = 'rosa-my-first-job-submission';
const question = 'Discard this job? (the draft is kept unless you say so)';

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

/** The guide's first job resumed from a draft at `step`, as after an interrupted run. */
async function resumeAt(step: StepId, changes: Partial<WizardDraft> = {}, props: Partial<WizardProps> = {}) {
	const session = DraftSession.create();
	session.update({...draftFromJob(firstJob, "the guide's first job"), ...changes, step});
	session.flush();
	const services = memoryServices([]);
	const wizard = startWizard(services, props);
	await waitForScreen(wizard.screen, 'Resume draft');
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, `step ${stepIds.indexOf(step) + 1}/10`);
	return {wizard, services};
}

describe('enter on Review', {timeout: 60_000}, () => {
	test('submits a valid job: the focus is on Submit', async () => {
		const {wizard, services} = await resumeAt('review');
		await waitForScreen(wizard.screen, '✓ valid');
		expect(wizard.screen()).toContain('[Submit]');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, `Chronos created ${name}`);
		expect(services.submitted.map(job => job.name)).toEqual([name]);
		expect(wizard.exits).toEqual([]);
	});

	test('the last value, enter to Review and enter again in one write submit the job', async () => {
		const {wizard, services} = await resumeAt('advanced', {advancedOpen: true});
		// shift+tab from the first field wraps to the last one, Constraints.
		await wizard.press(keys.shiftTab);
		// One read holds the value, the enter that goes on to Review and the enter pressed there.
		await wizard.press(`rack LIKE gpu-.*${keys.enter}${keys.enter}`);
		await waitForScreen(wizard.screen, `Chronos created ${name}`);
		expect(services.submitted[0]).toMatchObject({name, constraints: [['rack', 'LIKE', 'gpu-.*']]});
		expect(wizard.exits).toEqual([]);
	});

	test('of an invalid job goes back to fix it; nothing is submitted or discarded', async () => {
		const {wizard, services} = await resumeAt('review', {mem: 'lots'});
		await waitForScreen(wizard.screen, '✗ 1 error');
		expect(wizard.screen()).toContain('[Back]');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 9/10');
		expect(services.submitted).toEqual([]);
		expect(wizard.exits).toEqual([]);
		expect(listDrafts()).toHaveLength(1);
	});

	test('with --out and no --submit, enter saves to the file asked for', async () => {
		const {wizard} = await resumeAt('review', {}, {out: 'first-job.yaml', submitBlockedReason: 'Submit is off: this run saves to first-job.yaml'});
		expect(wizard.screen()).toContain('[Save YAML]');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Save to: first-job.yaml');
	});
});

describe('leaving a started job asks first', {timeout: 60_000}, () => {
	test('Cancel asks; enter keeps the draft and leaves', async () => {
		const {wizard} = await resumeAt('review');
		await wizard.press(keys.left, keys.enter); // Cancel, left of Submit
		await waitForScreen(wizard.text, question);
		expect(wizard.screen()).toContain('[Keep the draft and leave]');
		expect(wizard.exits).toEqual([]);
		await wizard.press(keys.enter);
		expect(wizard.exits).toHaveLength(1);
		expect(wizard.exits[0]!.discarded).toBeUndefined();
		expect(wizard.exits[0]!.draftKept).toBe(listDrafts()[0]?.file);
		expect(listDrafts().map(saved => saved.draft.name)).toEqual([name]);
	});

	test('esc in the question goes back to the review as it was', async () => {
		const {wizard} = await resumeAt('review');
		await wizard.press(keys.left, keys.enter);
		await waitForScreen(wizard.text, question);
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, '✓ valid');
		expect(wizard.screen()).toContain('[Cancel]');
		expect(wizard.exits).toEqual([]);
		expect(listDrafts()).toHaveLength(1);
	});

	test('only "Discard the draft" deletes it', async () => {
		const {wizard} = await resumeAt('review');
		await wizard.press(keys.left, keys.enter);
		await waitForScreen(wizard.text, question);
		await wizard.press(keys.right, keys.right, keys.enter);
		expect(wizard.exits).toEqual([{discarded: true}]);
		expect(listDrafts()).toEqual([]);
	});

	test('ctrl+c on a step asks too, and a second ctrl+c leaves with the draft kept', async () => {
		const {wizard} = await resumeAt('command');
		await wizard.press('\u0003');
		await waitForScreen(wizard.text, question);
		expect(wizard.exits).toEqual([]);
		await wizard.press('\u0003');
		expect(wizard.exits).toHaveLength(1);
		expect(wizard.exits[0]!.draftKept).toBeDefined();
		expect(listDrafts()).toHaveLength(1);
	});

	test('a burst of ctrl+c and enter leaves with the draft kept, never discarded', async () => {
		const {wizard} = await resumeAt('review');
		await wizard.press(`\u0003${keys.enter}`);
		expect(wizard.exits).toHaveLength(1);
		expect(wizard.exits[0]!.discarded).toBeUndefined();
		expect(listDrafts()).toHaveLength(1);
	});

	test('esc on the first step of a started job asks; with nothing started it just leaves', async () => {
		const {wizard} = await resumeAt('kind');
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, 'What should the new job start from?');
		await wizard.press(keys.esc);
		await waitForScreen(wizard.text, question);
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, 'What should the new job start from?');
		wizard.unmount();

		const fresh = startWizard(memoryServices([]));
		await waitForScreen(fresh.screen, 'A blank job');
		await fresh.press(keys.esc);
		expect(fresh.exits).toEqual([{savedTo: undefined}]);
	});
});
