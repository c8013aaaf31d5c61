// `?` lays the keys of the view out in columns, so at 80x24 every key and its whole description are on one
// screen, with nothing to scroll and nothing cut.
import {afterEach, describe, expect, it} from 'vitest';
import {formatKeys, detailsKeys, listKeys, treeKeys} from '../../source/ui/keymap.js';
import type {KeyBinding} from '../../source/ui/keymap-types.js';
import {helpLines, wrapWords} from '../../source/ui/dialogs/help-layout.js';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard} from './dashboard-harness.js';

afterEach(closeDashboards);

function expectEveryKey(frame: string, table: ReadonlyArray<KeyBinding>) {
	expect(frame).not.toMatch(/lines \d+-\d+ of/);
	const lines = frame.split('\n');
	const help = lines.slice(lines.findIndex(line => line.startsWith('Keys:')), -2).join('\n');
	expect(help).not.toContain('…');
	for (const line of frame.split('\n')) {
		expect([...line].length).toBeLessThanOrEqual(80);
	}

	const shown = new Set(frame.split(/\s+/));
	for (const binding of table) {
		expect(frame, formatKeys(binding)).toContain(formatKeys(binding));
		// Every word of each description is there (wrapped within its column, maybe).
		for (const word of binding.description.split(' ')) {
			expect(shown.has(word), `${word} of "${binding.description}"\n${frame}`).toBe(true);
		}
	}
}

describe('help in columns', {timeout: 20_000}, () => {
	it('fits every key of the job list on one 80x24 screen', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		await dashboard.terminal.press('?');
		const frame = await dashboard.terminal.waitFor('Keys: job list');
		expectEveryKey(frame, listKeys);
	});

	it('does the same for details and the dependency tree', async () => {
		const dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		const {terminal} = dashboard;
		await terminal.press(keys.enter, '?');
		expectEveryKey(await terminal.waitFor('Keys: job details'), detailsKeys);
		await terminal.press(keys.esc, keys.esc, 't', '?');
		expectEveryKey(await terminal.waitFor('Keys: dependency tree'), treeKeys);
	});
});

describe('help layout', () => {
	it('keeps one key per line when the screen is tall enough', () => {
		const lines = helpLines(listKeys, 200, 40);
		expect(lines).toHaveLength(listKeys.length);
		expect(lines[0]).toMatch(/^ {2}k \/ ↑\s+Move up one line$/);
	});

	it('wraps a description within its column instead of cutting it', () => {
		expect(wrapWords('Filter by name, state, image or command', 20)).toEqual(['Filter by name,', 'state, image or', 'command']);
		expect(wrapWords('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});
});
