import {afterEach, describe, expect, it} from 'vitest';
import {eventually} from '../helpers/eventually.js';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectedName, type Dashboard} from './dashboard-harness.js';

afterEach(closeDashboards);

const lines = (frame: string) => frame.split('\n');

async function openDetails(d: Dashboard, prefix: string): Promise<string> {
	await d.terminal.press('g');
	for (let step = 0; step < 20 && !selectedName(d.terminal.lastFrame())?.startsWith(prefix); step++) {
		await d.terminal.press('j');
	}

	await d.terminal.press(keys.enter);
	return d.terminal.waitFor(text => text.includes('[fields]') && !text.includes('reading the job'));
}

describe('details', () => {
	it('shows every field: command, schedule in words, resources, container, volumes, env, runs', async () => {
		const dashboard = await openDashboard({size: {columns: 120, rows: 60}});
		const frame = await openDetails(dashboard, 'alice-bert-finetune');
		expect(frame).toContain('python3 /lustre/home/alice/nlp/finetune_squad.py');
		expect(frame).toMatch(/output\s+not kept: the task's sandbox on the node that ran it/);
		expect(frame).toMatch(/in words\s+(once|never again)/);
		expect(frame).toMatch(/GPUs\s+2/);
		expect(frame).toMatch(/memory\s+32 GB/);
		expect(frame).toContain('registry-clustergpu.recas.ba.infn.it');
		expect(frame).toMatch(/volume\s+\/lustre\/home\/alice → \/lustre\/home\/alice \(RW\)/);
		expect(frame).toMatch(/HF_HOME\s+\/lustre\/home\/alice\/.cache\/huggingface/);
		expect(frame).toMatch(/successes\s+2/);
		expect(frame).toContain('runs measured');
	});

	it('reads run times in seconds: Chronos measures them in milliseconds', async () => {
		const dashboard = await openDashboard({emulator: {seed: 'none', speed: 200}, readyText: 'No jobs yet', size: {columns: 120, rows: 60}});
		const {terminal, client, emulator} = dashboard;
		const name = 'alice-nine-second-run';
		await client.saveJob({name, command: 'sleep 9', schedule: 'R1//P1Y', owner: 'alice', runAsUser: 'alice'});
		await eventually(`${name} succeeded`, () => emulator.job(name)?.successCount, count => count === 1, {timeoutMs: 15_000});
		await terminal.waitFor(name);
		await terminal.press(keys.enter);
		const frame = await terminal.waitFor(text => text.includes('runs measured') && text.includes('median'));
		// `sleep 9` plus the container's start: about ten seconds, never thousands.
		expect(frame).toMatch(/duration\s+median (9|10)(\.\d)? s, mean (9|10)(\.\d)? s/);
		expect(frame).not.toMatch(/\d{4} s/);
	}, 30_000);

	it('wraps a long command at 80 columns instead of cutting it', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 40}});
		const frame = await openDetails(dashboard, 'alice-bert-finetune');
		expect(frame).toContain('&& sleep 64800');
		expect(lines(frame).every(line => [...line].length <= 80)).toBe(true);
	});

	it('lists parents and children of dependent jobs', async () => {
		const dashboard = await openDashboard({size: {columns: 120, rows: 60}});
		const frame = await openDetails(dashboard, 'alice-cifar10-train');
		// This sample keeps its output: the command is shown as written, not wrapped, and the place is named.
		expect(frame).toContain('python3 /lustre/home/alice/cifar/train.py --epochs 30 && sleep 600');
		expect(frame).not.toContain('CHRONOS_JOB_RUN_TIME');
		expect(frame).toMatch(/output\s+kept in \/lustrehome\/alice\/.chronos-output\/alice-cifar10-train\//);
		expect(frame).toMatch(/parents\s+runs after alice-cifar10-preprocess succeed/);
		expect(frame).toMatch(/children\s+alice-cifar10-evaluate/);
	});

	it('switches to JSON and YAML with v, scrolls, and goes back with esc', async () => {
		const dashboard = await openDashboard({size: {columns: 100, rows: 24}});
		const {terminal} = dashboard;
		await openDetails(dashboard, 'alice-bert-finetune');
		await terminal.press('v');
		let frame = await terminal.waitFor('[json]');
		expect(frame).toContain('"name": "alice-bert-finetune-squad"');
		await terminal.press('v');
		frame = await terminal.waitFor('[yaml]');
		expect(frame).toContain('name: alice-bert-finetune-squad');
		expect(frame).toMatch(/lines 1-\d+ of \d+/);
		await terminal.press('G');
		frame = await terminal.waitFor(text => !/lines 1-/.test(text));
		expect(frame).not.toContain('name: alice-bert-finetune-squad');
		await terminal.press(keys.esc);
		await terminal.waitFor('12/12');
	});

	it('acts on the job shown: D from details deletes it and returns to the list', async () => {
		const dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		const name = 'alice-tensorboard-export';
		await openDetails(dashboard, name);
		await terminal.press('D');
		await terminal.waitFor(`Delete ${name}?`);
		await terminal.type(name);
		await terminal.press(keys.enter);
		await terminal.waitFor(`✓ Deleted ${name}`);
		expect(emulator.job(name)).toBeUndefined();
		await terminal.waitFor('11/11');
	});

	it('shows why a job could not be read', async () => {
		const dashboard = await openDashboard({size: {columns: 120, rows: 60}});
		const {terminal, emulator} = dashboard;
		await terminal.press('g');
		emulator.setFaults({failRate: 1});
		await terminal.press(keys.enter);
		const frame = await terminal.waitFor('✗ Could not read');
		expect(lines(frame).some(line => line.includes('Could not read run statistics'))).toBe(true);
	});
});

describe('help', () => {
	it('lists the keys of the list only', async () => {
		const dashboard = await openDashboard({size: {columns: 100, rows: 40}});
		const {terminal} = dashboard;
		await terminal.press('?');
		const frame = await terminal.waitFor('Keys: job list');
		expect(frame).toContain('Filter by name');
		expect(frame).toContain('Sort: pick a column');
		expect(frame).not.toContain('Fields, JSON or YAML');
		expect(frame).not.toContain('Press the focused button');
		await terminal.press(keys.esc);
		await terminal.waitFor('12/12');
	});

	it('lists the keys of details in details, and of the dialog in a dialog', async () => {
		const dashboard = await openDashboard({size: {columns: 100, rows: 40}});
		const {terminal} = dashboard;
		await terminal.press(keys.enter);
		await terminal.waitFor('[fields]');
		await terminal.press('?');
		let frame = await terminal.waitFor('Keys: job details');
		expect(frame).toContain('Fields, JSON or YAML');
		expect(frame).not.toContain('Sort: pick a column');
		await terminal.press(keys.esc, 's', '?');
		frame = await terminal.waitFor('Keys: confirmation');
		expect(frame).toContain('Press the focused button');
		expect(frame).not.toContain('Filter by name');
	});
});
