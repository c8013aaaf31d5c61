// Every endpoint of the 3.x API over real HTTP, with the status codes and bodies real Chronos sends.
import {describe, expect, test} from 'vitest';
import type {ChronosJob} from '../../source/jobs/types.js';
import type {JobStats, JobSummary} from '../../source/chronos/types.js';
import {api, basicJob, emulator, getJson, postJob} from './helpers.js';

async function errorMessage(response: Response): Promise<{status: string; message: string}> {
	expect(response.headers.get('content-type')).toContain('application/json');
	return (await response.json()) as {status: string; message: string};
}

describe('creating jobs', () => {
	test('POST iso8601 answers 204 with an empty body and the job appears with server defaults', async () => {
		const server = await emulator();
		const response = await postJob(server.url, {name: 'alice-first', command: 'echo hi', schedule: 'R1/2030-01-01T10:00:00Z/PT2H'});
		expect(response.status).toBe(204);
		expect(await response.text()).toBe('');

		const {status, body} = await getJson<ChronosJob>(server.url, `${api}/job/alice-first`);
		expect(status).toBe(200);
		expect(body).toMatchObject({
			name: 'alice-first',
			command: 'echo hi',
			shell: true,
			retries: 2,
			cpus: 0.1,
			mem: 128,
			disk: 256,
			successCount: 0,
			errorCount: 0,
			lastSuccess: '',
			lastError: '',
			errorsSinceLastSuccess: 0,
			disabled: false,
			schedule: 'R1/2030-01-01T10:00:00.000Z/PT2H',
		});
	});

	test('an empty start becomes now, normalised with milliseconds and Z', async () => {
		const server = await emulator();
		const before = Date.now();
		await postJob(server.url, basicJob('alice-later', {schedule: 'R2//PT1H', disabled: true}));
		const schedule = server.job('alice-later')!.schedule!;
		expect(schedule).toMatch(/^R2\/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\/PT1H$/);
		expect(Date.parse(schedule.split('/')[1]!)).toBeGreaterThanOrEqual(before - 1000);
	});

	test('zero or absent resources take the defaults, strings are read as numbers, gpus is kept, unknown fields ignored', async () => {
		const server = await emulator();
		await postJob(server.url, {
			...basicJob('alice-sizes', {disabled: true}),
			cpus: '0.5',
			mem: '8192',
			disk: 0,
			gpus: 2,
			epsilon: 'PT30S',
			nonsense: 'typo field',
		});
		const job = server.job('alice-sizes') as ChronosJob & Record<string, unknown>;
		expect(job.cpus).toBe(0.5);
		expect(job.mem).toBe(8192);
		expect(job.disk).toBe(256);
		expect(job.gpus).toBe(2);
		expect(job).not.toHaveProperty('nonsense');
		expect(job).not.toHaveProperty('epsilon');
	});

	test('the container, volumes and user fields come back as Chronos writes them', async () => {
		const server = await emulator();
		await postJob(server.url, {
			...basicJob('alice-container', {disabled: true}),
			runAsUser: 'alice',
			owner: 'alice',
			ownerName: 'alice',
			container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/alice/torch:1', volumes: [{containerPath: '/lustre/a', hostPath: '/lustre/a', mode: 'RW'}]},
		});
		const job = server.job('alice-container')!;
		expect(job.runAsUser).toBe('alice');
		expect(job.container).toMatchObject({type: 'MESOS', image: 'registry-clustergpu.recas.ba.infn.it/alice/torch:1'});
		expect(job.container!.volumes).toEqual([{containerPath: '/lustre/a', hostPath: '/lustre/a', mode: 'RW'}]);
	});

	test('POST iso8601 with an existing name silently replaces the job, resetting its counters', async () => {
		const server = await emulator({seed: 'samples', sampleUser: 'bob'});
		const before = server.job('bob-cifar10-preprocess')!;
		expect(before.successCount).toBeGreaterThan(0);

		const response = await postJob(server.url, {name: 'bob-cifar10-preprocess', command: 'echo replaced', schedule: 'R1/2031-01-01T00:00:00Z/P1D'});
		expect(response.status).toBe(204);
		const after = server.job('bob-cifar10-preprocess')!;
		expect(after.command).toBe('echo replaced');
		expect(after.successCount).toBe(0);
		expect(after.lastSuccess).toBe('');
		expect(server.jobs().filter((job) => job.name === 'bob-cifar10-preprocess')).toHaveLength(1);
	});

	test('a missing command becomes empty, unknown constraint operators and repeated parents are dropped', async () => {
		const server = await emulator();
		await postJob(server.url, {
			name: 'alice-bare',
			schedule: 'R1/2035-01-01T00:00:00Z/P1D',
			constraints: [['rack', 'EQUALS', 'a'], ['rack', 'GROUP_BY', 'b']],
		});
		expect(server.job('alice-bare')).toMatchObject({command: '', constraints: [['rack', 'EQUALS', 'a']]});
		await postJob(server.url, {name: 'alice-twice', command: 'echo', parents: ['alice-bare', 'alice-bare']}, 'dependency');
		expect(server.job('alice-twice')!.parents).toEqual(['alice-bare']);
	});

	test('a job posted without a schedule runs once, now, as R1/<now>/PT24H', async () => {
		const server = await emulator();
		await postJob(server.url, {name: 'alice-noschedule', command: 'echo', disabled: true});
		expect(server.job('alice-noschedule')!.schedule).toMatch(/^R1\/.+Z\/PT24H$/);
	});
});

