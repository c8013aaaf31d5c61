import {describe, test, expect} from 'vitest';
import {cloneJob, firstJobTemplate, newJob, stripReadOnly, withUserDefaults} from '../../source/jobs/defaults.js';
import {recasProfile, type ClusterProfile} from '../../source/jobs/profile.js';
import {validateJob} from '../../source/jobs/validate.js';
import type {ChronosJob} from '../../source/jobs/types.js';

const ctx = {profile: recasProfile, username: 'alice'};

describe('newJob', () => {
	test('carries the profile defaults and the user fields', () => {
		const job = newJob(recasProfile, 'alice');
		expect(job).toMatchObject({
			cpus: 1,
			mem: 1024,
			disk: 0,
			gpus: 1,
			retries: 2,
			shell: true,
			schedule: 'R1//P1Y',
			runAsUser: 'alice',
			owner: 'alice',
			ownerName: 'alice',
			container: {type: 'mesos', image: '', volumes: []},
		});
	});

	test('leaves name, command and image for the user, and validation asks for exactly those', () => {
		const paths = validateJob(newJob(recasProfile, 'alice'), ctx)
			.problems.filter((problem) => problem.severity === 'error')
			.map((problem) => problem.path);
		expect(paths.sort()).toEqual(['command', 'container.image', 'name']);
	});

	test('follows another site profile', () => {
		const site: ClusterProfile = {
			...recasProfile,
			containerType: 'docker',
			defaultSchedule: 'R1//PT1H',
			defaults: {cpus: 2, mem: 4096, disk: 100, gpus: 0, retries: 0},
		};
		expect(newJob(site, 'bob')).toMatchObject({cpus: 2, mem: 4096, disk: 100, gpus: 0, retries: 0, schedule: 'R1//PT1H', container: {type: 'docker'}});
	});
});

describe('firstJobTemplate', () => {
	test('is the guide first job for the user, and valid', () => {
		const job = firstJobTemplate(recasProfile, 'bob');
		expect(job.name).toBe('bob-my-first-job-submission');
		expect(job.command).toBe('sleep 5 && nvidia-smi');
		expect(job.gpus).toBe(1);
		expect(job.container?.image).toBe('registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1');
		expect(validateJob(job, {profile: recasProfile, username: 'bob'}).problems).toEqual([]);
	});
});

describe('withUserDefaults', () => {
	test('fills missing or empty user fields and keeps the ones given', () => {
		const job = withUserDefaults({name: 'alice-x', command: 'true', owner: 'alice@example.org', ownerName: ''}, 'alice');
		expect(job).toMatchObject({runAsUser: 'alice', owner: 'alice@example.org', ownerName: 'alice'});
	});
});

const fromServer: ChronosJob = {
	name: 'alice-train',
	command: 'python3 train.py',
	schedule: 'R0/2026-11-25T10:00:00.000Z/P1Y',
	disabled: true,
	successCount: 1,
	errorCount: 0,
	lastSuccess: '2026-11-25T10:00:05.000Z',
	lastError: '',
	errorsSinceLastSuccess: 0,
	container: {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/a/b:1', volumes: [{containerPath: '/lustre/a', hostPath: '/lustre/a', mode: 'RW'}]},
};

describe('stripReadOnly', () => {
	test('removes the counters and dates the server owns', () => {
		const job = stripReadOnly(fromServer);
		for (const field of ['successCount', 'errorCount', 'lastSuccess', 'lastError', 'errorsSinceLastSuccess']) {
			expect(job).not.toHaveProperty(field);
		}
		expect(job.name).toBe('alice-train');
		expect(fromServer.successCount).toBe(1);
	});
});

describe('cloneJob', () => {
	test('renames, strips server fields and shares nothing with the original', () => {
		const clone = cloneJob({...fromServer, schedule: 'R/2026-12-01T00:00:00.000Z/P1D', disabled: false}, 'alice-train-2');
		expect(clone.name).toBe('alice-train-2');
		expect(clone).not.toHaveProperty('successCount');
		expect(clone.schedule).toBe('R/2026-12-01T00:00:00.000Z/P1D');
		clone.container!.volumes![0]!.mode = 'RO';
		expect(fromServer.container!.volumes![0]!.mode).toBe('RW');
	});

	test('a finished run-once job clones into one that runs once, now', () => {
		const clone = cloneJob(fromServer, 'alice-train-again');
		expect(clone.schedule).toBe('R1//P1Y');
		expect(clone).not.toHaveProperty('disabled');
	});
});
