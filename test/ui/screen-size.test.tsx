import {afterEach, describe, expect, it} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectedName} from './dashboard-harness.js';

afterEach(closeDashboards);

const lines = (frame: string) => frame.split('\n');

describe('terminal size', () => {
	it('asks for a larger terminal below 80x24 and comes back after a resize', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		terminal.resize(79, 24);
		let frame = await terminal.waitFor('Terminal too small');
		expect(frame).toContain('(have 79x24, need 80x24)');
		terminal.resize(100, 20);
		frame = await terminal.waitFor('(have 100x20, need 80x24)');
		expect(lines(frame).length).toBeLessThanOrEqual(20);
		terminal.resize(80, 24);
		frame = await terminal.waitFor('12/12');
		expect(lines(frame).length).toBeLessThanOrEqual(24);
	});

	it('quits with q while too small, even over details', async () => {
		const dashboard = await openDashboard();
		await dashboard.terminal.press(keys.enter);
		dashboard.terminal.resize(60, 20);
		await dashboard.terminal.waitFor('Terminal too small');
		await dashboard.terminal.press('q');
		expect(dashboard.quits).toBe(1);
	});

	it('fills a 200x50 terminal with every column and no more lines than it has', async () => {
		const dashboard = await openDashboard({size: {columns: 200, rows: 50}});
		const frame = dashboard.terminal.lastFrame();
		expect(frame).toContain('LAST RESULT');
		expect(frame).toContain('CPU');
		expect(frame).toContain('alice-resnet50-imagenet-training');
		expect(lines(frame).length).toBeLessThanOrEqual(50);
	});
});

describe('10,000 jobs', () => {
	it('renders only the rows that fit and moves through all of them', async () => {
		const dashboard = await openDashboard({emulator: {seed: 10_000}, size: {columns: 100, rows: 30}, readyText: '10000/10000'});
		const {terminal} = dashboard;
		let frame = await terminal.waitFor('10000/10000');
		const jobLines = lines(frame).filter(line => /^(› | {2})\S/.test(line) && !line.includes('STATE'));
		expect(jobLines.length).toBeLessThanOrEqual(30 - 5);
		expect(lines(frame).length).toBeLessThanOrEqual(30);
		await terminal.press('G');
		frame = terminal.lastFrame();
		const last = selectedName(frame);
		await terminal.press(keys.pageUp, keys.ctrlD);
		frame = terminal.lastFrame();
		expect(selectedName(frame)).not.toBe(last);
		expect(lines(frame).length).toBeLessThanOrEqual(30);
	}, 20_000);
});
