// The job wizard as a new ReCaS user meets it, in a real terminal: the cluster guide's first job, built from
// the dashboard or with `chronos-tui new` and found on the server afterwards; a half-built job that survives
// the terminal being closed (an ssh drop) or ctrl-c and is offered again at the next start; enter on Review
// submitting the job, never discarding it; and `new --out`, which saves a file and needs no server.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {guideImage, recasJob} from '../helpers/chronos.js';
import {parse} from 'yaml';
import {ChronosClient} from '../../source/chronos/client.js';
import {keptOutputOf} from '../../source/output/wrapper.js';
import {e2ePassword, e2eUser, eventually, startTestChronos} from './chronos.js';
import {endProgramTest, skipMessage, startProgram} from './program.js';
import {tmuxAvailable, type TmuxTerminal} from './tmux.js';

const firstJob = `${e2eUser}-my-first-job-submission`;

/** Presses enter on each step in turn, checking the wizard arrived at the next one before going on. */
async function nextSteps(terminal: TmuxTerminal, steps: string[]): Promise<void> {
	for (const step of steps) {
		await terminal.sendKeys('Enter');
		await terminal.waitFor(new RegExp(`step \\d+/\\d+ · ${step}`));
	}
}

/** From the start step: picks the guide's first job and accepts every step with enter, up to the review (or `lastStep`). */
async function acceptGuideFirstJob(terminal: TmuxTerminal, lastStep = 10): Promise<void> {
	await terminal.waitFor("The cluster guide's first job");
	await terminal.sendKeys('Down');
	await terminal.waitFor(/❯ The cluster guide's first job/);
	await terminal.sendKeys('Enter');
	await terminal.waitFor('step 2/10');
	for (let step = 3; step <= lastStep; step++) {
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`step ${step}/10`);
	}
}

/** Draft files left in a home directory, parsed. */
function draftsIn(home: string): Array<{name: string; command: string}> {
	const drafts = join(home, '.local', 'state', 'chronos-tui', 'drafts');
	if (!existsSync(drafts)) return [];
	return readdirSync(drafts)
		.filter(file => file.endsWith('.json'))
		.map(file => JSON.parse(readFileSync(join(drafts, file), 'utf8')) as {name: string; command: string});
}

/** The guide's first job as Chronos must hold it. */
function expectGuideFirstJob(job: unknown): void {
	// Kept output is on by default for ReCaS: the guide's command runs inside the wrapper, unchanged.
	expect(keptOutputOf((job as {command: string}).command)).toEqual({
		command: 'sleep 5 && nvidia-smi',
		dir: `/lustrehome/${e2eUser}/.chronos-output/{job}`,
	});
	expect(job).toMatchObject({
		name: firstJob,
		shell: true,
		retries: 4,
		cpus: 1,
		mem: 1024,
		gpus: 1,
		runAsUser: e2eUser,
		owner: e2eUser,
		ownerName: e2eUser,
		container: {image: guideImage},
	});
	const {container, schedule} = job as {container?: {type: string}; schedule?: string};
	// Chronos reads the container type in any case and answers it in capitals.
	expect(container?.type.toLowerCase()).toBe('mesos');
	// Run once, now: the server normalises R1//P1Y and counts the run down once it launches.
	expect(schedule).toMatch(/^R[01]\/\d{4}-\d\d-\d\dT[\d:.]+Z\/P1Y$/);
}

