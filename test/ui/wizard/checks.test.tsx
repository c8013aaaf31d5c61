// Each bad input shows its message where it was typed, and the wizard does not move on past an error.
// Screens are reached by resuming a saved draft, which is also how a user comes back to an interrupted job.
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {firstJobTemplate} from '../../../source/jobs/defaults.js';
import {jobToJson} from '../../../source/jobs/io.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {draftFromJob, type StepId, type WizardDraft} from '../../../source/ui/wizard/draft.js';
import {DraftSession, listDrafts} from '../../../source/ui/wizard/draft-store.js';
import {ChronosError} from '../../../source/chronos/errors.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

const firstJob = firstJobTemplate(recasProfile, 'rosa');
const existing: ChronosJob[] = [{...firstJob, name: 'rosa-train', command: 'python3 /lustre/rosa/train.py'}];

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

function saveDraft(step: StepId, changes: Partial<WizardDraft> = {}): string {
	const session = DraftSession.create();
	session.update({...draftFromJob(firstJob, "the guide's first job"), ...changes, step});
	session.flush();
	return session.file;
}

async function resumeAt(step: StepId, changes: Partial<WizardDraft> = {}, services = memoryServices(existing)) {
	saveDraft(step, changes);
	const wizard = startWizard(services);
	await waitForScreen(wizard.screen, 'Resume draft');
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, `step ${['start', 'kind', 'name', 'image', 'command', 'resources', 'volumes', 'when', 'advanced', 'review'].indexOf(step) + 1}/10`);
	// The server's job list arrives asynchronously; checks against it need it.
	await new Promise(resolve => {
		setTimeout(resolve, 50);
	});
	return {wizard, services};
}

