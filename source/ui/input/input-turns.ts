// When work that is not a key's (a poll of a big Chronos: merging 10,000 rows, drawing what changed) may take
// the main thread. JavaScript cannot pause a piece of work for a key that arrives meanwhile, so a key that
// lands on 20 ms of poll work waits 20 ms. While keys are coming, the best moment is right after one is on
// screen: the next is then as far away as it will be. When none came lately, any moment is as good.
import type {InputTurns as Turns} from '../../store/types.js';

/** Keys closer together than this count as typing: work waits for the next key's screen. */
const typingGapMs = 300;
/** Optional heavy work (a full job list of megabytes) waits for a pause in the typing this long. */
const pauseMs = 500;

export class InputTurns implements Turns {
	private pending = false;
	private lastKeyAt = Number.NEGATIVE_INFINITY;
	private waiting: Array<() => void> = [];

	constructor(private readonly now: () => number = () => performance.now()) {}

	/** A key (or a paste) arrived and waits for its screen. */
	keyArrived(): void {
		this.pending = true;
		this.lastKeyAt = this.now();
	}

	/** Every key received so far is handled and its screen drawn. */
	keysHandled(): void {
		this.pending = false;
		this.lastKeyAt = this.now();
		// After the I/O of this turn of the loop, so the frame the key caused is written first.
		const waiting = this.waiting.splice(0);
		if (waiting.length > 0) {
			setImmediate(() => {
				for (const resume of waiting) resume();
			});
		}
	}

	/** Resolves right after the next key's screen while keys are coming, at once (next turn) otherwise. */
	async betweenKeys(): Promise<void> {
		if (!this.pending && this.now() - this.lastKeyAt >= typingGapMs) {
			await new Promise<void>(resolve => {
				setImmediate(resolve);
			});
			return;
		}

		await new Promise<void>(resolve => {
			// The dashboard's timers never hold the program open once it quits.
			const timer = setTimeout(resolve, typingGapMs);
			timer.unref?.();
			this.waiting.push(() => {
				clearTimeout(timer);
				resolve();
			});
		});
	}

	/** Resolves once no key has come for half a second. */
	async typingPause(): Promise<void> {
		for (;;) {
			const quiet = this.pending ? 0 : this.now() - this.lastKeyAt;
			if (quiet >= pauseMs) return;
			await new Promise<void>(resolve => {
				setTimeout(resolve, pauseMs - quiet).unref?.();
			});
		}
	}
}
