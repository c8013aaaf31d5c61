// The folded Advanced step, the help panel, and going back without losing anything.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

async function firstJobAt(step: number) {
	const services = memoryServices([]);
	const wizard = startWizard(services);
	await waitForScreen(wizard.screen, "The cluster guide's first job");
	await wizard.press(keys.down, keys.enter);
	await waitForScreen(wizard.screen, 'step 2/10');
	for (let current = 3; current <= step; current++) {
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, `step ${current}/10`);
	}

	return {wizard, services};
}

describe('advanced settings, help and going back', {timeout: 60_000}, () => {
	test('Advanced is folded; unfolded it sets retries, description and constraints', async () => {
		const {wizard, services} = await firstJobAt(9);
		expect(wizard.text()).toContain('▸ folded (space to unfold)');
		expect(wizard.text()).not.toContain('Retries');
		await wizard.press(keys.space);
		expect(wizard.text()).toContain('reruns after a failure; empty = Chronos default 2 (up to 3 runs)');

		await wizard.press(keys.tab);
		await wizard.erase(1);
		await wizard.type('0');
		await wizard.press(keys.tab);
		await wizard.type('checks the GPU');
		await wizard.press(keys.tab, keys.tab, keys.tab);
		await wizard.type('rack SOMETIMES gpu');
		await waitForScreen(wizard.screen, 'SOMETIMES');
		expect(wizard.text()).toMatch(/✗ .*(EQUALS|operator)/);
		await wizard.press(keys.enter);
		expect(wizard.text()).toContain('step 9/10');
		await wizard.erase('SOMETIMES gpu'.length);
		await wizard.type('LIKE gpu-.*');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 10/10');
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created rosa-my-first-job-submission');
		expect(services.submitted[0]).toMatchObject({retries: 0, description: 'checks the GPU', constraints: [['rack', 'LIKE', 'gpu-.*']]});
	});

	test('every label keeps a space before its value, "Allow overlapping runs" included', async () => {
		const {wizard} = await firstJobAt(9);
		await wizard.press(keys.space);
		await waitForScreen(wizard.screen, 'Allow overlapping');
		const lines = wizard.screen().split('\n');
		expect(lines.find(line => line.includes('Allow overlapping'))).toMatch(/ Allow overlapping runs +\[[ x]\]/);
		// The other labels line up with it, each followed by spaces before the value.
		expect(lines.find(line => line.includes('Retries'))).toMatch(/ {2}Retries {16}/);
	});

	test('? opens the keys of the step on every step, lists included, and esc gives the step back as it was', async () => {
		const services = memoryServices([]);
		const wizard = startWizard(services);
		await waitForScreen(wizard.screen, "The cluster guide's first job");
		await wizard.press(keys.down, '?');
		expect(wizard.text()).toContain('Keys in the wizard');
		expect(wizard.text()).toContain('Move in the list');
		await wizard.press(keys.esc);
		expect(wizard.screen()).toMatch(/❯ The cluster guide's first job/);
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 2/10');
		await wizard.press('?');
		expect(wizard.text()).toContain('Keys in the wizard');
		await wizard.press('?');
		for (let current = 3; current <= 10; current++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `step ${current}/10`);
		}

		await wizard.press(keys.left, keys.left, '?'); // Back, past Cancel
		expect(wizard.text()).toContain('Press the highlighted button');
		await wizard.press(keys.esc);
		expect(wizard.screen()).toContain('[Back]');
		expect(wizard.exits).toEqual([]);
	});

	test('with sh -c off the arguments go to the job as a list', async () => {
		const {wizard, services} = await firstJobAt(5);
		await wizard.erase('sleep 5 && nvidia-smi'.length);
		await wizard.type('/usr/bin/nvidia-smi');
		await wizard.press(keys.tab, keys.space);
		expect(wizard.text()).toContain('[ ] no: the command runs as is, with the arguments');
		await wizard.press(keys.tab);
		await wizard.type('--query-gpu=name --format=csv');
		for (let current = 6; current <= 10; current++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `step ${current}/10`);
		}

		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created');
		expect(services.submitted[0]).toMatchObject({
			command: '/usr/bin/nvidia-smi',
			shell: false,
			arguments: ['--query-gpu=name', '--format=csv'],
		});
	});

	test('? shows the keys from the keymap when the cursor is not in a text field', async () => {
		const {wizard} = await firstJobAt(9);
		await wizard.press('?');
		expect(wizard.text()).toContain('Keys in the wizard');
		expect(wizard.text()).toContain('Back one step; everything typed is kept');
		await wizard.press(keys.esc);
		expect(wizard.text()).toContain('step 9/10');
		expect(wizard.text()).not.toContain('Keys in the wizard');
	});

	test('esc goes back step by step and keeps every value, back to the start list and in again', async () => {
		const {wizard} = await firstJobAt(6);
		await wizard.press(keys.tab, keys.tab);
		await wizard.erase('1024'.length);
		await wizard.type('4G');
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, 'step 5/10');
		await wizard.press(keys.esc, keys.esc, keys.esc);
		await waitForScreen(wizard.screen, 'step 2/10');
		await wizard.press(keys.esc);
		await waitForScreen(wizard.screen, 'Continue with the job I am building (rosa-my-first-job-submission)');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 2/10');
		for (let current = 3; current <= 6; current++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `step ${current}/10`);
		}

		expect(wizard.text()).toContain('Memory 4G = 4096 MB (4 GB)');
	});
});