describe('the wizard checks every field as it is typed', {timeout: 60_000}, () => {
	test('ctrl+w deletes the last word and ctrl+u clears the field, as in a shell', async () => {
		const {wizard} = await resumeAt('name', {name: ''});
		await wizard.type('rosa-train resnet');
		await wizard.press(keys.ctrlW);
		expect(wizard.screen()).toMatch(/Name\s+rosa-train\s*$/m);
		await wizard.press(keys.ctrlU);
		await wizard.type('rosa-bert');
		expect(wizard.screen()).toMatch(/Name\s+rosa-bert\s*$/m);
		expect(wizard.text()).not.toContain('rosa-trainu');
	});

	test('a name with spaces or without the username prefix is refused, with a corrected suggestion', async () => {
		const {wizard} = await resumeAt('name', {name: ''});
		await wizard.type('my job');
		expect(wizard.text()).toContain("'my job' contains spaces, which Chronos refuses");
		expect(wizard.text()).toContain("try 'rosa-my-job'");
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 3/10');
		expect(wizard.text()).toContain('✗ Fix the marked field first');
		await wizard.erase('my job'.length);
		await wizard.type('training');
		expect(wizard.text()).toContain("must start with your username and a dash, 'rosa-'");
	});

	test('a name already on the server only continues as an explicit "replace my job"', async () => {
		const {wizard} = await resumeAt('name', {name: ''});
		await wizard.type('rosa-train');
		await waitForScreen(wizard.screen, 'a job named rosa-train already exists on your Chronos');
		expect(wizard.text()).toContain('[ ] no (space: replace my job rosa-train)');
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 3/10');
		await wizard.press(keys.tab, keys.space);
		expect(wizard.text()).toContain('[x] yes, replace my job rosa-train');
		expect(wizard.text()).toContain('submitting replaces it');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 4/10');

		// Changing the name withdraws the agreement: it was about rosa-train only.
		await wizard.press(keys.esc);
		await wizard.erase(1);
		expect(wizard.text()).not.toContain('Replace it?');
		await wizard.type('n');
		expect(wizard.text()).toContain('[ ] no (space: replace my job rosa-train)');
	});

	test('an image without a version tag is a warning, a malformed one an error', async () => {
		const {wizard} = await resumeAt('image', {image: ''});
		await wizard.type('registry-clustergpu.recas.ba.infn.it/rosa/pytorch:latest');
		expect(wizard.text()).toContain('which can change between runs: pin a version tag');
		await wizard.erase(':latest'.length + 14);
		await wizard.type('Bad Image!');
		expect(wizard.text()).toContain('is not an image reference');
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 4/10');
	});

	test('resources: sizes with units are shown in MB, and values beyond one node are refused', async () => {
		const {wizard} = await resumeAt('resources');
		await wizard.erase(1);
		await wizard.type('9');
		expect(wizard.text()).toContain('9 GPUs is more than one node has: at most 4');
		await wizard.erase(1);
		await wizard.type('2');
		await wizard.press(keys.tab, keys.tab);
		await wizard.erase('1024'.length);
		await wizard.type('lots');
		expect(wizard.text()).toContain("'lots' is not a size");
		await wizard.erase('lots'.length);
		await wizard.type('1.5G');
		expect(wizard.text()).toContain('= 1536 MB (1.5 GB)');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 7/10');
	});

	test('volumes: paths outside lustre are warned about, directories complete with tab, space flips RW/RO', async () => {
		const local = mkdtempSync(path.join(tmpdir(), 'chronos-volumes-'));
		mkdirSync(path.join(local, 'datasets'));
		try {
			const {wizard} = await resumeAt('volumes');
			await wizard.press(keys.space);
			await wizard.type(`${local}/dat`);
			expect(wizard.text()).toContain('datasets');
			await wizard.press(keys.tab);
			expect(wizard.text()).toContain(`${local}/datasets/`);
			expect(wizard.text()).toContain("is outside the site's storage (/lustre, /lustrehome)");
			// Typing goes on at the end of the completed path.
			await wizard.type('train');
			expect(wizard.text()).toContain(`${local}/datasets/train`);
			await wizard.erase(`${local}/datasets/train`.length);
			await wizard.type('/lustre/rosa/no-such-dir');
			expect(wizard.text()).toContain('does not exist on this machine');
			await wizard.press(keys.tab, keys.tab, keys.space);
			expect(wizard.text()).toContain('(•) RO read-only');
			await wizard.press(keys.enter); // a warning does not hold the user back
			await waitForScreen(wizard.screen, 'step 8/10');
		} finally {
			rmSync(local, {recursive: true, force: true});
		}
	});

	test('when: an impossible start date and an unknown period are explained', async () => {
		const {wizard} = await resumeAt('when', {kind: 'schedule', every: '1d', times: ''});
		await wizard.type('2026-13-01 10:00');
		expect(wizard.text()).toContain('has month 13');
		await wizard.erase('2026-13-01 10:00'.length);
		await wizard.type('2026-12-01 10:00');
		await wizard.press(keys.tab);
		await wizard.erase(2);
		await wizard.type('soon');
		expect(wizard.text()).not.toContain('In words');
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 8/10');
		expect(wizard.text()).toContain('✗');
	});
});

describe('problems hidden in the folded Advanced step', {timeout: 60_000}, () => {
	test('enter unfolds Advanced and points at the field to fix', async () => {
		const {wizard} = await resumeAt('advanced', {constraints: 'rack SOMETIMES gpu'});
		expect(wizard.text()).toContain('▸ folded');
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 9/10');
		expect(wizard.text()).toContain('▾ shown');
		expect(wizard.text()).toMatch(/› Constraints +rack SOMETIMES gpu/);
		expect(wizard.text()).toContain('✗ Fix the marked field first');
	});

	test('a problem no screen shows is spelt out with its field', async () => {
		const {wizard} = await resumeAt('advanced', {rest: {uris: ['http://a/x'], fetch: [{uri: 'http://a/y'}]}});
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 9/10');
		expect(wizard.text()).toMatch(/✗ (uris|fetch): /);
	});
});

