// Saving never replaces a file that is already there without asking: the review offers a free name beside
// it, and only naming the existing file again replaces it. Files the wizard wrote itself are just updated.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {firstJobTemplate} from '../../../source/jobs/defaults.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {draftFromJob} from '../../../source/ui/wizard/draft.js';
import {DraftSession, templatesDirectory} from '../../../source/ui/wizard/draft-store.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

// Every key waits for the screen; a loaded machine needs more than the default time for a whole save dialogue.
vi.setConfig({testTimeout: 60_000});

const firstJob = firstJobTemplate(recasProfile, 'rosa');
let xdg: XdgDirs;
let folder: string;

beforeEach(() => {
	xdg = temporaryXdg();
	folder = mkdtempSync(path.join(tmpdir(), 'chronos-save-'));
});
afterEach(() => {
	xdg.restore();
	rmSync(folder, {recursive: true, force: true});
});

async function atReview(props: Parameters<typeof startWizard>[1] = {}) {
	const session = DraftSession.create();
	session.update({...draftFromJob(firstJob, "the guide's first job"), step: 'review'});
	session.flush();
	const services = memoryServices([]);
	const wizard = startWizard(services, props);
	await waitForScreen(wizard.screen, 'Resume draft');
	await wizard.press(keys.enter);
	await waitForScreen(wizard.screen, 'step 10/10');
	return {wizard, services};
}

const mine = 'my own notes, not a job\n';

describe('Save JSON / Save YAML', () => {
	test('an existing file is kept; enter saves beside it', async () => {
		const target = path.join(folder, 'first.json');
		writeFileSync(target, mine);
		const {wizard} = await atReview();
		await wizard.press(keys.right, keys.enter); // Save JSON, beside Submit
		await waitForScreen(wizard.screen, 'Save to:');
		await wizard.press(keys.ctrlU);
		await wizard.type(target);
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'already exists and was not touched');
		expect(readFileSync(target, 'utf8')).toBe(mine);
		await wizard.press(keys.enter);
		const beside = path.join(folder, 'first-2.json');
		await waitForScreen(wizard.screen, `✓ Saved to ${beside}`);
		expect(JSON.parse(readFileSync(beside, 'utf8'))).toMatchObject({name: 'rosa-my-first-job-submission'});
		expect(readFileSync(target, 'utf8')).toBe(mine);
		wizard.unmount();
	});

	test('naming the existing file again replaces it; esc saves nothing', async () => {
		const target = path.join(folder, 'first.yaml');
		writeFileSync(target, mine);
		const {wizard} = await atReview();
		await wizard.press(keys.right, keys.right, keys.enter); // Save YAML
		await waitForScreen(wizard.screen, 'Save to:');
		await wizard.press(keys.ctrlU);
		await wizard.type(target);
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'already exists and was not touched');
		await wizard.press(keys.esc);
		expect(wizard.screen()).not.toContain('already exists');
		expect(readFileSync(target, 'utf8')).toBe(mine);

		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Save to:');
		await wizard.press(keys.ctrlU);
		await wizard.type(target);
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'already exists and was not touched');
		await wizard.press(keys.ctrlU);
		await wizard.type(target);
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, `✓ Saved to ${target}`);
		expect(readFileSync(target, 'utf8')).toContain('name: rosa-my-first-job-submission');
		wizard.unmount();
	});

	test('a file the wizard wrote itself is updated without a question', async () => {
		const target = path.join(folder, 'again.json');
		const {wizard} = await atReview();
		await wizard.press(keys.right); // Save JSON
		for (let time = 0; time < 2; time++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, 'Save to:');
			await wizard.press(keys.ctrlU);
			await wizard.type(target);
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `✓ Saved to ${target}`);
			// The prompt closed: the second save was not turned into a question.
			expect(wizard.screen()).not.toContain('Save to:');
			expect(wizard.screen()).not.toContain('already exists');
		}

		wizard.unmount();
	});
});

describe('Save as template', () => {
	test('an existing template is kept; enter saves it under a free name', async () => {
		const existing = path.join(templatesDirectory(), 'gpu-check.yaml');
		const {wizard} = await atReview();
		await wizard.press(keys.right, keys.right, keys.right, keys.enter); // Save as template
		await waitForScreen(wizard.screen, 'Save template as:');
		await wizard.press(keys.ctrlU);
		await wizard.type('gpu-check');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'gpu-check.yaml');
		writeFileSync(existing, mine);
		await wizard.unmount();

		const again = await atReview();
		await again.wizard.press(keys.right, keys.right, keys.right, keys.enter);
		await waitForScreen(again.wizard.screen, 'Save template as:');
		await again.wizard.press(keys.ctrlU);
		await again.wizard.type('gpu-check');
		await again.wizard.press(keys.enter);
		await waitForScreen(again.wizard.screen, 'already exists and was not touched');
		expect(again.wizard.screen()).toContain('Save template as: gpu-check-2');
		await again.wizard.press(keys.enter);
		await waitForScreen(again.wizard.screen, 'gpu-check-2.yaml');
		expect(readFileSync(existing, 'utf8')).toBe(mine);
		again.wizard.unmount();
	});
});

describe('new --out after a submit', () => {
	test('a file already at --out is kept and the job is written beside it', async () => {
		const out = path.join(folder, 'out.json');
		writeFileSync(out, mine);
		const {wizard, services} = await atReview({out});
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'already existed and was kept');
		expect(services.submitted).toHaveLength(1);
		expect(readFileSync(out, 'utf8')).toBe(mine);
		expect(JSON.parse(readFileSync(path.join(folder, 'out-2.json'), 'utf8'))).toMatchObject({name: 'rosa-my-first-job-submission'});
		wizard.unmount();
	});
});
