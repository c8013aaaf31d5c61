// Hands the terminal to the user's $EDITOR on a temporary YAML file and reads back what they saved.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type EditorOutcome =
	| {kind: 'saved'; text: string; file: string}
	| {kind: 'failed'; message: string; file: string};

/** Edits `text` in an editor; the caller suspends the dashboard around this call. */
export type EditText = (text: string, fileName: string, previousFile?: string) => Promise<EditorOutcome>;

/** $VISUAL, then $EDITOR, then vi: what every Unix tool does. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env): string {
	return env['VISUAL']?.trim() || env['EDITOR']?.trim() || 'vi';
}

// The folders of edits still open: they hold a job's YAML with its environment values, so whatever way the
// program ends (q, ctrl-c, SIGTERM, SIGHUP, a crash: each ends in process.exit) they go with it.
const openFolders = new Set<string>();
let removeOnExit = false;

export function writeTempFile(text: string, fileName: string): string {
	const directory = mkdtempSync(path.join(tmpdir(), 'chronos-tui-edit-'));
	openFolders.add(directory);
	if (!removeOnExit) {
		removeOnExit = true;
		process.on('exit', removeTempFiles);
	}

	const file = path.join(directory, fileName);
	writeFileSync(file, text, {mode: 0o600});
	return file;
}

/** Removes a temporary file once its content is safely on Chronos. */
export function removeTempFile(file: string): void {
	const directory = path.dirname(file);
	openFolders.delete(directory);
	rmSync(directory, {recursive: true, force: true});
}

/** Every edit folder still there; run when the program ends. */
export function removeTempFiles(): void {
	for (const directory of openFolders) {
		rmSync(directory, {recursive: true, force: true});
	}

	openFolders.clear();
}

/**
 * Runs the editor synchronously with the terminal's stdio. `previousFile` reopens the user's last attempt,
 * so a re-edit after a validation problem keeps their changes.
 */
export function runEditor(text: string, fileName: string, previousFile?: string, env: NodeJS.ProcessEnv = process.env): EditorOutcome {
	const file = previousFile ?? writeTempFile(text, fileName);
	const command = editorCommand(env);
	// The command may carry flags ("code --wait"), so it goes through the shell, with the path as $1.
	const result = spawnSync('/bin/sh', ['-c', `${command} "$1"`, 'editor', file], {stdio: 'inherit', env});
	if (result.error) {
		return {kind: 'failed', message: `Could not start the editor "${command}": ${result.error.message}`, file};
	}

	if (result.status !== 0) {
		return {kind: 'failed', message: `The editor "${command}" exited with status ${result.status ?? result.signal}`, file};
	}

	return {kind: 'saved', text: readFileSync(file, 'utf8'), file};
}