describe('refused jobs', () => {
	test('an invalid name is a 400 with the requirement that failed', async () => {
		const server = await emulator();
		const response = await postJob(server.url, basicJob('alice first job'));
		expect(response.status).toBe(400);
		const body = await errorMessage(response);
		expect(body.status).toBe('Bad Request');
		expect(body.message).toMatch(/^java\.lang\.IllegalArgumentException: requirement failed: the job's name is invalid/);
		expect(server.jobs()).toHaveLength(0);
	});

	test('an unparsable schedule is a 400 naming the schedule', async () => {
		const server = await emulator();
		const response = await postJob(server.url, basicJob('alice-bad', {schedule: 'every day'}));
		expect(response.status).toBe(400);
		expect((await errorMessage(response)).message).toBe("Cannot parse schedule 'every day'");
	});

	test('a start before 1970 is a 400', async () => {
		const server = await emulator();
		const response = await postJob(server.url, basicJob('alice-old', {schedule: 'R1/1969-12-31T23:00:00Z/P1D'}));
		expect(response.status).toBe(400);
		expect((await errorMessage(response)).message).toContain('Cannot parse schedule');
	});

	test('uris together with fetch is a 400', async () => {
		const server = await emulator();
		const response = await postJob(server.url, {...basicJob('alice-fetch'), uris: ['http://x/a'], fetch: [{uri: 'http://x/b'}]});
		expect(response.status).toBe(400);
		expect((await errorMessage(response)).message).toContain('both uri (deprecated) and fetch');
	});

	test('malformed JSON and a missing name give Jetty’s HTML 500 page, not a JSON error', async () => {
		const server = await emulator();
		for (const body of ['{"name": "x", ', JSON.stringify({command: 'echo', schedule: 'R1//P1Y'})]) {
			const response = await postJob(server.url, body);
			expect(response.status).toBe(500);
			expect(response.headers.get('content-type')).toContain('text/html');
			expect(await response.text()).toContain('HTTP ERROR 500');
		}
		expect(server.jobs()).toHaveLength(0);
	});

	test('a body not labelled as JSON is refused with 415', async () => {
		const server = await emulator();
		const response = await fetch(`${server.url}${api}/iso8601`, {method: 'POST', body: JSON.stringify(basicJob('alice-text'))});
		expect(response.status).toBe(415);
	});
});

describe('dependent jobs', () => {
	test('POST dependency creates a child; the summary shows parents and an empty schedule', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-parent', {disabled: true}));
		const response = await postJob(server.url, {name: 'alice-child', command: 'echo', parents: ['alice-parent']}, 'dependency');
		expect(response.status).toBe(204);
		const {body} = await getJson<{jobs: JobSummary[]}>(server.url, `${api}/jobs/summary`);
		expect(body.jobs).toContainEqual({name: 'alice-child', status: 'fresh', state: 'idle', schedule: '', parents: ['alice-parent'], disabled: false});
		expect(body.jobs.find((job) => job.name === 'alice-parent')!.parents).toEqual([]);
		expect(server.job('alice-child')).not.toHaveProperty('schedule');
	});

	test('a new child with an unknown parent is accepted (204) but never appears', async () => {
		const server = await emulator();
		const response = await postJob(server.url, {name: 'alice-orphan', command: 'echo', parents: ['alice-nobody']}, 'dependency');
		expect(response.status).toBe(204);
		expect(server.job('alice-orphan')).toBeUndefined();
	});

	test('updating a child with an unknown parent is a 400', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-parent', {disabled: true}));
		await postJob(server.url, {name: 'alice-child', command: 'echo', parents: ['alice-parent']}, 'dependency');
		const response = await postJob(server.url, {name: 'alice-child', command: 'echo', parents: ['alice-nobody']}, 'dependency');
		expect(response.status).toBe(400);
		expect((await errorMessage(response)).message).toContain("alice-nobody' not found");
		expect(server.job('alice-child')!.parents).toEqual(['alice-parent']);
	});

	test('a new dependent job without parents is a 500', async () => {
		const server = await emulator();
		const response = await postJob(server.url, {name: 'alice-lonely', command: 'echo', parents: []}, 'dependency');
		expect(response.status).toBe(500);
		expect((await errorMessage(response)).status).toBe('Internal Server Error');
	});

	test('deleting a parent hands its place to the grandparent, or its schedule to the child', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-a', {schedule: 'R/2030-01-01T00:00:00Z/P1D'}));
		await postJob(server.url, {name: 'alice-b', command: 'echo', parents: ['alice-a']}, 'dependency');
		await postJob(server.url, {name: 'alice-c', command: 'echo', parents: ['alice-b']}, 'dependency');

		expect((await fetch(`${server.url}${api}/job/alice-b`, {method: 'DELETE'})).status).toBe(204);
		expect(server.job('alice-c')!.parents).toEqual(['alice-a']);

		expect((await fetch(`${server.url}${api}/job/alice-a`, {method: 'DELETE'})).status).toBe(204);
		const orphan = server.job('alice-c')!;
		expect(orphan.parents).toBeUndefined();
		expect(orphan.schedule).toBe('R/2030-01-01T00:00:00.000Z/P1D');
	});

	test('a child rebuilt from a deleted scheduled parent keeps only what Chronos 3 copies, whatever its other parents', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-prep', {schedule: 'R/2030-01-01T00:00:00Z/P1D', scheduleTimeZone: 'Europe/Rome'}));
		await postJob(server.url, basicJob('alice-other', {schedule: 'R1/2030-01-01T00:00:00Z/P1Y'}));
		const child = {
			name: 'alice-train',
			command: 'python3 train.py',
			parents: ['alice-prep', 'alice-other'],
			shell: false,
			arguments: ['--lr', '0.1'],
			cpus: 4,
			mem: 8192,
			gpus: 1,
			retries: 3,
			owner: 'alice',
			ownerName: 'Alice',
			runAsUser: 'alice',
			description: 'trains',
			concurrent: true,
			highPriority: true,
			softError: true,
			container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/alice/torch:1', volumes: [{containerPath: '/lustrehome/alice', hostPath: '/lustrehome/alice', mode: 'RW'}]},
			environmentVariables: [{name: 'HF_HOME', value: '/lustrehome/alice/hf'}],
			constraints: [['hostname', 'LIKE', 'gpu.*']],
		};
		expect((await postJob(server.url, child, 'dependency')).status).toBe(204);

		expect((await fetch(`${server.url}${api}/job/alice-prep`, {method: 'DELETE'})).status).toBe(204);
		const rebuilt = server.job('alice-train')!;
		expect(rebuilt).toMatchObject({
			name: 'alice-train', command: 'python3 train.py', cpus: 4, mem: 8192, retries: 3, owner: 'alice',
			highPriority: true, softError: true, schedule: 'R/2030-01-01T00:00:00.000Z/P1D', scheduleTimeZone: 'Europe/Rome',
		});
		// Back to Chronos' defaults: no image, no volumes, no environment, no arguments, the other parent gone too.
		expect(rebuilt.parents).toBeUndefined();
		expect(rebuilt.container).toBeUndefined();
		expect(rebuilt.environmentVariables ?? []).toEqual([]);
		expect(rebuilt.arguments ?? []).toEqual([]);
		expect(rebuilt.constraints ?? []).toEqual([]);
		expect(rebuilt.shell).toBe(true);
		expect(rebuilt.concurrent ?? false).toBe(false);
		expect(rebuilt.description ?? '').toBe('');
		expect(rebuilt.ownerName ?? '').toBe('');
		expect(rebuilt.runAsUser).not.toBe('alice');
		expect(rebuilt.gpus).toBeUndefined();
		expect(server.summary('alice-train')).toMatchObject({schedule: 'R/2030-01-01T00:00:00.000Z/P1D', parents: []});
	});
});

