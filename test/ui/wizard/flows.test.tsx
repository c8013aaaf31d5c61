// The whole wizard driven by keystrokes, as a user would: the document Chronos receives is compared with the
// one the user meant, for a scheduled, a dependent and a cloned job.
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {keepOutput} from '../../../source/output/wrapper.js';
import {enterNameAndImage, startBlankJob} from '../../helpers/wizard-steps.js';
import {keys, memoryServices, startWizard, temporaryXdg, waitForScreen, type XdgDirs} from './harness.js';

const image = 'registry-clustergpu.recas.ba.infn.it/rosa/pytorch:2.1';
const keptDir = '/lustrehome/rosa/.chronos-output/{job}';

const existingJobs: ChronosJob[] = [
	{
		name: 'rosa-prepare-data',
		command: 'python3 /lustre/rosa/prepare.py',
		shell: true,
		retries: 2,
		cpus: 4,
		mem: 8192,
		disk: 0,
		gpus: 0,
		runAsUser: 'rosa',
		owner: 'rosa',
		ownerName: 'rosa',
		container: {type: 'mesos', image},
		schedule: 'R1//P1Y',
	},
	{
		name: 'rosa-train',
		command: 'python3 /lustre/rosa/train.py --epochs 20',
		shell: true,
		retries: 3,
		description: 'nightly training',
		cpus: 8,
		mem: 32_768,
		disk: 0,
		gpus: 1,
		environmentVariables: [{name: 'CUDA_VISIBLE_DEVICES', value: '0'}],
		arguments: [],
		runAsUser: 'rosa',
		owner: 'rosa',
		ownerName: 'rosa',
		container: {type: 'mesos', image, volumes: [{containerPath: '/lustre/rosa', hostPath: '/lustre/rosa', mode: 'RW'}]},
		schedule: 'R/2026-12-01T02:00:00.000Z/P1D',
		successCount: 12,
		errorCount: 1,
		lastSuccess: '2026-11-20T02:10:00.000Z',
		lastError: '',
		errorsSinceLastSuccess: 0,
	},
];

let xdg: XdgDirs;
beforeEach(() => {
	xdg = temporaryXdg();
});
afterEach(() => {
	xdg.restore();
});

