import {afterEach, describe, expect, it} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, lineOf, openDashboard, selectedName} from './dashboard-harness.js';

afterEach(closeDashboards);

const lines = (frame: string) => frame.split('\n');

describe('job list', () => {
	it('shows DEMO, the URL, the user, counts by state, the data clock and one line per job', async () => {
		const dashboard = await openDashboard();
		const frame = await dashboard.terminal.waitFor(text => text.includes('▶ 2 running'));
		expect(frame).toContain('[DEMO]');
		expect(frame).toContain(dashboard.emulator.url);
		expect(frame).toContain(`alice @ ${dashboard.emulator.url}`);
		expect(frame).toMatch(/data as of \d\d:\d\d:\d\d/);
		expect(frame).toContain('12/12');
		expect(lineOf(frame, 'alice-bert-finetune')).toContain('▶ running');
		expect(lineOf(frame, 'alice-bert-finetune')).toContain('32 GB');
		expect(lineOf(frame, 'alice-unet-segmentat')).toContain('✗ failed');
		expect(lineOf(frame, 'alice-cifar10-train')).toContain('after alice-cifar');
		expect(lineOf(frame, 'alice-yolo-inference')).toContain('⏸ disabled');
		// A run-once job that has run is finished, not paused; its schedule names no run to come.
		expect(lineOf(frame, 'alice-tensorboard-export')).toContain('✓ finished');
		expect(lineOf(frame, 'alice-tensorboard-export')).toContain('no more runs');
		expect(lines(frame).at(-1)).toContain('? help');
		expect(lines(frame).at(-1)).toContain('q quit');
	});

	it('never draws a frame taller or wider than the terminal', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		for (const frame of dashboard.terminal.stdout.frames) {
			expect(lines(frame).length).toBeLessThanOrEqual(24);
			for (const line of lines(frame)) {
				expect([...line].length).toBeLessThanOrEqual(80);
			}
		}
	});

	it('filters with / and shows shown/total; esc clears the filter', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		await terminal.press('/');
		await terminal.type('cifar');
		let frame = await terminal.waitFor('3/12');
		expect(frame).toContain('filter "cifar"');
		expect(frame).not.toContain('alice-bert-finetune');
		expect(frame).toContain('alice-cifar10-train');
		await terminal.press(keys.enter);
		frame = await terminal.waitFor(text => lines(text).at(-1)!.includes('/ filter'));
		expect(frame).toContain('3/12');
		await terminal.press('/', keys.esc);
		await terminal.waitFor('12/12');
	});

	it('clears an applied filter with esc in the list, and the hint bar says so while a filter is on', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		const {terminal} = dashboard;
		expect(lines(terminal.lastFrame()).at(-1)).not.toContain('esc clear filter');
		await terminal.press('/');
		await terminal.type('cifar');
		await terminal.press(keys.enter);
		let frame = await terminal.waitFor(text => lines(text).at(-1)!.includes('esc clear filter'));
		expect(frame).toContain('3/12');
		await terminal.press(keys.esc);
		frame = await terminal.waitFor('12/12');
		expect(frame).not.toContain('filter "cifar"');
		expect(lines(frame).at(-1)).not.toContain('esc clear filter');
		expect(dashboard.quits).toBe(0);
	});

	it('says so when the filter matches nothing', async () => {
		const dashboard = await openDashboard();
		await dashboard.terminal.press('/');
		await dashboard.terminal.type('zzz');
		const frame = await dashboard.terminal.waitFor('0/12');
		expect(frame).toContain('No job matches "zzz"');
	});

	it('sorts by the column picked after o, reverses it when picked again, and the selection follows the job', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		await terminal.waitFor(text => text.includes('▶ 2 running'));
		await terminal.press('j', 'j', 'j');
		const chosen = selectedName(terminal.lastFrame());
		expect(chosen).toBe('alice-cifar10-train');
		await terminal.press('o');
		let frame = await terminal.waitFor('Sort by which column?');
		expect(lines(frame).at(-1)).toContain('x next run');
		await terminal.press('s');
		frame = await terminal.waitFor('sort: state');
		expect(selectedName(frame)).toBe(chosen);
		// Running jobs come first when sorted by state.
		const jobLines = () => lines(terminal.lastFrame()).filter(line => line.includes('alice-'));
		expect(jobLines()[0]).toContain('▶ running');
		await terminal.press('o', 's');
		frame = await terminal.waitFor('sort: state (reversed)');
		expect(jobLines()[0]).not.toContain('▶ running');
		expect(jobLines().at(-1)).toContain('▶ running');
		expect(selectedName(frame)).toBe(chosen);
		await terminal.press('o', 'o');
		await terminal.waitFor(text => text.includes('sort: state') && !text.includes('(reversed)'));
		await terminal.press('o', 'l');
		frame = await terminal.waitFor('sort: last run');
		expect(frame).toContain('LAST RUN↓');
		await terminal.press('o', 'x');
		frame = await terminal.waitFor('sort: next run');
		expect(frame).toContain('SCHEDULE / NEXT↓');
		await terminal.press('o', 'n', 'o', 'n');
		frame = await terminal.waitFor('sort: name (reversed)');
		expect(frame).toContain('NAME↑');
		expect(jobLines()[0]).toContain('alice-yolo');
	});

	it('keeps the selection on the same job when a refresh adds jobs above it', async () => {
		const dashboard = await openDashboard();
		const {terminal, client} = dashboard;
		await terminal.press('G');
		const chosen = selectedName(terminal.lastFrame())!;
		expect(chosen).toMatch(/^alice-yolo-inference/);
		await client.saveJob({name: 'alice-aaa-first', command: 'true', schedule: 'R1/2099-01-01T00:00:00Z/P1D'});
		await terminal.waitFor('13/13');
		expect(selectedName(terminal.lastFrame())).toBe(chosen);
	});

	it("toggles between the user's jobs and every job", async () => {
		const dashboard = await openDashboard();
		const {terminal, client} = dashboard;
		await client.saveJob({name: 'bob-other', command: 'true', owner: 'bob', runAsUser: 'bob', schedule: 'R1/2099-01-01T00:00:00Z/P1D'});
		await terminal.waitFor('bob-other');
		await terminal.press('m');
		const frame = await terminal.waitFor("alice's jobs");
		expect(frame).toContain('12/12');
		expect(frame).not.toContain('bob-other');
		await terminal.press('m');
		await terminal.waitFor('13/13');
	});

	it('pauses and resumes live updates with p', async () => {
		const dashboard = await openDashboard();
		const {terminal, client} = dashboard;
		await terminal.press('p');
		await terminal.waitFor('⏸ paused');
		await client.saveJob({name: 'alice-while-paused', command: 'true', schedule: 'R1/2099-01-01T00:00:00Z/P1D'});
		await terminal.press(keys.ctrlR);
		await terminal.waitFor('alice-while-paused');
		await terminal.press('p');
		const frame = await terminal.waitFor('Resumed live updates');
		expect(frame).not.toContain('⏸ paused');
	});

	it('takes keys that arrive together (fast typing over ssh) one by one', async () => {
		const dashboard = await openDashboard();
		const {terminal} = dashboard;
		terminal.stdin.write('jjj');
		await terminal.waitFor(text => selectedName(text) === 'alice-cifar10-train');
		terminal.stdin.write('G');
		await terminal.waitFor(text => selectedName(text)?.startsWith('alice-yolo') ?? false);
		terminal.stdin.write('/cifar');
		// '/cif' already matches three jobs: wait for the whole word, typed one key at a time.
		const frame = await terminal.waitFor('filter "cifar"');
		expect(frame).toContain('3/12');
		expect(frame).toContain('/cifar');
	});

	it('quits with q', async () => {
		const dashboard = await openDashboard();
		await dashboard.terminal.press('q');
		expect(dashboard.quits).toBe(1);
	});
});

describe('connection problems', () => {
	it('keeps the last data, shows a stale banner with a retry countdown and the full text on x', async () => {
		const dashboard = await openDashboard();
		const {terminal, emulator, store} = dashboard;
		emulator.setFaults({failRate: 1});
		store.refreshNow();
		const frame = await terminal.waitFor('⚠');
		expect(frame).toMatch(/⚠ retry in \d+s · /);
		expect(frame).toContain('(stale)');
		expect(frame).toContain('alice-bert-finetune');
		await terminal.press('x');
		await terminal.waitFor(text => lines(text).at(-1)!.includes('esc close'));
		await terminal.press(keys.esc);
		emulator.setFaults({failRate: 0});
		store.refreshNow();
		await terminal.waitFor(text => !text.includes('⚠'));
	});

	it('says there is no data yet when Chronos cannot be reached at all', async () => {
		const dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await emulator.close();
		dashboard.store.refreshNow();
		const frame = await terminal.waitFor('⚠');
		expect(frame).toContain('alice-bert-finetune');
	});
});