describe.skipIf(!tmuxAvailable())('job wizard in a terminal', () => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test("creates the cluster guide's first job from the dashboard, and Chronos has it as the guide wrote it", async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		// Jobs before and after the new one in name order: after submitting, the cursor must go to the new job.
		const client = new ChronosClient(chronos);
		for (const name of [`${e2eUser}-aaa-preprocess`, `${e2eUser}-zzz-evaluate`]) {
			await client.addScheduledJob(recasJob(name, e2eUser, {schedule: 'R1/2030-01-01T00:00:00Z/P1D'}));
		}

		const {terminal} = await startProgram({width: 100, height: 30, chronos});
		await terminal.waitFor(`${e2eUser}-zzz-evaluate`);

		await terminal.sendKeys('n');
		await terminal.waitFor('What should the new job start from?');
		await terminal.sendKeys('Down');
		await terminal.waitFor(/❯ The cluster guide's first job/);
		await terminal.sendKeys('Enter');
		await terminal.waitFor('When should the job run?');
		await nextSteps(terminal, ['Name']);
		await terminal.waitFor(firstJob);
		await nextSteps(terminal, ['Container image']);
		await terminal.waitFor(guideImage);
		await nextSteps(terminal, ['Command']);
		await terminal.waitFor('sleep 5 && nvidia-smi');
		await nextSteps(terminal, ['Resources', 'Volumes', 'When', 'Advanced', 'Review']);
		const review = await terminal.waitFor('✓ valid');
		expect(review).toContain(`"name": "${firstJob}"`);
		// Nothing reaches Chronos before the user presses Submit.
		expect(emulator.job(firstJob)).toBeUndefined();

		// Every step said "enter next"; on Review the focus is on Submit, so enter finishes the job.
		expect(review).toContain('[Submit]');
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`Chronos created ${firstJob}`);

		const job = await eventually(`${firstJob} on the server`, () => emulator.job(firstJob), found => found !== undefined, {terminal});
		expectGuideFirstJob(job);

		await terminal.sendKeys('Enter');
		const list = await terminal.waitFor(/› .*e2e-my-first-job-sub/);
		expect(list).toContain('data as of');
		expect(list).toContain(`Submitted ${firstJob}`);
	}, 60_000);

	test("`chronos-tui new` creates the guide's first job with enter alone, says so and leaves no draft", async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		const {terminal, home} = await startProgram({width: 80, height: 24, args: ['new'], chronos});
		await acceptGuideFirstJob(terminal);
		const review = await terminal.waitFor('✓ valid');
		expect(review).not.toContain(e2ePassword);
		expect(review).toContain('[Submit]');
		await terminal.sendKeys('Enter');
		await terminal.waitFor(`Chronos created ${firstJob}`);
		await terminal.sendKeys('Enter');
		const after = await terminal.waitFor('[program exited with status 0]');
		expect(after).toContain(`Submitted ${firstJob} to Chronos.`);
		expect(after).not.toContain('Your draft is kept');
		expect(draftsIn(home)).toEqual([]);
		expectGuideFirstJob(emulator.job(firstJob));
	}, 60_000);

	test('a draft survives the terminal being closed mid-wizard and is offered at the next start', async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		const first = await startProgram({width: 80, height: 24, chronos, args: ['new']});
		const {terminal} = first;
		await terminal.waitFor('What should the new job start from?');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('When should the job run?');
		await nextSteps(terminal, ['Name']);
		await terminal.type(`${e2eUser}-draft-survivor`);
		await terminal.waitFor(`${e2eUser}-draft-survivor`);
		await nextSteps(terminal, ['Container image']);
		await terminal.type(guideImage);
		// At 80 columns the image wraps onto the next line, under the field.
		await terminal.waitUntil(screen => screen.replace(/\s+/g, '').includes(guideImage), 'the image typed in full');
		await nextSteps(terminal, ['Command']);
		await terminal.type('python3 /lustre/home/e2e/train.py');
		await terminal.waitFor('python3 /lustre/home/e2e/train.py');

		// Closing the terminal hangs up on the program, as an ssh drop does. No step changed since the command
		// was typed: only the hang-up handler can have written it to the draft.
		await terminal.kill();
		const drafts = join(first.home, '.local', 'state', 'chronos-tui', 'drafts');
		await eventually('a draft file', () => (existsSync(drafts) ? readdirSync(drafts) : []), files => files.length === 1);
		await eventually(
			'the typed command in the draft',
			() => draftsIn(first.home),
			found => found.length === 1 && found[0]!.command === 'python3 /lustre/home/e2e/train.py',
		);
		expect(draftsIn(first.home)[0]?.name).toBe(`${e2eUser}-draft-survivor`);
		expect(emulator.job(firstJob)).toBeUndefined();

		const second = await startProgram({width: 80, height: 24, chronos, args: ['new'], home: first.home});
		await second.terminal.waitFor(`Resume draft: ${e2eUser}-draft-survivor (at Command`);
		await second.terminal.waitFor(/❯ Resume draft/);
		await second.terminal.sendKeys('Enter');
		const resumed = await second.terminal.waitFor('python3 /lustre/home/e2e/train.py');
		expect(resumed).toMatch(/step \d+\/\d+ · Command/);
	}, 60_000);

	test('the enter that reaches Review and an enter pressed there, in one write, submit the job', async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		const {terminal, home} = await startProgram({width: 80, height: 24, args: ['new'], chronos});
		await acceptGuideFirstJob(terminal, 9);
		await terminal.sendBytes('\r\r');
		await terminal.waitFor(`Chronos created ${firstJob}`);
		expectGuideFirstJob(emulator.job(firstJob));
		await terminal.sendKeys('Enter');
		expect(await terminal.waitForExit()).toBe(0);
		expect(draftsIn(home)).toEqual([]);
	}, 60_000);

	test('ctrl-c asks before leaving; a second ctrl-c keeps the draft and says where it is', async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		const {terminal} = await startProgram({width: 80, height: 24, args: ['new'], chronos});
		await terminal.waitFor('A blank job');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('step 2/10');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('step 3/10');
		await terminal.type(`${e2eUser}-later`);
		await terminal.waitFor(`${e2eUser}-later`);
		await terminal.sendKeys('C-c');
		await terminal.waitFor('Discard this job? (the draft is kept unless you say so)');
		expect(await terminal.exitStatus()).toBeUndefined();
		await terminal.sendKeys('C-c');
		const after = await terminal.waitFor('[program exited with status 1]');
		expect(after.replaceAll('\n', '')).toMatch(/Your draft is kept in \S+chronos-tui\/drafts\/draft-\S+\.json; `chronos-tui new` offers it back/);
		expect(emulator.jobs()).toEqual([]);
	}, 60_000);

	test('new --out FILE saves the file and submits nothing', async () => {
		const {emulator, chronos} = await startTestChronos({seed: 'none'});
		const {terminal, home} = await startProgram({width: 80, height: 24, args: ['new', '--out', 'first-job.yaml'], chronos});
		await acceptGuideFirstJob(terminal);
		await terminal.waitFor('Submit (off)');
		// Submit is off for `--out` alone: enter saves to the file asked for.
		await terminal.waitFor('[Save YAML]');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('Save to: first-job.yaml');
		await terminal.sendKeys('Enter');
		const after = await terminal.waitFor('[program exited with status 0]');
		expect(after).toContain(`Saved to ${join(home, 'first-job.yaml')}`);
		const saved = parse(readFileSync(join(home, 'first-job.yaml'), 'utf8')) as {command: string};
		expect(keptOutputOf(saved.command)?.command).toBe('sleep 5 && nvidia-smi');
		expect(emulator.jobs()).toEqual([]);
		// The finished job is in the file; no stale draft is offered at the next start.
		expect(after).not.toContain('Your draft is kept');
		expect(draftsIn(home)).toEqual([]);
	}, 60_000);

	test('new --out works without any configuration: the wizard opens and Save needs no server', async () => {
		const {terminal} = await startProgram({width: 80, height: 24, args: ['new', '--out', 'job.yaml'], env: {USER: 'alice'}});
		const screen = await terminal.waitFor("The cluster guide's first job");
		expect(screen).not.toContain('no configuration');
		expect(await terminal.exitStatus()).toBeUndefined();
	}, 30_000);

	test('new without --out needs a configuration, and says how to get one', async () => {
		const {terminal} = await startProgram({width: 100, height: 24, args: ['new']});
		expect(await terminal.waitForExit()).toBe(3);
		expect(await terminal.capture()).toContain('chronos-tui config init');
	}, 30_000);
});

test.runIf(!tmuxAvailable())('wizard end-to-end tests need tmux', () => {
	console.warn(skipMessage);
});