describe('review, submit and drafts', {timeout: 60_000}, () => {
	test('Submit is impossible while the job is invalid', async () => {
		const {wizard, services} = await resumeAt('review', {mem: 'lots'});
		expect(wizard.text()).toContain('✗ 1 error');
		expect(wizard.text()).toContain('Submit (off)');
		// A 24-row terminal, one problem shown: 9 lines of JSON fit.
		expect(wizard.text()).toContain('lines 1-9 of 22');
		await wizard.press(keys.down, keys.down);
		expect(wizard.text()).toContain('lines 3-11 of 22');
		// Enter would not submit, so the focus starts on Back, the way to the errors; never on Cancel.
		expect(wizard.screen()).toContain('[Back]');
		await wizard.press(keys.right, keys.right, keys.enter); // Submit (off), past Cancel
		expect(wizard.screen()).toContain('[Submit (off)]');
		expect(services.submitted).toEqual([]);
		expect(wizard.text()).toContain('step 10/10');
		expect(wizard.text()).toContain('Submit is off until the errors above are fixed');
	});

	test('a refused submit shows Chronos’ reason and keeps the draft; a successful one removes it', async () => {
		const services = memoryServices(existing);
		services.failNext = new ChronosError('http', 'Chronos answered 400: requirement failed: bad schedule', {status: 400});
		const {wizard} = await resumeAt('review', {}, services);
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos refused the job: Chronos answered 400: requirement failed: bad schedule');
		expect(listDrafts()).toHaveLength(1);

		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Chronos created rosa-my-first-job-submission');
		await wizard.press(keys.enter);
		wizard.unmount();
		expect(listDrafts()).toHaveLength(0);
		expect(services.submitted.map(job => job.name)).toEqual(['rosa-my-first-job-submission']);
	});

	test('a draft is saved on each step and offered back on the next start', async () => {
		const first = startWizard(memoryServices(existing));
		await waitForScreen(first.screen, 'A blank job');
		await first.press(keys.enter, keys.enter);
		await waitForScreen(first.screen, 'step 3/10');
		await first.type('rosa-half-done');
		await first.press(keys.enter);
		await waitForScreen(first.screen, 'step 4/10');
		first.unmount();

		const second = startWizard(memoryServices(existing));
		await waitForScreen(second.screen, 'Resume draft: rosa-half-done (at Container image');
		await second.press(keys.enter);
		await waitForScreen(second.screen, 'step 4/10');
		await second.press(keys.esc);
		expect(second.screen()).toContain('rosa-half-done');
		expect(listDrafts()).toHaveLength(1);
	});

	test('Save JSON writes the reviewed document; Save as template offers it on the next start', async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'chronos-save-'));
		try {
			const {wizard} = await resumeAt('review');
			await wizard.press(keys.right, keys.enter); // Save JSON, beside Submit
			await waitForScreen(wizard.screen, 'Save to: rosa-my-first-job-submission.json');
			await wizard.erase('rosa-my-first-job-submission.json'.length);
			const target = path.join(folder, 'first.json');
			await wizard.type(target);
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `✓ Saved to ${target}`);
			expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(JSON.parse(jobToJson(firstJob)));

			await wizard.press(keys.right, keys.right, keys.enter); // Save as template
			await waitForScreen(wizard.screen, 'Save template as: rosa-my-first-job-submission');
			await wizard.erase('rosa-my-first-job-submission'.length);
			await wizard.type('gpu-check');
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, 'gpu-check.yaml');
			await wizard.press(keys.right, keys.right, keys.enter); // Cancel
			await waitForScreen(wizard.screen, 'Discard this job?');
			expect(wizard.exits).toEqual([]);
			await wizard.press(keys.right, keys.right, keys.enter); // Discard the draft
			expect(wizard.exits).toMatchObject([{discarded: true}]);
			wizard.unmount();
			expect(listDrafts()).toHaveLength(0);

			const next = startWizard(memoryServices(existing));
			await waitForScreen(next.screen, 'Template: gpu-check');
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});

	test('the first-job template needs nothing but enter to reach a valid review', async () => {
		const services = memoryServices([]);
		const wizard = startWizard(services);
		await waitForScreen(wizard.screen, "The cluster guide's first job");
		await wizard.press(keys.down, keys.enter);
		await waitForScreen(wizard.screen, 'step 2/10');
		for (let step = 2; step < 10; step++) await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 10/10');
		expect(wizard.text()).toContain('✓ valid');
		expect(existsSync(listDrafts()[0]?.file ?? '')).toBe(true);
	});
});
