// Jobs survive a restart: the store is written to a JSON file after every change (debounced, atomically
// through a temporary file and rename) and read back at start.
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
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

/** Fill the store from the file; false when there is no file yet. Throws with the path on a damaged file. */
export function loadState(path: string, store: JobStore): boolean {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return false;
		}
		throw new Error(`cannot read emulator state file ${path}: ${(error as Error).message}`);
	}
	let state: SavedState;
	try {
		state = JSON.parse(text) as SavedState;
	} catch {
		throw new Error(`emulator state file ${path} is not valid JSON; move it away to start empty`);
	}
	if (state?.format !== 'chronos-tui-emulator-state' || !Array.isArray(state.jobs)) {
		throw new Error(`${path} is not an emulator state file; move it away to start empty`);
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
	mkdirSync(dirname(path), {recursive: true});
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(state));
	renameSync(temporary, path);
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
