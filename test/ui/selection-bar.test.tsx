// The selected row is a full-width inverse-video bar (as in htop and k9s), also with NO_COLOR: inverse is an
// attribute, not a colour. The frames are read with their escapes, so colour support is forced on for ink.
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {Dashboard} from './dashboard-harness.js';

let harness: typeof import('./dashboard-harness.js');
let dashboard: Dashboard | undefined;

beforeAll(async () => {
	// Ink's colour library decides once, when it is first loaded, whether the terminal takes escapes.
	vi.stubEnv('FORCE_COLOR', '1');
	harness = await import('./dashboard-harness.js');
});

afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
});

const inverseOn = '\u001B[7m';
const plainText = (line: string) => line.replaceAll(/\u001B\[[\d;]*m/g, '');

function selectedLine(frame: string): string {
	return frame.split('\n').find(line => plainText(line).startsWith('› ')) ?? '';
}

describe('selection bar', {timeout: 20_000}, () => {
	for (const columns of [80, 200]) {
		it(`is inverse video across the whole width at ${columns} columns, with colours off`, async () => {
			dashboard = await harness.openDashboard({size: {columns, rows: 24}});
			await dashboard.terminal.press('j');
			const frame = await dashboard.terminal.waitFor(text => plainText(selectedLine(text)).includes('alice-'));
			const line = selectedLine(frame);
			expect(line.startsWith(inverseOn) || line.includes(inverseOn)).toBe(true);
			expect([...plainText(line)]).toHaveLength(columns);
			// Every cell of the bar is inside the inverse attribute: no plain gap before its end.
			const lastReset = line.lastIndexOf('\u001B[27m');
			expect(plainText(line.slice(lastReset)).trim()).toBe('');
			// Other rows are not inverse.
			const others = frame.split('\n').filter(text => plainText(text).startsWith('  alice-') || /^ {2}\S/.test(plainText(text)));
			expect(others.some(text => text.includes(inverseOn))).toBe(false);
		});
	}
});
