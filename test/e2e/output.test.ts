// Job output in a real terminal (tmux), against an emulator whose tasks write their kept output under a
// storage root standing for the cluster's /lustrehome: `l` shows it growing while the job runs, and `S`
// writes the support request with its end.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {keepOutput} from '../../source/output/wrapper.js';
import {assertBuilt} from '../helpers/built-program.js';
import {recasJob} from '../helpers/chronos.js';
import {e2eUser, startTestChronos} from './chronos.js';
import {endProgramTest, startProgram} from './program.js';
import {tmuxAvailable, type TmuxTerminal} from './tmux.js';

const outputDir = '/lustrehome/{user}/.chronos-output/{job}';
const later = 'R/2099-01-01T00:00:00.000Z/P1D';
const roots: string[] = [];

async function openWithJob(name: string, command: string, speed: number): Promise<TmuxTerminal> {
	const storageRoot = mkdtempSync(join(tmpdir(), 'chronos-e2e-storage-'));
	roots.push(storageRoot);
	const {chronos} = await startTestChronos({seed: 'none', storageRoot, speed});
	const client = new ChronosClient({url: chronos.url, user: chronos.user, password: chronos.password});
	await client.saveJob(recasJob(name, e2eUser, {
		command: keepOutput(command, outputDir.replace('{user}', e2eUser)),
		schedule: later,
		retries: 0,
		container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1', volumes: [{containerPath: `/lustrehome/${e2eUser}`, hostPath: `/lustrehome/${e2eUser}`, mode: 'RW'}]},
	}));
	const {terminal} = await startProgram({width: 100, height: 30, chronos, env: {CHRONOS_STORAGE_ROOT: storageRoot}});
	await terminal.waitFor(name);
	await terminal.sendKeys('r');
	await terminal.waitFor('run now');
	await terminal.sendKeys('Enter');
	await terminal.waitFor(`Asked Chronos to run ${name}`);
	return terminal;
}

describe.skipIf(!tmuxAvailable())('job output in a terminal', () => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(async () => {
		await endProgramTest();
		for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true});
	});

	test('l follows a training run: its epochs appear one after another while it runs', async () => {
		// Half speed: ten epochs over some 16 s, so the screen is seen between them.
		const terminal = await openWithJob('e2e-train-long', 'python3 train.py --epochs 10', 0.5);
		await terminal.sendKeys('l');
		const early = await terminal.waitFor(/Epoch [1-5]\/10/, {timeoutMs: 20_000});
		expect(early).toContain('e2e-train-long');
		expect(early).toContain('● following');
		expect(early).not.toContain('Epoch 10/10');
		const late = await terminal.waitFor('Training finished; checkpoint saved to best.pt', {timeoutMs: 40_000});
		expect(late).toMatch(/Epoch 1\/10[^\n]*\n(?:[^\n]*\n)*[^\n]*Epoch 10\/10/);
		await terminal.waitFor('■ run ended', {timeoutMs: 15_000});
	}, 90_000);

	test("the guide's first job: l shows its nvidia-smi table, and S writes the support request with it", async () => {
		const terminal = await openWithJob('e2e-my-first-job-submission', 'sleep 5 && nvidia-smi', 4);
		await terminal.sendKeys('l');
		const table = await terminal.waitFor('NVIDIA-SMI 535.129.03', {timeoutMs: 30_000});
		expect(table).toContain('NVIDIA A100-PCIE-40GB');
		await terminal.sendKeys('S');
		const request = await terminal.waitFor('Support request about e2e-my-first-job-submission', {timeoutMs: 15_000});
		expect(request).toContain('Title: ReCaS HPC/GPU: Chronos issue');
		expect(request).toContain('Username: e2e');
		await terminal.sendKeys('G');
		await terminal.waitFor(/Last \d+ lines of output|NVIDIA-SMI/);
	}, 90_000);
});
