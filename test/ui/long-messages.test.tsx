// Nothing a user must read is cut without a way to see it: a status message naming a file wraps to a second
// line, one longer than two lines is one key (x) away, and x shows an error's whole message wrapped.
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {EditText} from '../../source/ui/edit/editor.js';
import {scriptedEditor} from '../helpers/scripted-editor.js';
import {keys} from './terminal.js';
import {openDashboard, type Dashboard} from './dashboard-harness.js';

let dashboard: Dashboard | undefined;
const folders: string[] = [];

afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
	for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true});
});

/** An editor that makes one change, with the edit kept deep in folders, as a user's own project would be. */
function deepFileEditor(depth: number): {editText: EditText; editFolder: string; file: () => string} {
	// A short root: the edit's own folder (chronos-tui-edit-…) and the job's file name come on top of it.
	const root = mkdtempSync(join(tmpdir(), 'long-path-'));
	folders.push(root);
	const editFolder = join(root, ...Array.from({length: depth}, (_, index) => `experiment-folder-${index}`));
	mkdirSync(editFolder, {recursive: true});
	const editor = scriptedEditor(text => text.replace(/mem: \d+/, 'mem: 16384'));
	return {editText: editor.editText, editFolder, file: () => editor.opened[0]?.file ?? ''};
}

const rows = (frame: string) => frame.split('\n');

/** Opens the selected job in the editor, then cancels the review: the status says where the edit is kept. */
async function editAndCancel(editor: {editText: EditText; editFolder: string}): Promise<Dashboard> {
	const opened = await openDashboard({size: {columns: 80, rows: 24}, editText: editor.editText, editFolder: editor.editFolder});
	await opened.terminal.press('e');
	await opened.terminal.waitFor('with these changes?');
	await opened.terminal.press(keys.esc);
	return opened;
}

describe('long messages', {timeout: 20_000}, () => {
	it('wraps a status message naming a file to a second line, whole, within 80x24', async () => {
		const editor = deepFileEditor(0);
		dashboard = await editAndCancel(editor);
		const {terminal} = dashboard;
		const frame = await terminal.waitFor('was not changed');
		const joined = rows(frame).map(line => line.trim()).join('');
		expect(joined, frame).toContain(editor.file());
		expect(rows(frame)).toHaveLength(24);
		expect(rows(frame).every(line => [...line].length <= 80)).toBe(true);
		expect(rows(frame).at(-1)).toContain('? help');
	});

	it('points to x when even two lines are not enough, and x shows the message whole', async () => {
		const editor = deepFileEditor(6);
		dashboard = await editAndCancel(editor);
		const {terminal} = dashboard;
		let frame = await terminal.waitFor('… (x: full text)');
		expect(rows(frame)).toHaveLength(24);
		await terminal.press('x');
		frame = await terminal.waitFor('Full text of the last message');
		expect(rows(frame).map(line => line.trim()).join('')).toContain(editor.file().replaceAll(' ', ''));
	});

	it('x shows the whole message of an error, not only its first line', async () => {
		dashboard = await openDashboard({size: {columns: 80, rows: 24}});
		const {terminal, store, emulator} = dashboard;
		emulator.setFaults({failRate: 1});
		store.refreshNow();
		await terminal.waitFor('⚠');
		await terminal.press('x');
		const frame = await terminal.waitFor('Full text of the last error');
		const message = store.getSnapshot().error!.message;
		expect(rows(frame).map(line => line.trim()).join(' ').replaceAll(/\s+/g, ' ')).toContain(message.replaceAll(/\s+/g, ' '));
		emulator.setFaults({failRate: 0});
	});
});
