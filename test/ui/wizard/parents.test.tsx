// The parent picker of a dependent job: the user's newest jobs first, narrowed by typing.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {parentChoices} from '../../../source/ui/wizard/parent-choices.js';
import {enterNameAndImage, startBlankJob} from '../../helpers/wizard-steps.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

const job = (name: string, extra: Partial<ChronosJob> = {}): ChronosJob => ({name, command: 'true', schedule: 'R1//P1Y', ...extra});

const jobs: ChronosJob[] = [
	job('bob-fresh', {owner: 'bob', lastSuccess: '2026-11-30T10:00:00Z'}),
	job('rosa-old-preprocess', {lastSuccess: '2026-10-01T10:00:00Z'}),
	job('rosa-never-run', {schedule: 'R1/2026-11-20T10:00:00Z/P1D'}),
	job('rosa-new-train', {lastError: '2026-11-29T10:00:00Z'}),
	job('alpha-shared', {owner: 'rosa'}),
];

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

describe('parents to pick from', {timeout: 60_000}, () => {
	test("come as the user's own jobs first, newest first, then everyone else's; typing narrows them", () => {
		const all = parentChoices(jobs, {user: 'rosa', exclude: 'rosa-report', filter: ''});
		expect(all).toEqual(['rosa-new-train', 'rosa-never-run', 'rosa-old-preprocess', 'alpha-shared', 'bob-fresh']);
		expect(parentChoices(jobs, {user: 'rosa', exclude: 'rosa-new-train', filter: 'TRAIN'})).toEqual([]);
		expect(parentChoices(jobs, {user: 'rosa', exclude: '', filter: 'pre'})).toEqual(['rosa-old-preprocess']);
	});

	test('in the wizard: typing filters the list, space ticks, backspace widens it again', async () => {
		const wizard = startWizard(memoryServices(jobs));
		await startBlankJob(wizard, 'after');
		await enterNameAndImage(wizard, 'rosa-report', 'registry-clustergpu.recas.ba.infn.it/rosa/tool:1');
		await wizard.type('true');
		for (let step = 6; step <= 8; step++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `step ${step}/10`);
		}

		await waitForScreen(wizard.screen, 'rosa-new-train');
		const listed = () => wizard.screen().split('\n').flatMap(line => /\[[ x]\] ([\w-]+)/.exec(line)?.[1] ?? []);
		expect(listed()).toEqual(['rosa-new-train', 'rosa-never-run', 'rosa-old-preprocess', 'alpha-shared', 'bob-fresh']);
		await wizard.press('old');
		expect(listed()).toEqual(['rosa-old-preprocess']);
		expect(wizard.text()).toContain('1 of 5 jobs');
		await wizard.press(keys.space);
		expect(wizard.screen()).toContain('[x] rosa-old-preprocess');
		await wizard.press(keys.backspace + keys.backspace + keys.backspace);
		expect(listed()).toHaveLength(5);
		expect(wizard.text()).toContain('1 ticked');
		await wizard.press('zzz');
		expect(wizard.text()).toContain('No job name contains "zzz"');
	});
});
