// `chronos-tui support NAME` against the emulator: the request on stdout, where to send it on stderr.
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {keepOutput} from '../../source/output/wrapper.js';
import {aliceJob, startWorld, type CliWorld} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	await world.client.saveJob(aliceJob('alice-train', {
		schedule: 'R1/2099-01-01T00:00:00.000Z/P1Y',
		environmentVariables: [{name: 'HF_TOKEN', value: 'hf_abcdef'}],
	}));
});

afterAll(async () => {
	await world.close();
});

describe('support', () => {
	test('prints the request to paste and says where to open it', async () => {
		const result = await world.cli(['support', 'alice-train']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Title: ReCaS HPC\/GPU: Chronos issue\n/);
		expect(result.stdout).toContain('Username: alice\nJob name: alice-train\n');
		expect(result.stdout).toContain('State: idle (last result: never ran)');
		expect(result.stdout).toContain('"image": "registry-clustergpu.recas.ba.infn.it/');
		expect(result.stdout).not.toContain('hf_abcdef');
		expect(result.stderr).toContain('Support page: https://www.recas-bari.it/index.php/en/recas-bari-servizi-en/support-request');
	});

	test('--out saves it to a new file, and never replaces an existing one', async () => {
		const target = join(world.home, 'request.txt');
		const saved = await world.cli(['support', 'alice-train', '--out', target]);
		expect(saved.code).toBe(0);
		expect(saved.stdout).toBe('');
		expect(saved.stderr).toContain(`Saved the support request to ${target}`);
		expect(await readFile(target, 'utf8')).toContain('Job name: alice-train');

		await writeFile(target, 'my notes\n');
		const again = await world.cli(['support', 'alice-train', '--out', target]);
		expect(again.code).toBe(1);
		expect(again.stderr).toBe(`chronos-tui: ${target} already exists and was left as it is; choose another name\n`);
		expect(await readFile(target, 'utf8')).toBe('my notes\n');
	});

	test('carries the last 40 lines of the newest run of a job that keeps its output', async () => {
		await world.client.saveJob(aliceJob('alice-kept', {
			schedule: 'R1/2099-01-01T00:00:00.000Z/P1Y',
			command: keepOutput('python3 train.py', '/lustrehome/alice/.chronos-output/{job}'),
		}));
		const storage = join(world.home, 'storage');
		const folder = join(storage, 'lustrehome/alice/.chronos-output/alice-kept');
		await mkdir(folder, {recursive: true});
		const lines = Array.from({length: 60}, (_, index) => `step ${index}`);
		await writeFile(join(folder, '1764700000000_0.log'), `${lines.join('\n')}\nTraceback: \u001B[31mboom\n`);
		const result = await world.cli(['support', 'alice-kept'], {env: {CHRONOS_STORAGE_ROOT: storage}});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Last 40 lines of output (run 2025-12-02 18:26:40 UTC, /lustrehome/alice/.chronos-output/alice-kept/1764700000000_0.log):\nstep 21\n');
		expect(result.stdout.endsWith('step 59\nTraceback: ␛[31mboom\n')).toBe(true);

		const plain = await world.cli(['support', 'alice-train']);
		expect(plain.stdout).toContain('Output: alice-train does not keep its output');
	});

	test('a job that does not exist is one clear line', async () => {
		const result = await world.cli(['support', 'alice-ghost']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`chronos-tui: there is no job alice-ghost on ${world.emulator.url}; check the name with chronos-tui list\n`);
	});
});
