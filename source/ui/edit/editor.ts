// Hands the terminal to the user's $EDITOR on a temporary YAML file and reads back what they saved. The files
// live in private folders, removed once Chronos has the change or when the program ends.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type EditorOutcome =
	| {kind: 'saved'; text: string}
	| {kind: 'failed'; message: string};

/**
 * Edits the file in an editor and reads back what was saved; the caller suspends the dashboard around this
 * call. The file is the edit flow's: it writes it before and removes it once Chronos has the change.
 */
export type EditText = (file: string) => Promise<EditorOutcome>;

/** $VISUAL, then $EDITOR, then vi: what every Unix tool does. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env): string {
	return env['VISUAL']?.trim() || env['EDITOR']?.trim() || 'vi';
}

// The folders of edits still open: they hold a job's YAML with its environment values, so whatever way the
// program ends (q, ctrl-c, SIGTERM, SIGHUP, a crash: each ends in process.exit) they go with it.
const openFolders = new Set<string>();
let removeOnExit = false;

/**
 * Writes `text` as `fileName` in a new private folder inside `parent` (the system's temporary folder unless
 * the caller has its own, as a test that removes it afterwards does) and returns the file's path.
 */
export function writeTempFile(text: string, fileName: string, parent: string = tmpdir()): string {
	const directory = mkdtempSync(path.join(parent, 'chronos-tui-edit-'));
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

/** Runs the editor on `file` synchronously with the terminal's stdio. */
export function runEditor(file: string, env: NodeJS.ProcessEnv = process.env): EditorOutcome {
	const command = editorCommand(env);
	// The command may carry flags ("code --wait"), so it goes through the shell, with the path as $1.
	const result = spawnSync('/bin/sh', ['-c', `${command} "$1"`, 'editor', file], {stdio: 'inherit', env});
	if (result.error) {
		return {kind: 'failed', message: `Could not start the editor "${command}": ${result.error.message}`};
	}

	if (result.status !== 0) {
		return {kind: 'failed', message: `The editor "${command}" exited with status ${result.status ?? result.signal}`};
	}

	return {kind: 'saved', text: readFileSync(file, 'utf8')};
}
