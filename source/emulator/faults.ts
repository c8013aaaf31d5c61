// Injected misbehaviour, changeable while the emulator runs.
import {noFaults, type Faults} from './types.js';

export class FaultInjector {
	private faults: Faults = {...noFaults};
	private requests = 0;

	constructor(initial: Partial<Faults> = {}) {
		this.set(initial);
	}

	set(changes: Partial<Faults>): void {
		const next = {...this.faults, ...changes};
		if (!(next.latencyMs >= 0) || !(next.failRate >= 0 && next.failRate <= 1)) {
			throw new RangeError('latencyMs must be 0 or more and failRate between 0 and 1');
		}
		this.faults = next;
		this.requests = 0;
	}

	get current(): Readonly<Faults> {
		return this.faults;
	}

	/**
	 * Whether this request should fail. Spread evenly rather than at random, so a rate of 0.25 fails exactly
	 * one request in four and tests can count on it.
	 */
	shouldFail(): boolean {
		const rate = this.faults.failRate;
		if (rate <= 0) {
			return false;
		}
		this.requests++;
		return Math.floor(this.requests * rate) > Math.floor((this.requests - 1) * rate);
	}

	/** A 2xx body cut short so it never parses: half of it, and never a complete JSON value. */
	static corrupt(body: string): string {
		if (body.length === 0) {
			return body;
		}
		const cut = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
		return /^[{[]/.test(body) ? cut : `${cut}\u0000{"`;
	}
}