describe('the job wizard, driven by keystrokes', {timeout: 60_000}, () => {
	test('builds a repeating GPU job with an environment variable, a volume and 16G of memory', async () => {
		const services = memoryServices(existingJobs);
		const wizard = startWizard(services);
		await startBlankJob(wizard, 'schedule');
		await enterNameAndImage(wizard, 'rosa-nightly-eval', image);

		await wizard.type('python3 /lustre/rosa/eval.py');
		await wizard.press(keys.tab, keys.tab, keys.tab, keys.space); // to "+ add environment variable", add a row
		await wizard.type('EPOCHS');
		await wizard.press(keys.tab);
		await wizard.type('10');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 6/10');
		await wizard.press(keys.tab, keys.tab); // GPUs, CPUs, Memory
		await wizard.erase('1024'.length);
		await wizard.type('16G');
		expect(wizard.screen()).toContain('= 16384 MB (16 GB)');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 7/10');
		await wizard.press(keys.space); // + add volume
		await wizard.type('/lustre/rosa');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 8/10');
		await wizard.type('2026-12-01 10:00');
		await wizard.press(keys.tab);
		await wizard.erase('1d'.length);
		await wizard.type('2h');
		await wizard.press(keys.tab);
		await wizard.type('5');
		expect(wizard.screen()).toContain('R5/2026-12-01T10:00:00.000Z/PT2H');
		expect(wizard.screen()).toContain('every 2 hours');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 9/10');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 10/10');
		expect(wizard.screen()).toContain('✓ valid');
		expect(wizard.text()).toContain('curl -u "$CHRONOS_USER:$CHRONOS_PASSWORD" -L');
		expect(wizard.text()).toContain('--data-binary @job.json http://127.0.0.1:4400/v1/scheduler/iso8601');
		// Every step said "enter next": here enter submits.
		expect(wizard.screen()).toContain('[Submit]');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'Chronos created rosa-nightly-eval');
		await wizard.press(keys.enter);

		expect(wizard.exits).toEqual([{submitted: 'rosa-nightly-eval', savedTo: undefined}]);
		// Every screen on the way fitted a default 80x24 terminal, with a row to spare for the cursor.
		const largest = wizard.largestFrame();
		expect(largest.columns).toBeLessThanOrEqual(80);
		expect(largest.rows).toBeLessThanOrEqual(23);
		expect(services.submitted).toEqual([
			{
				name: 'rosa-nightly-eval',
				// Kept output is on by default for ReCaS: the command comes wrapped, with the lustre home mounted.
				command: keepOutput('python3 /lustre/rosa/eval.py', keptDir),
				shell: true,
				retries: 2,
				description: '',
				cpus: 1,
				disk: 0,
				mem: 16_384,
				gpus: 1,
				environmentVariables: [{name: 'EPOCHS', value: '10'}],
				arguments: [],
				runAsUser: 'rosa',
				owner: 'rosa',
				ownerName: 'rosa',
				container: {
					type: 'mesos',
					image,
					volumes: [
						{containerPath: '/lustre/rosa', hostPath: '/lustre/rosa', mode: 'RW'},
						{containerPath: '/lustrehome/rosa', hostPath: '/lustrehome/rosa', mode: 'RW'},
					],
				},
				schedule: 'R5/2026-12-01T10:00:00.000Z/PT2H',
			},
		]);
	});

	test('builds a job that runs after two jobs picked from the server, with an image suggested from them', async () => {
		const services = memoryServices(existingJobs);
		const wizard = startWizard(services);
		await startBlankJob(wizard, 'after');
		await wizard.type('rosa-report');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 4/10');
		await waitForScreen(wizard.screen, image);
		await wizard.press(keys.down); // the image the other jobs use
		expect(wizard.screen()).toMatch(new RegExp(`› Image +${image.replaceAll(".", "\\.")}`));
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 5/10');
		await wizard.type('python3 /lustre/rosa/report.py');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 6/10');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 7/10');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 8/10');
		await waitForScreen(wizard.screen, 'rosa-prepare-data');
		await wizard.press(keys.enter);
		expect(wizard.screen()).toContain('a dependent job needs at least one parent job');
		// The job that ran most recently (rosa-train) comes first.
		await wizard.press(keys.space, keys.down, keys.space);
		expect(wizard.screen()).toContain('[x] rosa-train');
		expect(wizard.screen()).toContain('[x] rosa-prepare-data');
		await wizard.press(keys.enter);

		await waitForScreen(wizard.screen, 'step 9/10');
		await wizard.press(keys.enter);
		await waitForScreen(wizard.screen, 'step 10/10');
		expect(wizard.screen()).toContain('/v1/scheduler/dependency');
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created rosa-report');

		expect(services.submitted).toEqual([
			{
				name: 'rosa-report',
				command: keepOutput('python3 /lustre/rosa/report.py', keptDir),
				shell: true,
				retries: 2,
				description: '',
				cpus: 1,
				disk: 0,
				mem: 1024,
				gpus: 1,
				environmentVariables: [],
				arguments: [],
				runAsUser: 'rosa',
				owner: 'rosa',
				ownerName: 'rosa',
				container: {type: 'mesos', image, volumes: [{containerPath: '/lustrehome/rosa', hostPath: '/lustrehome/rosa', mode: 'RW'}]},
				parents: ['rosa-train', 'rosa-prepare-data'],
			},
		]);
	});

	test('clones a job under a new name with two GPUs, leaving the server counters behind', async () => {
		const services = memoryServices(existingJobs);
		const wizard = startWizard(services, {start: {kind: 'clone', job: existingJobs[1]!}});
		await waitForScreen(wizard.screen, 'When should the job run?');
		expect(wizard.screen()).toContain('from copy of rosa-train');
		await wizard.press(keys.enter); // keeps "repeat on a schedule", which the original uses

		await waitForScreen(wizard.screen, 'step 3/10');
		expect(wizard.screen()).toContain('rosa-train-copy');
		await wizard.erase('copy'.length);
		await wizard.type('gpu2');
		await wizard.press(keys.enter, keys.enter, keys.enter); // name, image, command unchanged

		await waitForScreen(wizard.screen, 'step 6/10');
		await wizard.erase(1);
		await wizard.type('2');
		await wizard.press(keys.enter, keys.enter, keys.enter, keys.enter);

		await waitForScreen(wizard.screen, 'step 10/10');
		await wizard.press(keys.enter); // Submit has the focus
		await waitForScreen(wizard.screen, 'Chronos created rosa-train-gpu2');

		const {successCount: _s, errorCount: _e, lastSuccess: _ls, lastError: _le, errorsSinceLastSuccess: _es, ...original} = existingJobs[1]!;
		expect(services.submitted).toEqual([{...original, name: 'rosa-train-gpu2', gpus: 2}]);
	});
});
