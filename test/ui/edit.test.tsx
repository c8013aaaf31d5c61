import {existsSync, readFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {EditText} from '../../source/ui/edit/editor.js';
import {scriptedEditor} from '../helpers/scripted-editor.js';
import {keys} from './terminal.js';
import {closeDashboards, openDashboard, selectedName, type Dashboard} from './dashboard-harness.js';

// Each test opens the editor and reviews several times against a real emulator: more than 5 s on a busy machine.
vi.setConfig({testTimeout: 30_000});

afterEach(closeDashboards);

const bert = 'alice-bert-finetune-squad';

// The sample bert job is launched about a second after the emulator starts, which changes its schedule on
// Chronos, which the edit's conflict check rightly reports. The emulator's clock runs a thousand times slower
// here, so these tests see only the changes they make themselves.
const stillEmulator = {speed: 0.001};

async function select(d: Dashboard, name: string): Promise<void> {
	await d.terminal.press('g');
	for (let step = 0; step < 12 && selectedName(d.terminal.lastFrame()) !== name; step++) {
		await d.terminal.press('j');
	}

	expect(selectedName(d.terminal.lastFrame())).toBe(name);
}

async function selectBert(d: Dashboard): Promise<void> {
	await select(d, bert);
}

describe('edit', () => {
	it('opens the job as YAML, shows the field diff, and updates Chronos on u', async () => {
		const editor = scriptedEditor(text => text.replace(/^mem: 32768$/m, 'mem: 16G').replace(/^cpus: 8$/m, 'cpus: 4'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText});
		const {terminal, emulator} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		const frame = await terminal.waitFor(`Update ${bert} on Chronos with these changes?`);
		expect(editor.opened[0]!.text).toContain(`name: ${bert}`);
		expect(editor.opened[0]!.text).not.toContain('successCount');
		expect(frame).toContain('cpus: 8 → 4');
		expect(frame).toContain('mem: 32768 → 16384');
		expect(emulator.job(bert)!.mem).toBe(32_768);
		await terminal.press('u');
		await terminal.waitFor(`✓ Updated ${bert}`);
		expect(emulator.job(bert)!.mem).toBe(16_384);
		expect(emulator.job(bert)!.cpus).toBe(4);
	});

	it('shows the problems of an invalid edit, refuses to send it, and reopens the same file', async () => {
		const editor = scriptedEditor(
			text => text.replace(/^mem: 32768$/m, 'mem: lots'),
			text => text,
			text => text.replace(/^mem: lots$/m, 'mem: 16G'),
		);
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText});
		const {terminal, emulator} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		let frame = await terminal.waitFor('cannot be sent yet');
		expect(frame).toMatch(new RegExp(`${bert}\\.yaml:\\d+:\\d+: error: mem`));
		await terminal.press('u');
		await terminal.waitFor('Fix the problems first');
		expect(emulator.job(bert)!.mem).toBe(32_768);
		await terminal.press('e');
		frame = await terminal.waitFor('cannot be sent yet');
		// The second time the editor opens the user's own file, with their change still in it.
		expect(editor.opened[1]!.file).toBe(editor.opened[0]!.file);
		expect(editor.opened[1]!.text).toContain('mem: lots');
		await terminal.press('e');
		await terminal.waitFor('mem: 32768 → 16384');
		await terminal.press('u');
		await terminal.waitFor(`✓ Updated ${bert}`);
		expect(emulator.job(bert)!.mem).toBe(16_384);
		expect(existsSync(editor.opened[1]!.file)).toBe(false);
	});

	it('refuses a rename, which would create a second job', async () => {
		const editor = scriptedEditor(text => text.replace(`name: ${bert}`, 'name: alice-bert-renamed'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText});
		await selectBert(dashboard);
		await dashboard.terminal.press('e');
		await dashboard.terminal.waitFor('renaming is not possible here');
	});

	it('esc cancels an edit, changes nothing and says where the edit is kept', async () => {
		const editor = scriptedEditor(text => text.replace(/^mem: 32768$/m, 'mem: 16G'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText, size: {columns: 200, rows: 30}});
		const {terminal, emulator} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		await terminal.waitFor('mem: 32768 → 16384');
		await terminal.press(keys.esc);
		const frame = await terminal.waitFor(`Cancelled: ${bert} was not changed`);
		const kept = /kept in (\S+)/.exec(frame)![1]!;
		expect(readFileSync(kept, 'utf8')).toContain('mem: 16G');
		expect(emulator.job(bert)!.mem).toBe(32_768);
	});

	it('keeps an edit in the folder the dashboard gives it, and leaves no folder behind once closed', async () => {
		const editor = scriptedEditor(text => text.replace(/^mem: 32768$/m, 'mem: 16G'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText, size: {columns: 200, rows: 30}});
		const {terminal} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		await terminal.waitFor('mem: 32768 → 16384');
		await terminal.press(keys.esc);
		await terminal.waitFor(`Cancelled: ${bert} was not changed`);
		const kept = editor.opened[0]!.file;
		expect(dirname(dirname(kept))).toBe(dashboard.editFolder);
		expect(readFileSync(kept, 'utf8')).toContain('mem: 16G');
		await dashboard.close();
		expect(existsSync(dirname(kept))).toBe(false);
	});

	it('reports a failed update with the edit kept', async () => {
		const editor = scriptedEditor(text => text.replace(/^mem: 32768$/m, 'mem: 16G'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText});
		const {terminal, emulator} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		await terminal.waitFor('mem: 32768 → 16384');
		emulator.setFaults({failRate: 1});
		await terminal.press('u');
		const frame = await terminal.waitFor(`✗ Could not update ${bert}`);
		expect(frame).toContain('kept in');
	});

	it('tells the user when the editor fails', async () => {
		const editText: EditText = async () => ({kind: 'failed', message: 'The editor "nano" exited with status 1'});
		const dashboard = await openDashboard({emulator: stillEmulator, editText});
		await selectBert(dashboard);
		await dashboard.terminal.press('e');
		await dashboard.terminal.waitFor('The editor "nano" exited with status 1. Your edit is kept in');
	});

	it('warns only about what the edit changed, and says the update starts the run history over', async () => {
		// A run-once job that has run: Chronos keeps it as R0/… and disabled. Its R0 was there before the edit.
		const finished = 'alice-tensorboard-export';
		const editor = scriptedEditor(text => text.replace(/^mem: 2048$/m, 'mem: 4096'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText, size: {columns: 120, rows: 30}});
		const {terminal, emulator} = dashboard;
		expect(emulator.job(finished)!.schedule).toMatch(/^R0\//);
		await select(dashboard, finished);
		await terminal.press('e');
		const frame = await terminal.waitFor(`Update ${finished} on Chronos with these changes?`);
		expect(frame).toContain('mem: 2048 → 4096');
		expect(frame).not.toContain('Warnings');
		expect(frame).not.toContain('R0 means the job never runs');
		expect(frame).toContain('Chronos replaces the whole job: its run history (1 success, last success');
		expect(frame).toContain('starts over');
	});

	it('still warns about a value the edit itself brought in', async () => {
		const editor = scriptedEditor(text => text.replace(/^schedule: R\d*\//m, 'schedule: R0/'));
		const dashboard = await openDashboard({emulator: stillEmulator, editText: editor.editText, size: {columns: 120, rows: 30}});
		const {terminal} = dashboard;
		await selectBert(dashboard);
		await terminal.press('e');
		const frame = await terminal.waitFor('Warnings:');
		expect(frame).toContain('R0 means the job never runs');
	});
});
