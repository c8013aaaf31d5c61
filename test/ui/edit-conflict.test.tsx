// `e` while someone else changes or deletes the same job: the update must not silently put the old fields
// back or create the job again. The job is read again before the update, and a change shows three ways.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {scriptedEditor} from '../helpers/scripted-editor.js';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectJob, type Dashboard} from './dashboard-harness.js';

vi.setConfig({testTimeout: 30_000});

afterEach(closeDashboards);

const bert = 'alice-bert-finetune-squad';
const theirCommand = 'python3 /lustre/home/alice/nlp/finetune_squad.py --epochs 5';

/** A dashboard where the user lowers the memory, and while their editor is open, `meanwhile` happens on the server. */
async function openWhileTheyEdit(meanwhile: (d: Dashboard) => Promise<void>): Promise<Dashboard> {
	const dashboard: Dashboard = await openDashboard({
		size: {columns: 200, rows: 40},
		editText: scriptedEditor(async text => {
			await meanwhile(dashboard);
			return text.replace(/^mem: 32768$/m, 'mem: 16G');
		}).editText,
	});
	return dashboard;
}

/** A dashboard where someone else changes the command while the user's editor is open. */
async function openWithTheirChange(): Promise<Dashboard> {
	return openWhileTheyEdit(async d => {
		await d.client.saveJob({...d.emulator.job(bert)!, command: theirCommand});
	});
}

async function editBert(d: Dashboard): Promise<void> {
	await selectJob(d, bert);
	await d.terminal.press('e');
	await d.terminal.waitFor('mem: 32768 → 16384');
	await d.terminal.press('u');
}

describe('edit while the job changes on Chronos', () => {
	it('a change made meanwhile shows as started from / there now / your edit, and nothing is sent until u again', async () => {
		const dashboard = await openWithTheirChange();
		const {terminal, emulator} = dashboard;
		await editBert(dashboard);
		const frame = await terminal.waitFor(`⚠ ${bert} changed on Chronos meanwhile`);
		expect(frame.replaceAll(/\s+/g, ' ')).toMatch(/command: started from ".*--epochs 3 && sleep 64800" · there now ".*--epochs 5" · your edit ".*--epochs 3 && sleep 64800"/);
		expect(emulator.job(bert)!.command).toBe(theirCommand);
		expect(emulator.job(bert)!.mem).toBe(32_768);

		await terminal.press('u');
		await terminal.waitFor(`✓ Updated ${bert}`);
		expect(emulator.job(bert)!.mem).toBe(16_384);
	});

	it('esc after the warning keeps the other change', async () => {
		const dashboard = await openWithTheirChange();
		const {terminal, emulator} = dashboard;
		await editBert(dashboard);
		await terminal.waitFor('changed on Chronos meanwhile');
		await terminal.press(keys.esc);
		await terminal.waitFor(`Cancelled: ${bert} was not changed`);
		expect(emulator.job(bert)!.command).toBe(theirCommand);
	});

	it('a job deleted meanwhile is not created again without a second u', async () => {
		const dashboard = await openWhileTheyEdit(async d => {
			await d.client.deleteJob(bert);
		});
		const {terminal, emulator} = dashboard;
		await editBert(dashboard);
		const frame = await terminal.waitFor(`⚠ ${bert} was deleted on Chronos meanwhile`);
		expect(frame).toContain('u creates it again from your edit');
		expect(emulator.job(bert)).toBeUndefined();
		await terminal.press(keys.esc);
		await terminal.waitFor(`Cancelled: ${bert} was not changed`);
		expect(emulator.job(bert)).toBeUndefined();
	});
});
