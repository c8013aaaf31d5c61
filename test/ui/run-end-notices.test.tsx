// Being told when a run ends: a job rerun from the dashboard rings and notifies when its run is over; `b`
// watches any job; the config can turn it all off.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {recasJob} from '../helpers/chronos.js';
import {eventually} from '../helpers/eventually.js';
import {openDashboard, showOnly, user, type Dashboard} from './dashboard-harness.js';
import {keys} from './terminal.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

// Runs only when asked to, as often as asked.
const later = 'R/2099-01-01T00:00:00.000Z/P1D';
let dashboard: Dashboard | undefined;

afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
});

async function openWith(job: string, command: string, props = {}): Promise<Dashboard> {
	// No sample jobs: nothing else waits for the simulated cluster's GPUs.
	dashboard = await openDashboard({props, emulator: {seed: 'none'}, readyText: 'No jobs yet'});
	// No retries: a failed run is over at once.
	await dashboard.client.saveJob(recasJob(job, user, {command, schedule: later, retries: 0}));
	await showOnly(dashboard.terminal, job);
	return dashboard;
}

const notices = (copied: readonly string[]) => copied.filter(text => text.startsWith('\u0007'));
const selectedLine = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

/** Until the dashboard has polled twice more: whatever Chronos says now is on screen. */
async function twoPolls(dashboard: Dashboard): Promise<void> {
	const clock = () => /data as of (\S+)/.exec(dashboard.terminal.lastFrame())?.[1];
	for (let poll = 0; poll < 2; poll++) {
		const before = clock();
		await dashboard.terminal.waitFor(() => clock() !== before, 10_000);
	}
}

describe('run-end notices', () => {
	it('a job rerun from here rings and sends a desktop notice when its run ends', async () => {
		const {terminal, copied} = await openWith('alice-quick', 'echo done');
		await terminal.press('r', keys.enter);
		await terminal.waitFor('A run of alice-quick succeeded (l shows its output)', 15_000);
		expect(notices(copied)).toEqual(['\u0007\u001B]9;chronos-tui: a run of alice-quick succeeded\u0007']);
	});

	it('says how a failed run ended', async () => {
		const {terminal, copied} = await openWith('alice-broken', 'exit 3');
		await terminal.press('r', keys.enter);
		await terminal.waitFor('✗ A run of alice-broken failed', 15_000);
		expect(notices(copied)).toHaveLength(1);
	});

	it('b watches a job that was started elsewhere, and b again stops it', async () => {
		const {terminal, copied, client} = await openWith('alice-elsewhere', 'echo done');
		await terminal.press('b');
		await terminal.waitFor('Will ring and notify when a run of alice-elsewhere ends (b stops it)');
		await client.runJob('alice-elsewhere');
		await terminal.waitFor('A run of alice-elsewhere succeeded', 15_000);
		expect(notices(copied)).toHaveLength(1);

		await terminal.press('b');
		await terminal.waitFor('No more notices for alice-elsewhere');
		const first = dashboard!.emulator.job('alice-elsewhere')!.lastSuccess;
		await client.runJob('alice-elsewhere');
		await eventually('the second run to end', () => dashboard!.emulator.job('alice-elsewhere')!.lastSuccess, last => last !== first, {timeoutMs: 15_000});
		await twoPolls(dashboard!);
		expect(notices(copied)).toHaveLength(1);
	});

	it('notifyRunEnds: false in the config turns it off', async () => {
		const {terminal, copied} = await openWith('alice-quiet', 'echo done', {notifyRunEnds: false});
		await terminal.press('b');
		await terminal.waitFor('Run-end notices are off in the config file (notifyRunEnds: false)');
		await terminal.press('r', keys.enter);
		await eventually('the run to end', () => dashboard!.emulator.job('alice-quiet')!.lastSuccess, last => Boolean(last), {timeoutMs: 15_000});
		await twoPolls(dashboard!);
		expect(selectedLine(terminal.lastFrame())).toMatch(/succeeded/);
		expect(notices(copied)).toEqual([]);
	});
});
