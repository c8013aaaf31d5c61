// The wizard as users meet it: `chronos-tui new` in a real 80x24 terminal (tmux), talking to the emulator over
// HTTP with a password. It creates the guide's first job, and a draft survives the terminal being killed.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {startEmulator, type RunningEmulator} from '../../../source/emulator/server.js';
import {cleanupHomes, startProgram} from '../../e2e/program.js';
import {TmuxTerminal, tmuxAvailable} from '../../e2e/tmux.js';

const credentials = {user: 'rosa', password: 'wizard-secret-42'};
const emulators: RunningEmulator[] = [];

async function chronos(): Promise<RunningEmulator> {
	const emulator = await startEmulator({seed: 'none', credentials});
	emulators.push(emulator);
	return emulator;
}

afterEach(async () => {
	await TmuxTerminal.killAll();
	await Promise.all(emulators.splice(0).map(async emulator => emulator.close()));
	cleanupHomes();
});

describe.skipIf(!tmuxAvailable())('chronos-tui new in a terminal', {timeout: 60_000}, () => {
	test("creates the cluster guide's first job on Chronos with enter alone", async () => {
		const emulator = await chronos();
		const {terminal, home} = await startProgram({width: 80, height: 24, args: ['new'], chronos: {url: emulator.url, ...credentials}});
		await terminal.waitFor("The cluster guide's first job");
		await terminal.sendKeys('Down', 'Enter');
		await terminal.waitFor('step 2/10');
		for (let step = 3; step <= 10; step++) {
			await terminal.sendKeys('Enter');
			await terminal.waitFor(`step ${step}/10`);
		}

		const review = await terminal.waitFor('✓ valid');
		expect(review).not.toContain(credentials.password);
		await terminal.sendKeys('Left', 'Left', 'Left', 'Left', 'Left', 'Enter');
		await terminal.waitFor('Chronos created rosa-my-first-job-submission');
		await terminal.sendKeys('Enter');
		const after = await terminal.waitFor('[program exited with status 0]');
		expect(after).toContain('Submitted rosa-my-first-job-submission to Chronos.');
		expect(after).not.toContain('Your draft is kept');
		const drafts = join(home, '.local', 'state', 'chronos-tui', 'drafts');
		expect(existsSync(drafts) ? readdirSync(drafts).filter(file => file.endsWith('.json')) : []).toEqual([]);

		expect(emulator.job('rosa-my-first-job-submission')).toMatchObject({
			command: 'sleep 5 && nvidia-smi',
			gpus: 1,
			cpus: 1,
			mem: 1024,
			retries: 4,
			runAsUser: 'rosa',
			container: {type: expect.stringMatching(/^mesos$/i), image: 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1'},
		});
	});

	test('a draft survives the terminal being killed mid-step, and is offered back', async () => {
		const emulator = await chronos();
		const first = await startProgram({width: 80, height: 24, args: ['new'], chronos: {url: emulator.url, ...credentials}});
		await first.terminal.waitFor('A blank job');
		await first.terminal.sendKeys('Enter');
		await first.terminal.waitFor('step 2/10');
		await first.terminal.sendKeys('Enter');
		await first.terminal.waitFor('step 3/10');
		await first.terminal.type('rosa-survivor');
		await first.terminal.waitFor('rosa-survivor');
		// No step change since typing: only the hang-up handler can have written the name.
		await first.terminal.kill();

		const drafts = join(first.home, '.local', 'state', 'chronos-tui', 'drafts');
		const deadline = Date.now() + 10_000;
		const draftNames = () =>
			existsSync(drafts)
				? readdirSync(drafts)
						.filter(file => file.endsWith('.json'))
						.map(file => (JSON.parse(readFileSync(join(drafts, file), 'utf8')) as {name: string}).name)
				: [];
		while (!draftNames().includes('rosa-survivor')) {
			if (Date.now() > deadline) throw new Error(`no draft with the typed name in ${drafts} after the terminal was killed: ${draftNames().join(', ')}`);
			await new Promise(resolve => {
				setTimeout(resolve, 100);
			});
		}

		const second = await startProgram({width: 80, height: 24, args: ['new'], home: first.home, chronos: {url: emulator.url, ...credentials}});
		await second.terminal.waitFor('Resume draft: rosa-survivor (at Name');
		await second.terminal.sendKeys('Enter');
		await second.terminal.waitFor('step 3/10');
		await second.terminal.waitFor('› Name            rosa-survivor');
	});

	test('ctrl-c saves the draft and says where it is', async () => {
		const emulator = await chronos();
		const {terminal} = await startProgram({width: 80, height: 24, args: ['new'], chronos: {url: emulator.url, ...credentials}});
		await terminal.waitFor('A blank job');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('step 2/10');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('step 3/10');
		await terminal.type('rosa-later');
		await terminal.waitFor('rosa-later');
		await terminal.sendKeys('C-c');
		const after = await terminal.waitFor('[program exited with status 1]');
		expect(after.replaceAll('\n', '')).toMatch(/Your draft is kept in \S+chronos-tui\/drafts\/draft-\S+\.json; `chronos-tui new` offers it back/);
		expect(emulator.jobs()).toEqual([]);
	});

	test('new --out FILE saves the file and submits nothing', async () => {
		const emulator = await chronos();
		const {terminal, home} = await startProgram({
			width: 80,
			height: 24,
			args: ['new', '--out', 'first-job.yaml'],
			chronos: {url: emulator.url, ...credentials},
		});
		await terminal.waitFor("The cluster guide's first job");
		await terminal.sendKeys('Down', 'Enter');
		await terminal.waitFor('step 2/10');
		for (let step = 3; step <= 10; step++) {
			await terminal.sendKeys('Enter');
			await terminal.waitFor(`step ${step}/10`);
		}

		await terminal.waitFor('Submit (off)');
		await terminal.sendKeys('Left', 'Left', 'Left', 'Enter'); // Save YAML
		await terminal.waitFor('Save to: first-job.yaml');
		await terminal.sendKeys('Enter');
		const after = await terminal.waitFor('[program exited with status 0]');
		expect(after).toContain(`Saved to ${join(home, 'first-job.yaml')}`);
		expect(readFileSync(join(home, 'first-job.yaml'), 'utf8')).toContain('command: sleep 5 && nvidia-smi');
		expect(emulator.jobs()).toEqual([]);
	});
});
