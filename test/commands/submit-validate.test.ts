// `validate` (offline) and `submit` (checks, collisions, parents, order, dry run) against the emulator.
import {userInfo} from 'node:os';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {ChronosJob} from '../../source/jobs/types.js';
import {guideFirstJobText} from '../helpers/chronos.js';
import {aliceJob, password, startWorld, type CliWorld} from './cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

// Each test gets its own emulator and folder and arranges what it needs, so any order (or one test alone) works.
beforeEach(async () => {
	world = await startWorld();
});

afterEach(async () => {
	await world.close();
});

const pipeline = `# children may come before their parents: submit sorts them
name: alice-evaluate
command: python3 /lustre/home/alice/eval.py
parents: [alice-train]
cpus: 2
mem: 8G
gpus: 1
container: {type: mesos, image: registry-clustergpu.recas.ba.infn.it/alice/pytorch:2.1}
---
name: alice-train
command: python3 /lustre/home/alice/train.py
cpus: 8
mem: 32G
gpus: 1
container:
  type: mesos
  image: registry-clustergpu.recas.ba.infn.it/alice/pytorch:2.1
schedule: R1//P1Y
`;

const badMemory = `name: alice-bad-memory
command: echo hi
mem: 8X
gpus: 1
container: {type: mesos, image: registry-clustergpu.recas.ba.infn.it/alice/pytorch:2.1}
`;

describe('validate', () => {
	test("the guide's first job passes", async () => {
		await world.writeFile('my-first-job.json', guideFirstJobText);
		const result = await world.cli(['validate', 'my-first-job.json'], {env: {CHRONOS_URL: undefined, CHRONOS_PASSWORD: undefined}});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('ok my-first-job.json: alice-my-first-job-submission valid');
	});

	test('every error points at its file, line and column; exit 1', async () => {
		await world.writeFile('bad-memory.yaml', badMemory);
		const result = await world.cli(['validate', 'bad-memory.yaml']);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^bad-memory\.yaml:3:\d+: error: mem: .*8X/m);
		expect(result.stdout).toContain('1 error');
	});

	test('a JSON syntax error is reported with its position', async () => {
		await world.writeFile('broken.json', '{\n  "name": "alice-x",\n  "command": "echo"\n  "cpus": 1\n}\n');
		const result = await world.cli(['validate', 'broken.json']);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^broken\.json:\d+:\d+: error: /m);
	});

	test('a missing file is an error that names it', async () => {
		const result = await world.cli(['validate', 'nowhere.json']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('nowhere.json: error: cannot read the file: no such file');
	});

	test('a job without gpus, cpus or mem is valid, with a warning saying what Chronos will give it', async () => {
		await world.writeFile('no-resources.yaml', 'name: alice-tiny\ncommand: echo hi\nschedule: R1//P1Y\ncontainer: {type: mesos, image: registry-clustergpu.recas.ba.infn.it/alice/pytorch:2.1}\n');
		const result = await world.cli(['validate', 'no-resources.yaml']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^no-resources\.yaml:1:1: warning: gpus: no gpus: Chronos gives this job no GPU/m);
		expect(result.stdout).toContain('warning: cpus: no cpus: Chronos gives this job 0.1 CPU');
		expect(result.stdout).toContain('warning: mem: no mem: Chronos gives this job 128 MB of memory');
		expect(result.stdout).toContain('ok no-resources.yaml: alice-tiny valid (3 warnings)');
	});

	test('needs only a username: with USER unset and no configuration, the login name comes from the system', async () => {
		const login = userInfo().username;
		await world.writeFile('login-name.yaml', `name: ${login}-first\ncommand: echo hi\ncpus: 1\nmem: 1G\ngpus: 0\ncontainer: {type: mesos, image: registry-clustergpu.recas.ba.infn.it/alice/pytorch:2.1}\n`);
		const env = {USER: undefined, LOGNAME: undefined, CHRONOS_USER: undefined, CHRONOS_URL: undefined, CHRONOS_PASSWORD: undefined};
		const result = await world.cli(['validate', 'login-name.yaml'], {env});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`ok login-name.yaml: ${login}-first valid`);
	});

	test('a name used twice across files is an error', async () => {
		await world.writeFile('my-first-job.json', guideFirstJobText);
		await world.writeFile('first-job-again.json', guideFirstJobText);
		const result = await world.cli(['validate', 'my-first-job.json', 'first-job-again.json']);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/first-job-again\.json:\d+:\d+: error: name: 'alice-my-first-job-submission' is also defined in my-first-job\.json/);
	});
});

