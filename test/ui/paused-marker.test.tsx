// A paused dashboard says so at the top, next to the data clock, until it is resumed: whatever the status
// line says later, whichever view is open and whatever the banner line is busy with.
import {afterEach, describe, expect, it} from 'vitest';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard} from './dashboard-harness.js';

afterEach(closeDashboards);

const firstLine = (frame: string) => frame.split('\n')[0]!;

describe('paused marker', () => {
	it('stays in the header through later messages, views and errors, and goes on resume', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		const {terminal, emulator, store} = dashboard;
		await terminal.press('p');
		await terminal.waitFor('Paused live updates');
		const paused = (frame: string) => firstLine(frame).includes('⏸ paused');
		expect(paused(terminal.lastFrame()), terminal.lastFrame()).toBe(true);

		// A later status message takes the status line.
		await terminal.press('y');
		expect(paused(await terminal.waitFor('Copied'))).toBe(true);

		// A failed refresh takes the banner line.
		emulator.setFaults({failRate: 1});
		store.refreshNow();
		expect(paused(await terminal.waitFor('⚠'))).toBe(true);
		emulator.setFaults({failRate: 0});
		store.refreshNow();
		expect(paused(await terminal.waitFor(text => !text.includes('⚠')))).toBe(true);

		// Other views keep the header.
		await terminal.press(keys.enter);
		expect(paused(await terminal.waitFor('[fields]'))).toBe(true);
		await terminal.press(keys.esc, 't');
		expect(paused(await terminal.waitFor('UNDER THE JOBS IT WAITS FOR'))).toBe(true);
		await terminal.press(keys.esc);

		await terminal.press('p');
		const resumed = await terminal.waitFor('Resumed live updates');
		expect(paused(resumed)).toBe(false);
		expect(firstLine(resumed)).toMatch(/data as of \d\d:\d\d:\d\d$/);
	}, 20_000);
});
