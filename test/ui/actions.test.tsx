import {afterEach, describe, expect, it} from 'vitest';
import {eventually, keys} from './terminal.js';
import {lineOf, openDashboard, selectedName, type Dashboard} from './dashboard-harness.js';

let dashboard: Dashboard | undefined;
afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
});

const lines = (frame: string) => frame.split('\n');
const bert = 'alice-bert-finetune-squad';

/** Moves the cursor onto the job whose line starts with `prefix`. */
async function select(d: Dashboard, prefix: string): Promise<void> {
	await d.terminal.press('g');
	for (let step = 0; step < 20 && !selectedName(d.terminal.lastFrame())?.startsWith(prefix); step++) {
		await d.terminal.press('j');
	}

	expect(selectedName(d.terminal.lastFrame())).toMatch(new RegExp(`^${prefix}`));
}

describe('stop', () => {
	it('asks first, naming the job, with Cancel focused; enter on Cancel changes nothing', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await terminal.waitFor(text => lineOf(text, bert).includes('▶ running'));
		await select(dashboard, bert);
		await terminal.press('s');
		const frame = await terminal.waitFor(`Stop ${bert}?`);
		expect(frame).toContain('▸ Cancel ◂');
		expect(frame).not.toContain('▸ Stop ◂');
		await terminal.press(keys.enter);
		await terminal.waitFor(`Cancelled: ${bert} was not stopped`);
		expect(emulator.summary(bert)!.state).toMatch(/running/);
	});

	it('kills the running task once Stop is chosen, and says so', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await terminal.waitFor(text => lineOf(text, bert).includes('▶ running'));
		await select(dashboard, bert);
		await terminal.press('s', keys.tab);
		await terminal.waitFor('▸ Stop ◂');
		await terminal.press(keys.enter);
		await terminal.waitFor(`✓ Stopped the running tasks of ${bert}`);
		expect(emulator.summary(bert)!.state).not.toMatch(/running/);
		await terminal.waitFor(text => !lineOf(text, bert).includes('▶ running'));
	});

	it('holds the list still while the confirmation is open', async () => {
		dashboard = await openDashboard();
		const {terminal, client} = dashboard;
		await select(dashboard, bert);
		await terminal.press('s');
		await terminal.waitFor(`Stop ${bert}?`);
		await client.saveJob({name: 'alice-aaa-appears', command: 'true', schedule: 'R1/2099-01-01T00:00:00Z/P1D'});
		await eventually(() => dashboard!.store.getSnapshot().rows.some(row => row.name === 'alice-aaa-appears'), Boolean);
		expect(terminal.lastFrame()).not.toContain('alice-aaa-appears');
		expect(terminal.lastFrame()).toContain('(held)');
		await terminal.press(keys.esc);
		await terminal.waitFor('alice-aaa-appears');
	});

	it("shows Chronos' message when the stop fails, with the full text on x", async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await select(dashboard, bert);
		await terminal.press('s', keys.right);
		emulator.setFaults({failRate: 1});
		await terminal.press(keys.enter);
		const frame = await terminal.waitFor(`✗ Could not stop ${bert}`);
		expect(lines(frame).find(line => line.includes('Could not stop'))).toContain('(x: full text)');
		await terminal.press('x');
		const full = await terminal.waitFor(text => lines(text).at(-1)!.includes('esc close'));
		expect(full).toContain('Injected failure');
		expect(lines(full).every(line => [...line].length <= 100)).toBe(true);
	});
});

describe('warnings before Chronos quietly does nothing', () => {
	it('says stopping an idle job changes nothing', async () => {
		dashboard = await openDashboard();
		await select(dashboard, 'alice-cifar10-train');
		await dashboard.terminal.press('s');
		await dashboard.terminal.waitFor('It has no running or queued task right now: stopping changes nothing.');
	});

	it('refuses to run a disabled job instead of reporting a run Chronos drops', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		const yolo = 'alice-yolo-inference-benchmark';
		await select(dashboard, 'alice-yolo-inference');
		await terminal.press('r', keys.enter);
		const frame = await terminal.waitFor(`Not run: ${yolo} is disabled, so Chronos would drop the run`);
		expect(frame).not.toContain('Asked Chronos to run');
		expect(frame).not.toContain(`Run ${yolo} now?`);
		expect(emulator.summary(yolo)!.state).toBe('idle');
	});

	it('refuses to run a job again while it runs, unless it allows overlapping runs', async () => {
		dashboard = await openDashboard();
		const {terminal} = dashboard;
		await select(dashboard, bert);
		await terminal.press('r', keys.enter);
		const frame = await terminal.waitFor(text => new RegExp(`Not run: ${bert} is already (running|queued) and does not allow overlapping runs`).test(text));
		expect(frame).not.toContain('Asked Chronos to run');
	});
});

