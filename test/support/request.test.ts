import {describe, expect, it} from 'vitest';
import {recasProfile} from '../../source/jobs/profile.js';
import {descriptionPlaceholder, supportRequest, type SupportFacts} from '../../source/support/request.js';
import {recasJob} from '../helpers/chronos.js';

const job = recasJob('alice-train', 'alice', {
	command: 'python3 train.py',
	environmentVariables: [
		{name: 'EPOCHS', value: '10'},
		{name: 'WANDB_API_KEY', value: 'wandb-secret-123'},
		{name: 'HF_TOKEN', value: 'hf_abcdef'},
	],
	uris: ['https://bob:hunter22@data.example.org/set.tgz'],
	lastSuccess: '2026-12-01T10:00:00.000Z',
	lastError: '2026-12-02T01:30:00.000Z',
	errorsSinceLastSuccess: 2,
	successCount: 4,
	errorCount: 2,
});

const facts: SupportFacts = {
	support: recasProfile.support,
	user: 'alice',
	url: 'http://chronos.example:4400',
	name: 'alice-train',
	job,
	summary: {state: 'idle', status: 'failure', disabled: false, schedule: 'R1//P1Y'},
};

describe('support request', () => {
	it('carries what the ReCaS guide requires: its title, the username and the job name, and a place for the problem', () => {
		const {title, page, text} = supportRequest(facts);
		expect(title).toBe('ReCaS HPC/GPU: Chronos issue');
		expect(page).toBe('https://www.recas-bari.it/index.php/en/recas-bari-servizi-en/support-request');
		const lines = text.split('\n');
		expect(lines[0]).toBe('Title: ReCaS HPC/GPU: Chronos issue');
		expect(lines).toContain(`Problem: ${descriptionPlaceholder}`);
		expect(lines).toContain('Username: alice');
		expect(lines).toContain('Job name: alice-train');
		expect(lines).toContain('State: failed (last result: failed)');
		expect(lines).toContain('Last success: 1 Dec 2026 10:00 UTC');
		expect(lines).toContain('Last error: 2 Dec 2026 01:30 UTC (2 failed since the last success)');
	});

	it('includes the job as JSON without the values of secret-looking variables or passwords in URIs', () => {
		const {text} = supportRequest(facts);
		const json = text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1);
		const shown = JSON.parse(json) as typeof job;
		expect(shown.command).toBe('python3 train.py');
		expect(shown.environmentVariables).toEqual([
			{name: 'EPOCHS', value: '10'},
			{name: 'WANDB_API_KEY', value: '<hidden>'},
			{name: 'HF_TOKEN', value: '<hidden>'},
		]);
		expect(shown.uris).toEqual(['https://<hidden>@data.example.org/set.tgz']);
		expect(text).not.toMatch(/wandb-secret-123|hf_abcdef|hunter22/);
		// Counters belong to Chronos, not to the definition.
		expect(shown).not.toHaveProperty('successCount');
	});

	it('ends with the last 40 lines of output and where they came from', () => {
		const lines = Array.from({length: 100}, (_, index) => `line ${index}`);
		const {text} = supportRequest({...facts, output: {lines, from: 'run of 2 Dec 2026 01:30 UTC, /lustrehome/alice/out.log'}});
		const rest = text.slice(text.indexOf('Last 40 lines of output (run of 2 Dec 2026 01:30 UTC, /lustrehome/alice/out.log):'));
		expect(rest.trimEnd().split('\n').slice(1)).toEqual(lines.slice(60));
	});

	it('says where the output went when the tool could not see any', () => {
		const {text} = supportRequest({...facts, outputNote: 'not kept: the job writes to its Mesos sandbox only'});
		expect(text).toContain('Output: not kept: the job writes to its Mesos sandbox only');
	});

	it('lists the recent runs Chronos recorded, or says it recorded none', () => {
		expect(supportRequest(facts).text).toContain('Recent runs: none recorded by Chronos');
		const stats = {
			histogram: {},
			taskStatHistory: [{taskId: 'ct:1:0:alice-train:', startTime: '12/02/26 01:29:00', endTime: '12/02/26 01:30:00', status: 'FAILED', slaveId: 'gpu-node-3'}],
		};
		expect(supportRequest({...facts, stats}).text).toContain(
			'  started 12/02/26 01:29:00, ended 12/02/26 01:30:00, FAILED, on gpu-node-3, task ct:1:0:alice-train:',
		);
	});

	it('shows control characters from the job or the output as text', () => {
		const hostile = {...facts, job: {...job, description: 'x\u001B]52;c;AAAA\u0007y'}, output: {lines: ['ok'], from: 'a\u001B[2Jb'}};
		const {text} = supportRequest(hostile);
		expect(text).not.toMatch(/\u001B|\u0007/);
		expect(text).toContain('(a␛[2Jb)');
	});

	it("uses another site's texts when its profile has them", () => {
		const support = {title: 'GPU farm: job problem', page: 'https://help.example.org', instructions: 'Mail it.'};
		const request = supportRequest({...facts, support});
		expect(request.text.split('\n')[0]).toBe('Title: GPU farm: job problem');
		expect(request).toMatchObject({page: 'https://help.example.org', instructions: 'Mail it.'});
	});
});
