import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {editorCommand, removeTempFile, runEditor, writeTempFile} from '../../source/ui/edit/editor.js';

const env = (extra: Record<string, string>) => ({PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...extra});

let folder: string | undefined;

afterEach(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
	folder = undefined;
});

/** The job's YAML as the edit flow writes it, in a folder of this test's own. */
function editFile(text: string): string {
	const own = mkdtempSync(join(tmpdir(), 'chronos-tui-test-editor-'));
	folder = own;
	return writeTempFile(text, 'job.yaml', own);
}

describe('the external editor', () => {
	it('prefers $VISUAL, then $EDITOR, then vi', () => {
		expect(editorCommand({VISUAL: 'code --wait', EDITOR: 'nano'})).toBe('code --wait');
		expect(editorCommand({EDITOR: 'nano'})).toBe('nano');
		expect(editorCommand({})).toBe('vi');
	});

	it('writes the file in a folder of its own that only the user can read', () => {
		const file = editFile('mem: 1024\n');
		expect(dirname(dirname(file))).toBe(folder);
		expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	it('runs the editor (with its flags) on the file and reads back what was saved', () => {
		const file = editFile('mem: 1024\n');
		const outcome = runEditor(file, env({EDITOR: "sed -i -e 's/1024/8G/'"}));
		expect(outcome).toEqual({kind: 'saved', text: 'mem: 8G\n'});
		removeTempFile(file);
		expect(existsSync(dirname(file))).toBe(false);
	});

	it('keeps the file as it was and says so when the editor fails', () => {
		const file = editFile('mem: 1024\n');
		const outcome = runEditor(file, env({EDITOR: 'false'}));
		expect(outcome).toEqual({kind: 'failed', message: 'The editor "false" exited with status 1'});
		expect(readFileSync(file, 'utf8')).toBe('mem: 1024\n');
	});
});
