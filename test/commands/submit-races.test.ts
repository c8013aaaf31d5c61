// `submit` against what is already on Chronos and what changes while it runs: a circle closed through jobs
// on the server, and a second submission of the same new name arriving between the check and the POST.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test, vi} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {startTamperingServer, type Meanwhile, type TamperingServer} from '../helpers/tampering-proxy.js';
import {aliceJob, password, runCli, user} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let server: TamperingServer | undefined;
let home: string | undefined;

afterEach(async () => {
	await server?.close();
	if (home) await rm(home, {recursive: true, force: true});
	server = undefined;
	home = undefined;
});

/** An empty emulator with credentials behind a proxy that can act between an answer and its delivery. */
async function world(meanwhile?: Meanwhile) {
	server = await startTamperingServer((job) => job, {seed: 'none', credentials: {user, password}}, meanwhile);
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-cli-'));
	const direct = new ChronosClient({url: server.emulator.url, user, password});
	const folder = home;
	return {
		direct,
		async file(name: string, value: unknown) {
			const path = join(folder, name);
			await writeFile(path, JSON.stringify(value));
			return path;
		},
		cli: (args: string[]) =>
			runCli(args, {home: folder, env: {CHRONOS_URL: server!.url, CHRONOS_USER: user, CHRONOS_PASSWORD: password}}),
	};
}

describe('submit --overwrite and the dependency graph on Chronos', () => {
	test('a replacement that would close a circle through jobs on the server is refused, naming the circle', async () => {
		const {direct, file, cli} = await world();
		await direct.saveJob(aliceJob('alice-prepare'));
		await direct.saveJob(aliceJob('alice-train', {schedule: undefined, parents: ['alice-prepare']}));
		await direct.saveJob(aliceJob('alice-evaluate', {schedule: undefined, parents: ['alice-train']}));
		const path = await file('prepare.json', aliceJob('alice-prepare', {schedule: undefined, parents: ['alice-evaluate']}));

		const result = await cli(['submit', '--overwrite', path]);
		expect(result.code).not.toBe(0);
		expect(result.stderr).toContain(
			'would wait for each other in a circle, so none could ever run: alice-prepare -> alice-evaluate -> alice-train -> alice-prepare',
		);
		expect(result.stderr).toContain('nothing submitted');
		expect(server!.emulator.job('alice-prepare')!.parents ?? []).toEqual([]);
	});

	test('a replacement that keeps the graph free of circles still goes through', async () => {
		const {direct, file, cli} = await world();
		await direct.saveJob(aliceJob('alice-prepare'));
		await direct.saveJob(aliceJob('alice-train', {schedule: undefined, parents: ['alice-prepare']}));
		const path = await file('train.json', aliceJob('alice-train', {schedule: undefined, parents: ['alice-prepare'], mem: 2048}));
		const result = await cli(['submit', '--overwrite', path]);
		expect(result.stderr).not.toContain('circle');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('replaced alice-train');
	});
});

describe('two submissions of one new name', () => {
	test('the one that finds the name taken right before its POST says the other won and sends nothing', async () => {
		const theirs = aliceJob('alice-shared-name', {command: 'echo theirs'});
		let created = false;
		const {direct, file, cli} = await world(async ({method, url}) => {
			// The other submission lands just after this one looked at the list of jobs.
			if (!created && method === 'GET' && url.includes('/jobs/summary')) {
				created = true;
				await direct.saveJob(theirs);
			}
		});
		const path = await file('mine.json', aliceJob('alice-shared-name', {command: 'echo mine'}));

		const result = await cli(['submit', path]);
		expect(result.code).not.toBe(0);
		expect(result.stdout).not.toContain('created');
		expect(result.stderr).toContain('alice-shared-name was created on Chronos by someone else while this submit ran: theirs is kept');
		expect(server!.emulator.job('alice-shared-name')!.command).toBe('echo theirs');
	});
});
