// The dependency view (`t`): jobs under the jobs they wait for, with their states, and the same keys as the
// list on its lines.
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectedName, showOnly, type Dashboard} from './dashboard-harness.js';

afterEach(closeDashboards);

const lines = (frame: string) => frame.split('\n');
const treeTitle = 'JOB, UNDER THE JOBS IT WAITS FOR';

async function openTree(d: Dashboard, count = '12/12'): Promise<string> {
	await d.terminal.waitFor(count);
	await d.terminal.press('t');
	return d.terminal.waitFor(treeTitle);
}

describe('dependency tree view', {timeout: 20_000}, () => {
	it('draws the pipeline preprocess → train → evaluate as a tree with states, at 80x24', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		const frame = await openTree(dashboard);
		const rows = lines(frame);
		const preprocess = rows.findIndex(line => /\S \w+\s+alice-cifar10-preprocess/.test(line));
		expect(preprocess, frame).toBeGreaterThan(0);
		expect(rows[preprocess + 1]).toMatch(/\S \w+\s+└─ alice-cifar10-train/);
		expect(rows[preprocess + 2]).toMatch(/\S \w+\s+ {3}└─ alice-cifar10-evaluate/);
		// Jobs that stand alone are there too, after the pipelines.
		expect(frame).toMatch(/(running|queued)\s+alice-bert-finetune-squad/);
		for (const line of rows) {
			expect([...line].length).toBeLessThanOrEqual(80);
		}

		expect(rows).toHaveLength(24);
		expect(rows.at(-1)).toContain('esc back');
	});

	it('starts on the job selected in the list, moves with j/k, opens details with enter and esc comes back', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		await terminal.waitFor('12/12');
		await terminal.press('j', 'j', 'j');
		expect(selectedName(terminal.lastFrame())).toBe('alice-cifar10-train');
		await terminal.press('t');
		let frame = await terminal.waitFor(treeTitle);
		expect(selectedName(frame.replaceAll('└─ ', ''))).toBe('alice-cifar10-train');
		await terminal.press('j');
		frame = await terminal.waitFor(text => selectedName(text.replaceAll('└─ ', '')) === 'alice-cifar10-evaluate');
		await terminal.press(keys.enter);
		frame = await terminal.waitFor('[fields]');
		expect(lines(frame).find(line => line.includes('[fields]'))).toContain('alice-cifar10-evaluate');
		await terminal.press(keys.esc);
		frame = await terminal.waitFor(treeTitle);
		expect(selectedName(frame.replaceAll('└─ ', ''))).toBe('alice-cifar10-evaluate');
		await terminal.press('t');
		frame = await terminal.waitFor(text => !text.includes(treeTitle));
		expect(frame).toContain('NAME↓');
	});

	it('acts on the selected line with the list keys: stop asks about that job, rerun runs it', async () => {
		const dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await openTree(dashboard);
		await terminal.press('g');
		await terminal.waitFor(text => selectedName(text) === 'alice-cifar10-preprocess');
		await terminal.press('s');
		await terminal.waitFor('Stop alice-cifar10-preprocess?');
		await terminal.press(keys.esc);
		await terminal.press('j', 'r');
		await terminal.waitFor('Run alice-cifar10-train now?');
		await terminal.press(keys.enter);
		await terminal.waitFor('Asked Chronos to run alice-cifar10-train now');
		expect(['queued', 'running']).toContain(emulator.summary('alice-cifar10-train')?.state);
		expect(terminal.lastFrame()).toContain(treeTitle);
	});

	it('filtered, keeps a matching job in its place under the jobs it waits for, marked as context and never selected', async () => {
		const dashboard = await openDashboard({size: {columns: 100, rows: 30}});
		const {terminal} = dashboard;
		await terminal.waitFor('12/12');
		await showOnly(terminal, 'alice-cifar10-evaluate');
		await terminal.press('t');
		let frame = await terminal.waitFor(treeTitle);
		const rows = lines(frame);
		const preprocess = rows.findIndex(line => line.includes('alice-cifar10-preprocess'));
		expect(preprocess, frame).toBeGreaterThan(0);
		expect(rows[preprocess]).toMatch(/^ {2}\S \w+\s+alice-cifar10-preprocess \(context: filtered out\)/);
		expect(rows[preprocess + 1]).toMatch(/^ {2}\S \w+\s+└─ alice-cifar10-train \(context: filtered out\)/);
		expect(rows[preprocess + 2]).toMatch(/^› \S \w+\s+ {3}└─ alice-cifar10-evaluate/);
		expect(rows[preprocess + 2]).not.toContain('context');
		// Only the match's pipeline: jobs that neither match nor lead to a match are left out.
		expect(frame).not.toContain('alice-bert-finetune-squad');
		expect(frame).toContain('1/12');

		// The cursor passes over context lines: it stays on the match, and the job keys act on the match.
		await terminal.press('g', 'k', 'k', 'G');
		expect(selectedName(terminal.lastFrame().replaceAll('└─ ', ''))).toBe('alice-cifar10-evaluate');
		await terminal.press('s');
		await terminal.waitFor('Stop alice-cifar10-evaluate?');
		await terminal.press(keys.esc);

		// `/` filters here too, and the tree follows what is typed.
		await terminal.press('/', keys.ctrlU);
		await terminal.type('cifar10-train');
		frame = await terminal.waitFor(text => lines(text).some(line => /^› .*└─ alice-cifar10-train/.test(line)));
		expect(frame).not.toContain('alice-cifar10-evaluate');
		expect(lines(frame).find(line => line.includes('alice-cifar10-preprocess'))).toContain('(context: filtered out)');
	});

	it('says in its help how the filter acts in the tree', async () => {
		const dashboard = await openDashboard({size: {columns: 120, rows: 40}});
		await openTree(dashboard);
		await dashboard.terminal.press('?');
		const frame = await dashboard.terminal.waitFor('dependency tree');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('/ Filter as the list does; matches stay in place, dim lines are jobs they wait for');
	});

	it('shows a job that waits for two jobs under each of them, marked', async () => {
		const dashboard = await openDashboard({size: {columns: 120, rows: 30}});
		await dashboard.client.saveJob({
			name: 'alice-merge-results',
			command: 'true',
			parents: ['alice-cifar10-evaluate', 'alice-bert-finetune-squad'],
		});
		const frame = await openTree(dashboard, '13/13');
		const merged = lines(frame).filter(line => line.includes('└─ alice-merge-results'));
		expect(merged, frame).toHaveLength(2);
		expect(merged[0]).toContain('(also after alice-cifar10-evaluate)');
		expect(merged[1]).toContain('(also after alice-bert-finetune-squad)');
	}, 15_000);
});
