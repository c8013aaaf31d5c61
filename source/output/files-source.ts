// Kept output on shared storage: one file per run, `<due millis>_<attempt>.log`, written by the wrapped
// command on whichever node ran it. Read by stat and positioned reads from the caller's offset; no file
// watching, which does not see writes made by other nodes on Lustre or NFS.
import {open, readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {newestRunFirst, runLabel} from './run-label.js';
import {OutputError, type OutputRead, type OutputRun, type OutputSource, type OutputStream, type RunEnd} from './types.js';
import {exitStatusPattern} from './wrapper.js';

export interface FilesSourceSettings {
	/** The job's output folder as the cluster names it, e.g. /lustrehome/alice/.chronos-output/alice-train. */
	dir: string;
	/**
	 * A local folder standing for `/` of the cluster's storage (demo mode and tests); unset on a frontend,
	 * which mounts the storage where the nodes do.
	 */
	storageRoot?: string;
}

const runFile = /^(\d+)_(\d+)\.log$/;
/** Long enough for the exit status line and a line break. */
const tailForStatus = 64;

export class FilesSource implements OutputSource {
	readonly kind = 'files';
	readonly streams: readonly OutputStream[] = ['stdout'];
	private readonly localDir: string;
	/** The file identity seen at the last read of each run, to notice a file replaced at the same size. */
	private readonly identities = new Map<string, string>();

	constructor(private readonly settings: FilesSourceSettings) {
		this.localDir = settings.storageRoot ? join(settings.storageRoot, settings.dir) : settings.dir;
	}

	describe(run?: OutputRun): string {
		return run ? join(this.settings.dir, run.id) : this.settings.dir;
	}

	async runs(): Promise<OutputRun[]> {
		let names: string[];
		try {
			names = await readdir(this.localDir);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') {
				return [];
			}
			throw new OutputError(`cannot read ${this.settings.dir} (${code ?? 'unknown error'})`);
		}
		const runs: OutputRun[] = [];
		for (const name of names) {
			const match = runFile.exec(name);
			if (match) {
				const dueMillis = Number(match[1]);
				const attempt = Number(match[2]);
				runs.push({id: name, label: runLabel(dueMillis, attempt), dueMillis, attempt});
			}
		}
		return runs.sort(newestRunFirst);
	}

	async read(run: OutputRun, _stream: OutputStream, offset: number, maxBytes: number): Promise<OutputRead> {
		const path = join(this.localDir, run.id);
		let handle;
		try {
			handle = await open(path, 'r');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			throw new OutputError(
				code === 'ENOENT' ? `no output at ${this.describe(run)}` : `cannot read ${this.describe(run)} (${code ?? 'unknown error'})`,
			);
		}
		try {
			const info = await handle.stat();
			const identity = `${info.dev}:${info.ino}`;
			const replaced = this.identities.has(run.id) && this.identities.get(run.id) !== identity;
			this.identities.set(run.id, identity);
			const size = info.size;
			let start = offset < 0 ? Math.max(0, size - maxBytes) : offset;
			const restarted = offset >= 0 && (offset > size || (replaced && offset > 0));
			if (restarted) {
				start = 0;
			}
			const length = Math.max(0, Math.min(maxBytes, size - start));
			const bytes = new Uint8Array(length);
			const {bytesRead} = length > 0 ? await handle.read(bytes, 0, length, start) : {bytesRead: 0};
			return {bytes: bytes.subarray(0, bytesRead), offset: start, size, restarted};
		} finally {
			await handle.close();
		}
	}

	async ended(run: OutputRun): Promise<RunEnd | undefined> {
		let size: number;
		try {
			size = (await stat(join(this.localDir, run.id))).size;
		} catch {
			return undefined;
		}
		const tail = await this.read(run, 'stdout', Math.max(0, size - tailForStatus), tailForStatus);
		const match = exitStatusPattern.exec(Buffer.from(tail.bytes).toString('latin1'));
		if (!match) {
			return undefined;
		}
		const exitCode = Number(match[1]);
		return {exitCode, succeeded: exitCode === 0};
	}
}
