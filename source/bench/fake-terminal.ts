// An in-memory terminal for the dashboard benchmark: a TTY-looking stdout that records every write with its
// time, and a raw-mode stdin that keystrokes are pushed into. Ink renders to it exactly as to a real one
// (interactive mode, throttling, incremental updates), without a terminal emulator's own cost in the figures.
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';

// eslint-disable-next-line no-control-regex
const escapes = /\u001B(?:\[[\d;?:<=>]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g;

export function stripEscapes(text: string): string {
	return text.replace(escapes, '');
}

export interface Write {
	at: number;
	text: string;
}

export class FakeStdout extends EventEmitter {
	readonly isTTY = true;
	readonly writes: Write[] = [];
	private waiters: Array<() => void> = [];

	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}

	write(chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean {
		const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		this.writes.push({at: performance.now(), text});
		for (const wake of this.waiters.splice(0)) wake();
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
		return true;
	}

	getColorDepth(): number {
		return 4;
	}

	hasColors(): boolean {
		return true;
	}

	/** Resolves at the next write after this call, with its time; rejects after `timeoutMs` without one. */
	async nextWrite(timeoutMs: number): Promise<Write> {
		const count = this.writes.length;
		return new Promise<Write>((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiters = this.waiters.filter(waiter => waiter !== wake);
				reject(new Error(`no frame within ${timeoutMs} ms`));
			}, timeoutMs);
			const wake = () => {
				clearTimeout(timer);
				resolve(this.writes[count]!);
			};
			this.waiters.push(wake);
		});
	}

	/** Resolves with the first write (from `from` on) whose visible text contains `text`. */
	async waitForText(text: string, timeoutMs: number, from = 0): Promise<Write> {
		const deadline = performance.now() + timeoutMs;
		let index = from;
		for (;;) {
			for (; index < this.writes.length; index++) {
				const write = this.writes[index]!;
				if (stripEscapes(write.text).includes(text)) return write;
			}
			const left = deadline - performance.now();
			if (left <= 0) throw new Error(`"${text}" did not appear within ${timeoutMs} ms`);
			await this.nextWrite(left).catch(() => undefined);
		}
	}
}

export class FakeStdin extends EventEmitter {
	readonly isTTY = true;
	isRaw = false;
	private readonly queue: string[] = [];

	setRawMode(mode: boolean): this {
		this.isRaw = mode;
		return this;
	}

	setEncoding(): this {
		return this;
	}

	read(): string | null {
		return this.queue.shift() ?? null;
	}

	/** One keystroke as the terminal sends it ('j', '\r', '\u001B[6~' for PageDown). */
	press(sequence: string): void {
		this.queue.push(sequence);
		this.emit('readable');
	}

	resume(): this {
		return this;
	}

	pause(): this {
		return this;
	}

	ref(): this {
		return this;
	}

	unref(): this {
		return this;
	}
}