describe('rerun', () => {
	it('runs the job now with the arguments typed', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		const sweep = 'alice-hyperparam-sweep-lr';
		await select(dashboard, sweep);
		await terminal.press('r');
		await terminal.waitFor(`Run ${sweep} now?`);
		await terminal.type('--lr 0.01');
		await terminal.press(keys.enter);
		await terminal.waitFor(`✓ Asked Chronos to run ${sweep} now with arguments "--lr 0.01"`);
		await eventually(() => emulator.summary(sweep)!.state, state => state !== 'idle');
		await terminal.waitFor(text => /▶ running|… queued/.test(lineOf(text, sweep)));
	});

	it('esc cancels without running anything', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		const sweep = 'alice-hyperparam-sweep-lr';
		await select(dashboard, sweep);
		await terminal.press('r', keys.esc);
		await terminal.waitFor(`Cancelled: ${sweep} was not run`);
		expect(emulator.summary(sweep)!.state).toBe('idle');
	});
});

describe('delete', () => {
	it('does nothing until the job name is typed, then deletes it', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		const name = 'alice-tensorboard-export';
		await select(dashboard, name);
		await terminal.press('D');
		let frame = await terminal.waitFor(`Delete ${name}?`);
		expect(frame).toContain(`type ${name} to enable delete`);
		await terminal.press(keys.enter);
		await terminal.waitFor(`Type ${name} exactly to delete it`);
		expect(emulator.job(name)).toBeDefined();
		await terminal.type(name.slice(0, -1));
		await terminal.press(keys.enter);
		expect(emulator.job(name)).toBeDefined();
		await terminal.type(name.slice(-1));
		frame = await terminal.waitFor('enter deletes the job');
		await terminal.press(keys.enter);
		await terminal.waitFor(`✓ Deleted ${name}`);
		expect(emulator.job(name)).toBeUndefined();
		await terminal.waitFor('11/11');
	});

	it('names each child of a scheduled parent, what Chronos would make of it, and deletes them with it', async () => {
		dashboard = await openDashboard({size: {columns: 100, rows: 30}});
		const {terminal, emulator} = dashboard;
		const name = 'alice-cifar10-preprocess';
		await select(dashboard, name);
		await terminal.press('D');
		// The dialog wraps its lines inside a frame: read it as one text.
		const frame = (await terminal.waitFor(`Delete ${name} and the 2 jobs depending on it?`)).replaceAll(/[│\s]+/g, ' ');
		// Deleted alone, Chronos would turn the training job into a daily job without its image: say so.
		expect(frame).toMatch(/alice-cifar10-train becomes a job of its own that runs every day, forever/);
		expect(frame).toContain('without its image and volumes, GPUs');
		expect(frame).toContain('deleted with it, each before its parents: alice-cifar10-evaluate, alice-cifar10-train');
		expect(frame).toContain('esc cancels');
		await terminal.type(name);
		await terminal.waitFor('enter deletes all 3 jobs');
		await terminal.press(keys.enter);
		await terminal.waitFor(`✓ Deleted ${name} and the 2 jobs depending on it`);
		for (const job of [name, 'alice-cifar10-train', 'alice-cifar10-evaluate']) {
			expect(emulator.job(job)).toBeUndefined();
		}

		await terminal.waitFor('9/9');
	}, 20_000);

	it('esc cancels the delete', async () => {
		dashboard = await openDashboard();
		const {terminal, emulator} = dashboard;
		await select(dashboard, bert);
		await terminal.press('D', keys.esc);
		await terminal.waitFor(`Cancelled: ${bert} was not deleted`);
		expect(emulator.job(bert)).toBeDefined();
	});
});

describe('copy', () => {
	it('puts the job JSON on the clipboard through OSC 52 and says how much', async () => {
		dashboard = await openDashboard();
		const {terminal, copied} = dashboard;
		await select(dashboard, bert);
		await terminal.press('y');
		const frame = await terminal.waitFor('Copied');
		expect(frame).toMatch(new RegExp(`Copied ${bert} as JSON \\(\\d+ bytes\\)`));
		expect(copied).toHaveLength(1);
		const payload = /\u001B\]52;c;([A-Za-z\d+/=]+)\u0007/.exec(copied[0]!)![1]!;
		const job = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
		expect(job.name).toBe(bert);
		expect(job.successCount).toBeUndefined();
	});
});

describe('new and clone', () => {
	it('n opens the wizard and leaving it comes back to the list', async () => {
		dashboard = await openDashboard();
		const {terminal} = dashboard;
		await terminal.press('n');
		await terminal.waitFor(text => !text.includes('[DEMO]'));
		await terminal.press(keys.ctrlC);
		await terminal.waitFor('[DEMO]');
		expect(dashboard.quits).toBe(0);
	});
});

describe('clone', () => {
	it('c opens the wizard on a copy of the selected job', async () => {
		dashboard = await openDashboard();
		const {terminal} = dashboard;
		await select(dashboard, bert);
		await terminal.press('c');
		await terminal.waitFor(`copy of ${bert}`);
		// Leaving a copy asks first; keeping the draft is the choice enter takes.
		await terminal.press(keys.ctrlC);
		await terminal.waitFor('Discard this job?');
		await terminal.press(keys.enter);
		await terminal.waitFor('The draft is kept: n offers it back');
	});
});

describe('refresh', () => {
	it('ctrl+r polls at once', async () => {
		dashboard = await openDashboard();
		const {terminal, client} = dashboard;
		dashboard.store.togglePause();
		await client.deleteJob(bert);
		await terminal.press(keys.ctrlR);
		await terminal.waitFor('11/11');
	});
});
