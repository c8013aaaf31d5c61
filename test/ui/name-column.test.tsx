// Names first: job names all start with the user's prefix, so a name cut at its end reads like its
// neighbours. The name column takes room from the other columns, "my jobs" drops the shared prefix (said
// once above the names), and a name still too long loses its middle so the distinguishing end stays.
import {afterEach, describe, expect, it} from 'vitest';
import {closeDashboards, lineOf, openDashboard} from './dashboard-harness.js';

afterEach(closeDashboards);

const sampleNames = [
	'alice-resnet50-imagenet-training',
	'alice-nightly-checkpoint-backup',
	'alice-yolo-inference-benchmark',
	'alice-unet-segmentation-test',
	'alice-my-first-job-submission',
];

describe('name column', {timeout: 20_000}, () => {
	for (const columns of [80, 100]) {
		it(`shows every sample name whole at ${columns} columns`, async () => {
			const dashboard = await openDashboard({size: {columns, rows: 30}});
			const frame = await dashboard.terminal.waitFor('12/12');
			for (const name of sampleNames) {
				expect(lineOf(frame, name), name).toContain(name);
			}

			for (const line of frame.split('\n')) {
				expect([...line].length).toBeLessThanOrEqual(columns);
			}
		});
	}

	it('cuts names still too long in the middle, so their different ends stay apart', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 30}});
		const stem = 'alice-resnet50-imagenet-sweep-learning-rate-and-warmup';
		for (const end of ['a01', 'b02']) {
			await dashboard.client.saveJob({name: `${stem}-${end}`, command: 'true', schedule: 'R1/2099-01-01T00:00:00Z/P1D'});
		}

		const frame = await dashboard.terminal.waitFor('14/14');
		const lines = frame.split('\n').filter(line => line.includes('alice-resnet50-') && line.includes('…'));
		expect(lines.find(line => /…\S*-a01 /.test(line)), frame).toBeDefined();
		expect(lines.find(line => /…\S*-b02 /.test(line)), frame).toBeDefined();
	});

	it('drops the user prefix in "my jobs" and says it once in the column title', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 30}});
		await dashboard.terminal.press('m');
		const frame = await dashboard.terminal.waitFor("alice's jobs");
		expect(frame).toContain('NAME (alice-…)');
		expect(frame).toMatch(/idle\s+cifar10-evaluate\s/);
		expect(frame).toMatch(/resnet50-imagenet-training\s/);
		expect(frame.split('\n').filter(line => line.includes('alice-')).length).toBeLessThanOrEqual(2);
	});
});
