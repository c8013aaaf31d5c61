// Jobs survive a restart: the store is written to a JSON file after every change (debounced, atomically
// through a temporary file and rename) and read back at start. The file holds environment values, so it is
// written for its owner only (0600).
import {chmodSync, existsSync, mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {readBoundedFileSync} from '../files/bounded-read.js';
import type {ChronosJob} from '../jobs/types.js';
import type {JobStore, TaskRecord} from './store.js';

interface SavedJob {
	job: ChronosJob;
	satisfiedParents?: string[];
	history?: TaskRecord[];
	durations?: number[];
}

interface SavedState {
	format: 'chronos-tui-emulator-state';
	version: 1;
	savedAt: string;
	jobs: SavedJob[];
}

/** A state file that cannot be used, said in one line a user can act on. */
export class StateFileError extends Error {
	override readonly name = 'StateFileError';
}

/** The largest state file read back: far beyond what 100,000 jobs with their history take. */
const maxStateBytes = 512 * 1024 * 1024;

/** Fill the store from the file; false when there is no file yet. Throws with the path on a damaged file. */
export function loadState(path: string, store: JobStore): boolean {
	let text: string;
	try {
		text = readBoundedFileSync(path, maxStateBytes);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') {
			prepareFolder(path);
			return false;
		}
		throw new StateFileError(`cannot read emulator state file ${path} (${code === 'EFBIG' ? 'file too large' : code ?? (error as Error).message})`);
	}
	let state: SavedState;
	try {
		state = JSON.parse(text) as SavedState;
	} catch {
		throw new StateFileError(`emulator state file ${path} is not valid JSON; move it away to start empty`);
	}
	if (state?.format !== 'chronos-tui-emulator-state' || !Array.isArray(state.jobs) || !state.jobs.every(isSavedJob)) {
		throw new StateFileError(`${path} is not an emulator state file (or it is damaged); move it away to start empty`);
	}
	for (const saved of state.jobs) {
		store.put(saved.job);
		store.setSatisfiedParents(saved.job.name, saved.satisfiedParents ?? []);
		store.restoreHistory(saved.job.name, saved.history ?? [], saved.durations ?? []);
	}
	return true;
}

export function writeState(path: string, store: JobStore): void {
	const jobs: SavedJob[] = [];
	for (const job of store.all()) {
		const saved: SavedJob = {job};
		const satisfied = store.satisfiedParents(job.name);
		if (satisfied.length > 0) {
			saved.satisfiedParents = satisfied;
		}
		const history = store.taskHistory(job.name);
		if (history.length > 0) {
			saved.history = history;
			saved.durations = store.runDurations(job.name);
		}
		jobs.push(saved);
	}
	const state: SavedState = {format: 'chronos-tui-emulator-state', version: 1, savedAt: new Date().toISOString(), jobs};
	prepareFolder(path);
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(state), {mode: 0o600});
	// A temporary file left by an earlier crash keeps its old mode; the one renamed into place never does.
	chmodSync(temporary, 0o600);
	renameSync(temporary, path);
}

function isSavedJob(value: unknown): value is SavedJob {
	const job = (value as {job?: {name?: unknown}} | null)?.job;
	return typeof job === 'object' && job !== null && typeof job.name === 'string';
}

/**
 * Creates the folders above the state file one by one. Node's own recursive mkdir loops for ever, holding
 * the CPU and deaf to SIGTERM, where a folder cannot be made but its parent exists (`/proc/nope`).
 */
function prepareFolder(path: string): void {
	const missing: string[] = [];
	for (let folder = dirname(path); !existsSync(folder); folder = dirname(folder)) {
		missing.unshift(folder);
		if (dirname(folder) === folder) {
			break;
		}
	}

	for (const folder of missing) {
		try {
			mkdirSync(folder);
		} catch (error) {
			throw new StateFileError(`cannot keep emulator state in ${path}: cannot create ${folder} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
		}
	}
}

/** Saves at most once per `delayMs` while changes keep coming; `flush` writes what is pending now. */
export class DebouncedStateWriter {
	private timer: NodeJS.Timeout | undefined;

	constructor(
		private readonly path: string,
		private readonly store: JobStore,
		private readonly delayMs = 100,
	) {}

	changed(): void {
		this.timer ??= setTimeout(() => {
			this.timer = undefined;
			this.save();
		}, this.delayMs);
	}

	flush(): void {
		if (this.timer) {
			clearTimeout(this.timer);
			this.timer = undefined;
			this.save();
		}
	}

	// A full disk must not take the server down: say so once per failure and keep serving from memory.
	private save(): void {
		try {
			writeState(this.path, this.store);
		} catch (error) {
			process.stderr.write(`chronos-tui emulator: cannot save state to ${this.path}: ${(error as Error).message}\n`);
		}
	}
}
