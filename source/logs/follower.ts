// Follows one output file as it grows: the last part first, then whatever was added, read from the saved offset
// every 1.5 s. No inotify: a job writes from a GPU node and the frontend's kernel never hears of those writes on
// a shared filesystem. A file that shrank or was replaced is read again from its start. It stops once the run
// has ended and a read brings nothing more. No React: a hook owns it and shows the buffer.
import {LogBuffer} from './log-buffer.js';

/** The part of an output source's read a follower needs (offset < 0: the last maxBytes). */
export type ReadOutput = (offset: number, maxBytes: number) => Promise<{
	bytes: Uint8Array;
	offset: number;
	size: number;
	restarted: boolean;
}>;

export interface FollowerTimers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export interface FollowerOptions {
	read: ReadOutput;
	/** False once the run can write no more (it ended, or it is an older run). Asked before every read. */
	live(): boolean | Promise<boolean>;
	buffer?: LogBuffer;
	/** Between two reads that brought nothing new. */
	intervalMs?: number;
	/** How much of the end of the file the first read brings. */
	tailBytes?: number;
	/** One read's size while catching up; a full read is followed by the next at once. */
	chunkBytes?: number;
	timers?: FollowerTimers;
	/** Called after every change of the buffer or of the state. */
	onChange?(): void;
}

export type FollowState =
	| {kind: 'loading'}
	| {kind: 'following'}
	| {kind: 'ended'}
	/** The last read failed; while the run may still write, reading goes on. */
	| {kind: 'failed'; message: string; retrying: boolean};

const realTimers: FollowerTimers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: handle => {
		clearTimeout(handle as ReturnType<typeof setTimeout>);
	},
};

export const followIntervalMs = 1500;

export class Follower {
	readonly buffer: LogBuffer;
	private stateNow: FollowState = {kind: 'loading'};
	/** Where the next read starts; undefined until the first read has landed. */
	private offset: number | undefined;
	private size = 0;
	private timer: unknown;
	private stopped = false;
	private readonly intervalMs: number;
	private readonly tailBytes: number;
	private readonly chunkBytes: number;
	private readonly timers: FollowerTimers;

	constructor(private readonly options: FollowerOptions) {
		this.buffer = options.buffer ?? new LogBuffer();
		this.intervalMs = options.intervalMs ?? followIntervalMs;
		this.tailBytes = options.tailBytes ?? 1024 * 1024;
		this.chunkBytes = options.chunkBytes ?? 256 * 1024;
		this.timers = options.timers ?? realTimers;
	}

	get state(): FollowState {
		return this.stateNow;
	}

	/** The file's size at the last read, in bytes. */
	get fileSize(): number {
		return this.size;
	}

	start(): void {
		void this.step();
	}

	stop(): void {
		this.stopped = true;
		if (this.timer !== undefined) {
			this.timers.clearTimeout(this.timer);
			this.timer = undefined;
		}
	}

	/** Reads now instead of at the next tick (the user asked, or a run was just started). */
	poke(): void {
		if (this.stopped || this.timer === undefined) {
			return;
		}

		this.timers.clearTimeout(this.timer);
		this.timer = undefined;
		void this.step();
	}

	private async step(): Promise<void> {
		this.timer = undefined;
		// Asked before the read: a run that had ended before it began has nothing left to write after it.
		let live: boolean;
		try {
			live = await this.options.live();
			await this.readOnce();
		} catch (error) {
			if (this.stopped) {
				return;
			}

			live = await Promise.resolve(this.options.live()).catch(() => false);
			this.setState({kind: 'failed', message: messageOf(error), retrying: live});
			if (live) {
				this.schedule(this.intervalMs);
			}

			return;
		}

		if (this.stopped) {
			return;
		}

		const caughtUp = this.offset! >= this.size;
		if (caughtUp && !live) {
			this.buffer.finish();
			this.setState({kind: 'ended'});
			return;
		}

		this.setState({kind: 'following'});
		// Behind the end of the file: catch up at once instead of a chunk per interval.
		this.schedule(caughtUp ? this.intervalMs : 0);
	}

	private async readOnce(): Promise<void> {
		const first = this.offset === undefined;
		const result = first
			? await this.options.read(-1, this.tailBytes)
			: await this.options.read(this.offset!, this.chunkBytes);
		if (this.stopped) {
			return;
		}

		if (first || result.restarted) {
			this.buffer.reset(result.offset);
		}

		this.buffer.append(result.bytes);
		this.offset = result.offset + result.bytes.length;
		this.size = result.size;
		if (first || result.bytes.length > 0 || result.restarted) {
			this.options.onChange?.();
		}
	}

	private schedule(ms: number): void {
		if (this.stopped) {
			return;
		}

		this.timer = this.timers.setTimeout(() => {
			void this.step();
		}, ms);
	}

	private setState(state: FollowState): void {
		const same = JSON.stringify(state) === JSON.stringify(this.stateNow);
		this.stateNow = state;
		if (!same) {
			this.options.onChange?.();
		}
	}
}

function messageOf(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n').find(line => line.trim() !== '')?.trim() ?? 'the output could not be read';
}
