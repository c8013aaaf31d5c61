// Jobs, counters and history survive a restart through the state file.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect, test} from 'vitest';
import {startEmulator} from '../../source/emulator/server.js';
import {eventually} from '../helpers/eventually.js';
import {api, basicJob, emulator, postJob} from './helpers.js';

function stateFile(): string {
	return join(mkdtempSync(join(tmpdir(), 'chronos-emulator-')), 'nested', 'state.json');
}

test('a job submitted and run before a restart is there after it, with its counters and history', async () => {
	const path = stateFile();
	const first = await emulator({stateFile: path, speed: 1000});
	await postJob(first.url, basicJob('alice-kept', {command: 'sleep 2', schedule: 'R1/2035-01-01T00:00:00Z/P1Y'}));
	await postJob(first.url, {name: 'alice-child', command: 'echo', parents: ['alice-kept']}, 'dependency');
	await fetch(`${first.url}${api}/job/alice-kept`, {method: 'PUT'});
	await eventually('the chain to finish', () => first.job('alice-child')!.successCount, (count) => count === 1);
	await first.close();

	const second = await emulator({stateFile: path, seed: 'samples'});
	// The saved jobs win over the seed.
	expect(second.jobs().map((job) => job.name)).toEqual(['alice-kept', 'alice-child']);
	expect(second.job('alice-kept')).toMatchObject({successCount: 1, disabled: true});
	expect(second.job('alice-child')!.parents).toEqual(['alice-kept']);
	const stats = (await (await fetch(`${second.url}${api}/job/stat/alice-kept`)).json()) as {histogram: {count: number}};
	expect(stats.histogram.count).toBe(1);
});

test('the file is written soon after a change, atomically, without waiting for close', async () => {
	const path = stateFile();
	const server = await emulator({stateFile: path});
	await postJob(server.url, basicJob('alice-soon', {disabled: true}));
	const saved = await eventually(
		'the state file to list the job',
		() => {
			try {
				return JSON.parse(readFileSync(path, 'utf8')) as {jobs: Array<{job: {name: string}}>};
			} catch {
				return undefined;
			}
		},
		(state) => state?.jobs.some((entry) => entry.job.name === 'alice-soon') ?? false,
	);
	expect(saved!.jobs).toHaveLength(1);
});

test('a fresh state file is seeded, and a damaged one is refused with its path', async () => {
	const path = stateFile();
	const seeded = await emulator({stateFile: path, seed: 'samples', sampleUser: 'frank'});
	await seeded.close();
	const restarted = await emulator({stateFile: path, seed: 'none'});
	expect(restarted.jobs().length).toBeGreaterThanOrEqual(10);

	const damaged = join(mkdtempSync(join(tmpdir(), 'chronos-emulator-')), 'state.json');
	writeFileSync(damaged, '{not json');
	await expect(startEmulator({stateFile: damaged})).rejects.toThrow(damaged);
});
