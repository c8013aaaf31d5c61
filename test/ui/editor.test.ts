import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {editorCommand, removeTempFile, runEditor} from '../../source/ui/edit/editor.js';

const env = (extra: Record<string, string>) => ({PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...extra});

describe('the external editor', () => {
	it('prefers $VISUAL, then $EDITOR, then vi', () => {
		expect(editorCommand({VISUAL: 'code --wait', EDITOR: 'nano'})).toBe('code --wait');
		expect(editorCommand({EDITOR: 'nano'})).toBe('nano');
		expect(editorCommand({})).toBe('vi');
	});

	it('runs the editor (with its flags) on a private temporary file and reads back what was saved', () => {
		const outcome = runEditor('mem: 1024\n', 'job.yaml', undefined, env({EDITOR: "sed -i -e 's/1024/8G/'"}));
		expect(outcome).toMatchObject({kind: 'saved', text: 'mem: 8G\n'});
		expect(outcome.file.endsWith('job.yaml')).toBe(true);
		removeTempFile(outcome.file);
		expect(existsSync(outcome.file)).toBe(false);
	});

	it('keeps the file and says so when the editor fails', () => {
		const outcome = runEditor('mem: 1024\n', 'job.yaml', undefined, env({EDITOR: 'false'}));
		expect(outcome.kind).toBe('failed');
		expect(outcome.kind === 'failed' && outcome.message).toBe('The editor "false" exited with status 1');
		expect(readFileSync(outcome.file, 'utf8')).toBe('mem: 1024\n');
		removeTempFile(outcome.file);
	});
});