describe('submit', () => {
	test('submits parents before children and reports each job', async () => {
		await world.writeFile('pipeline.yaml', pipeline);
		const result = await world.cli(['submit', 'pipeline.yaml']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('created alice-train\ncreated alice-evaluate\n');
		expect(world.emulator.job('alice-train')).toMatchObject({mem: 32_768, cpus: 8, runAsUser: 'alice', owner: 'alice'});
		expect(world.emulator.job('alice-evaluate')).toMatchObject({parents: ['alice-train']});
	});

	test('an invalid file stops the whole submission, even the valid files', async () => {
		await world.writeFile('bad-memory.yaml', badMemory);
		await world.writeFile('solo.json', JSON.stringify(aliceJob('alice-solo'), null, 2));
		const result = await world.cli(['submit', 'solo.json', 'bad-memory.yaml']);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^bad-memory\.yaml:3:\d+: error: mem: /m);
		expect(result.stderr).toContain('chronos-tui: nothing submitted');
		expect(world.emulator.job('alice-solo')).toBeUndefined();
		expect(world.emulator.job('alice-bad-memory')).toBeUndefined();
	});

	test('an existing name is refused without --overwrite, and replaced with it', async () => {
		await world.writeFile('first.json', guideFirstJobText);
		expect((await world.cli(['submit', 'first.json'])).code).toBe(0);

		await world.writeFile('first.json', guideFirstJobText.replace('sleep 5 && nvidia-smi', 'sleep 9 && nvidia-smi'));
		const refused = await world.cli(['submit', 'first.json']);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('alice-my-first-job-submission already exists on Chronos');
		expect(refused.stderr).toContain('--overwrite');
		expect(world.emulator.job('alice-my-first-job-submission')!.command).toBe('sleep 5 && nvidia-smi');

		const replaced = await world.cli(['submit', 'first.json', '--overwrite']);
		expect(replaced.code).toBe(0);
		expect(replaced.stdout).toBe('replaced alice-my-first-job-submission\n');
		expect(world.emulator.job('alice-my-first-job-submission')!.command).toBe('sleep 9 && nvidia-smi');
	});

	test('a parent that exists nowhere is refused, since Chronos would silently drop the job', async () => {
		await world.writeFile(
			'orphan.json',
			JSON.stringify({...aliceJob('alice-orphan'), schedule: undefined, parents: ['alice-never-submitted']}),
		);
		const result = await world.cli(['submit', 'orphan.json']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain("alice-orphan: parent 'alice-never-submitted' is neither on Chronos nor in this submission");
		expect(world.emulator.job('alice-orphan')).toBeUndefined();
	});

	test('a parent already on the server is fine', async () => {
		await world.client.saveJob(aliceJob('alice-train'));
		await world.writeFile('follow-up.json', JSON.stringify({...aliceJob('alice-follow-up'), schedule: undefined, parents: ['alice-train']}));
		const result = await world.cli(['submit', 'follow-up.json']);
		expect(result.code).toBe(0);
		expect(world.emulator.job('alice-follow-up')).toMatchObject({parents: ['alice-train']});
	});

	test('--dry-run checks everything, prints the JSON it would send, and submits nothing', async () => {
		await world.writeFile('dry.yaml', badMemory.replace('8X', '2G').replace('alice-bad-memory', 'alice-dry-run'));
		const result = await world.cli(['submit', 'dry.yaml', '--dry-run']);
		expect(result.code).toBe(0);
		const sent = JSON.parse(result.stdout) as Record<string, unknown>;
		expect(sent).toMatchObject({name: 'alice-dry-run', mem: 2048, runAsUser: 'alice', owner: 'alice', ownerName: 'alice'});
		expect(result.stderr).toContain('would create alice-dry-run');
		expect(world.emulator.job('alice-dry-run')).toBeUndefined();
	});

	test('--dry-run still refuses a collision', async () => {
		await world.writeFile('first.json', guideFirstJobText);
		await world.client.saveJob(JSON.parse(guideFirstJobText) as ChronosJob);
		const result = await world.cli(['submit', 'first.json', '--dry-run']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('already exists');
	});

	test('show --json, edit, submit --overwrite: the edit round trip a user does by hand', async () => {
		await world.client.saveJob(aliceJob('alice-train', {cpus: 8, mem: 32_768}));
		const shown = await world.cli(['show', 'alice-train', '--json']);
		expect(shown.code).toBe(0);
		const edited = shown.stdout.replace('"cpus": 8', '"cpus": 12');
		expect(edited).not.toBe(shown.stdout);
		await world.writeFile('alice-train.json', edited);

		const checked = await world.cli(['validate', 'alice-train.json']);
		expect(checked.code).toBe(0);
		const replaced = await world.cli(['submit', 'alice-train.json', '--overwrite']);
		expect(replaced).toMatchObject({code: 0, stdout: 'replaced alice-train\n'});
		expect(world.emulator.job('alice-train')).toMatchObject({cpus: 12, mem: 32_768});
	});

	test('the password never appears in anything submit prints', async () => {
		await world.writeFile('pipeline.yaml', pipeline);
		const result = await world.cli(['submit', 'pipeline.yaml', '--dry-run', '--overwrite']);
		expect(result.code).toBe(0);
		expect(result.stdout + result.stderr).not.toContain(password);
	});
});
