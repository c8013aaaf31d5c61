// The wizard's "Keep output" choice: on by default for ReCaS, off with a key, and an existing kept job is
// edited as the user wrote it, the wrapper put back on the way out.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {keepOutput, keptOutputOf} from '../../../source/output/wrapper.js';
import {draftFromJob} from '../../../source/ui/wizard/draft.js';
import {judgeDraft} from '../../../source/ui/wizard/validation.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {enterNameAndImage, startBlankJob} from '../../helpers/wizard-steps.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

const image = 'registry-clustergpu.recas.ba.infn.it/rosa/pytorch:2.1';

describe("the wizard's Keep output choice", {timeout: 60_000}, () => {
	test('is on for a new ReCaS job and a space turns it off, leaving the command as typed', async () => {
		const services = memoryServices([]);
		const wizard = startWizard(services);
		await startBlankJob(wizard, 'once');
		await enterNameAndImage(wizard, 'rosa-plain-output', image);
		await wizard.type('python3 /lustre/rosa/eval.py');
		expect(wizard.screen()).toMatch(/Keep output +\[x\] yes: each run's output kept in a file \(l shows it\)/);
		await wizard.press(keys.tab, keys.tab, keys.tab, keys.tab, keys.space); // shell, arguments, + env, Keep output
		await waitForScreen(wizard.screen, "[ ] no: output stays in the task's sandbox");
		for (let step = 6; step <= 10; step++) {
			await wizard.press(keys.enter);
			await waitForScreen(wizard.screen, `step ${step}/10`);
		}
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created rosa-plain-output');
		expect(services.submitted[0]).toMatchObject({command: 'python3 /lustre/rosa/eval.py', container: {type: 'mesos', image}});
		expect(services.submitted[0]!.container?.volumes).toBeUndefined();
	});

	test('an existing kept job is edited unwrapped and comes out wrapped once, in its own folder', () => {
		const job: ChronosJob = {
			name: 'rosa-train',
			command: keepOutput('python3 train.py', '/lustre/rosa/logs/{job}'),
			shell: true,
			container: {type: 'mesos', image, volumes: [{containerPath: '/lustre/rosa', hostPath: '/lustre/rosa', mode: 'RW'}]},
			schedule: 'R1//P1Y',
		};
		const draft = draftFromJob(job, 'edit');
		expect(draft).toMatchObject({command: 'python3 train.py', keepOutput: true});
		const verdict = judgeDraft({...draft, command: 'python3 train.py --lr 0.1'}, {username: 'rosa', profile: recasProfile, checkLocalPaths: false});
		const command = verdict.input['command'] as string;
		expect(keptOutputOf(command)).toEqual({command: 'python3 train.py --lr 0.1', dir: '/lustre/rosa/logs/{job}'});
		// The folder is inside a volume already mounted read-write: nothing is added.
		expect((verdict.input['container'] as ChronosJob['container'])?.volumes).toEqual([{containerPath: '/lustre/rosa', hostPath: '/lustre/rosa', mode: 'RW'}]);
	});

	test('with sh -c off the output cannot be kept, and the wizard says so instead of wrapping', () => {
		const draft = {...draftFromJob({name: 'rosa-direct', command: '/usr/bin/nvidia-smi', shell: false, schedule: 'R1//P1Y'}, 'blank'), keepOutput: true};
		const verdict = judgeDraft(draft, {username: 'rosa', profile: recasProfile, checkLocalPaths: false});
		expect(verdict.input['command']).toBe('/usr/bin/nvidia-smi');
		expect(verdict.problems).toContainEqual({
			path: 'output',
			severity: 'warning',
			message: 'the output will not be kept: rosa-direct runs its command without a shell (shell: false), so its output cannot be redirected to a file',
		});
	});
});