describe('reading jobs', () => {
	test('GET jobs lists every job with the read-only counters', async () => {
		const server = await emulator({seed: 'samples', sampleUser: 'carol'});
		const {status, body} = await getJson<ChronosJob[]>(server.url, `${api}/jobs`);
		expect(status).toBe(200);
		expect(body.length).toBeGreaterThanOrEqual(10);
		for (const job of body) {
			expect(job.name.startsWith('carol-')).toBe(true);
			expect(typeof job.successCount).toBe('number');
			expect(typeof job.errorCount).toBe('number');
			expect(job.lastSuccess === '' || !Number.isNaN(Date.parse(job.lastSuccess!))).toBe(true);
		}
	});

	test('an unknown job is a 400 (not 404) on GET, PUT, DELETE, kill and stat', async () => {
		const server = await emulator();
		const calls: Array<[string, string]> = [
			['GET', `${api}/job/ghost`],
			['PUT', `${api}/job/ghost`],
			['DELETE', `${api}/job/ghost`],
			['DELETE', `${api}/task/kill/ghost`],
			['GET', `${api}/job/stat/ghost`],
		];
		for (const [method, path] of calls) {
			const response = await fetch(`${server.url}${path}`, {method});
			expect(response.status, `${method} ${path}`).toBe(400);
			const body = await errorMessage(response);
			expect(body).toMatchObject({status: 'Bad Request'});
			expect(body.message.split('\n')[0]).toBe("java.lang.IllegalArgumentException: requirement failed: Job 'ghost' not found");
		}
	});

	test('marking success answers with a sentence; false for an unknown job', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-mark', {disabled: true}));
		const known = await fetch(`${server.url}${api}/job/success/alice-mark`, {method: 'PUT'});
		expect(known.status).toBe(200);
		expect(await known.text()).toBe('marked job alice-mark as successful: true');
		expect(server.summary('alice-mark')!.status).toBe('success');
		const unknown = await fetch(`${server.url}${api}/job/success/ghost`, {method: 'PUT'});
		expect(unknown.status).toBe(200);
		expect(await unknown.text()).toBe('marked job ghost as successful: false');
	});

	test('search matches name and command case-insensitively, limit 10 by default, with offset', async () => {
		const server = await emulator({seed: 25, sampleUser: 'dave'});
		const byName = await getJson<ChronosJob[]>(server.url, `${api}/jobs/search?name=GENERATED-JOB`);
		expect(byName.body).toHaveLength(10);
		const all = await getJson<ChronosJob[]>(server.url, `${api}/jobs/search?name=generated&limit=100`);
		expect(all.body).toHaveLength(25);
		const page = await getJson<ChronosJob[]>(server.url, `${api}/jobs/search?name=generated&limit=5&offset=20`);
		expect(page.body.map((job) => job.name)).toEqual(all.body.slice(20, 25).map((job) => job.name));
		const byCommand = await getJson<ChronosJob[]>(server.url, `${api}/jobs/search?command=RSYNC&limit=100`);
		expect(byCommand.body.length).toBe(5);
		expect(byCommand.body.every((job) => job.command.includes('rsync'))).toBe(true);
		const rescued = await getJson<ChronosJob[]>(server.url, `${api}/jobs/search?name=nomatch&any=rsync&limit=100`);
		expect(rescued.body.length).toBe(5);
	});

	test('graph/csv lists nodes with status and state, then links', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-a', {disabled: true}));
		await postJob(server.url, {name: 'alice-b', command: 'echo', parents: ['alice-a']}, 'dependency');
		const response = await fetch(`${server.url}${api}/graph/csv`);
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('node,alice-a,fresh,idle\nnode,alice-b,fresh,idle\nlink,alice-a,alice-b\n');
	});

	test('graph/dot is a Graphviz digraph of the dependencies', async () => {
		const server = await emulator();
		await postJob(server.url, basicJob('alice-a', {disabled: true}));
		await postJob(server.url, {name: 'alice-b', command: 'echo', parents: ['alice-a']}, 'dependency');
		const text = await (await fetch(`${server.url}${api}/graph/dot`)).text();
		expect(text).toMatch(/^digraph G \{/);
		expect(text).toContain('"alice-a" -> "alice-b";');
	});

	test('job/stat gives percentiles and task history of past runs', async () => {
		const server = await emulator({speed: 1000});
		await postJob(server.url, basicJob('alice-stat', {command: 'sleep 5'}));
		const stats = await (async () => {
			for (;;) {
				const {body} = await getJson<JobStats>(server.url, `${api}/job/stat/alice-stat`);
				if (body.histogram.count === 1) {
					return body;
				}
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		})();
		expect(stats.histogram.median).toBe(6000);
		expect(stats.taskStatHistory).toHaveLength(1);
		expect(stats.taskStatHistory[0]).toMatchObject({jobName: 'alice-stat', status: 'TASK_FINISHED', duration: '6s'});
		expect(String(stats.taskStatHistory[0]!.startTime)).toMatch(/^\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d$/);
	});

	test('leader, ping and metrics', async () => {
		const server = await emulator({seed: 3});
		expect((await getJson(server.url, `${api}/leader`)).body).toEqual({leader: `127.0.0.1:${server.port}`});
		const ping = await fetch(`${server.url}/ping`);
		expect(await ping.text()).toBe('pong\n');
		const metrics = await getJson<{gauges: Record<string, {value: number}>}>(server.url, '/metrics');
		expect(metrics.body.gauges['jobs.count']!.value).toBe(3);
	});

	test('unknown paths are 404 and a wrong method on a known path is 405', async () => {
		const server = await emulator();
		expect((await fetch(`${server.url}${api}/nothing-here`)).status).toBe(404);
		expect((await fetch(`${server.url}${api}/jobs`, {method: 'DELETE'})).status).toBe(405);
	});
});

describe('Chronos 2.x', () => {
	test('serves /scheduler/ without jobs/summary or GET job/{name}', async () => {
		const server = await emulator({apiVersion: 2, seed: 2});
		expect((await fetch(`${server.url}/scheduler/jobs`)).status).toBe(200);
		expect((await fetch(`${server.url}/scheduler/graph/csv`)).status).toBe(200);
		expect((await fetch(`${server.url}/scheduler/jobs/summary`)).status).toBe(404);
		expect((await fetch(`${server.url}${api}/jobs`)).status).toBe(404);
		const name = server.jobs()[0]!.name;
		expect((await fetch(`${server.url}/scheduler/job/${name}`)).status).toBe(405);
		expect(server.job(name)!.epsilon).toBe('PT60S');
	});

	test('answers a failed check with the bare message, as 2.x did', async () => {
		const server = await emulator({apiVersion: 2});
		const response = await fetch(`${server.url}/scheduler/job/ghost`, {method: 'DELETE'});
		expect(response.status).toBe(400);
		expect(await response.text()).toBe("requirement failed: Job 'ghost' not found");
	});
});
