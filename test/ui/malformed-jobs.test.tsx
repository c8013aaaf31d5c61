// One job with fields of the wrong type (as a broken or hostile server sends them) must not close the
// dashboard: the bad field reads "(invalid: …)", and details, clone and new keep working for every job.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectJob, type Dashboard} from './dashboard-harness.js';

// Each test starts an emulator, a proxy and the dashboard; a busy machine needs more than the default.
vi.setConfig({testTimeout: 30_000});

afterEach(closeDashboards);

const bert = 'alice-bert-finetune-squad';
const train = 'alice-cifar10-train';

/** The damage the issue reports, each on a job of its own. */
const damage: Record<string, Record<string, unknown>> = {
	[bert]: {schedule: 42},
	[train]: {parents: 'x'},
	'alice-llama-lora-finetune': {container: {type: 'mesos', image: 7, volumes: [null]}},
	'alice-cifar10-preprocess': {environmentVariables: [null]},
};

async function openBroken(): Promise<Dashboard> {
	return openDashboard({
		size: {columns: 120, rows: 50},
		tamper: job => ({...job, ...damage[job['name'] as string]}),
	});
}

async function openDetails(d: Dashboard, prefix: string): Promise<string> {
	await selectJob(d, prefix);
	await d.terminal.press(keys.enter);
	return d.terminal.waitFor(text => text.includes('[fields]') && !text.includes('reading the job'));
}

describe('a job with fields of the wrong type', () => {
	it('shows the bad field as invalid in the list and the details, and the rest of the job', async () => {
		const dashboard = await openBroken();
		const list = await dashboard.terminal.waitFor(frame => /alice-bert-finetune-squad.*\(invalid\)/.test(frame));
		expect(list).toMatch(/alice-cifar10-train.*\(invalid\)/);
		const frame = await openDetails(dashboard, bert);
		expect(frame).toMatch(/schedule\s+\(invalid: expected a string, got the number 42\)/);
		expect(frame).toContain('python3 /lustre/home/alice/nlp/finetune_squad.py');
		await dashboard.terminal.press(keys.esc);
		const other = await openDetails(dashboard, train);
		expect(other).toMatch(/parents\s+\(invalid: expected a list of strings, got the text 'x'\)/);
	});

	it('names the bad entry inside a list, and shows the container and environment as invalid', async () => {
		const dashboard = await openBroken();
		let frame = await openDetails(dashboard, 'alice-llama-lora-finetune');
		expect(frame).toMatch(/container\s+\(invalid: image: expected a string, got the number 7\)/);
		await dashboard.terminal.press(keys.esc);
		frame = await openDetails(dashboard, 'alice-cifar10-preprocess');
		expect(frame).toMatch(/environment\s+\(invalid: entry 1: expected an object, got null\)/);
	});

	it('clone and new still open the wizard', async () => {
		const dashboard = await openBroken();
		const {terminal} = dashboard;
		await selectJob(dashboard, 'alice-llama-lora-finetune');
		await terminal.press('c');
		await terminal.waitFor('copy of alice-llama-lora-finetune');
		// A copy is a started job: leaving asks, and a second ctrl+c leaves with its draft kept.
		await terminal.press(keys.ctrlC);
		await terminal.waitFor('Discard this job?');
		await terminal.press(keys.ctrlC);
		await terminal.waitFor('The draft is kept: n offers it back');
		await selectJob(dashboard, bert);
		await terminal.press('n');
		await terminal.waitFor('What should the new job start from?');
		await terminal.press(keys.ctrlC);
		await terminal.waitFor('[DEMO]');
		expect(dashboard.quits).toBe(0);
	});
});
