// Simulated time: runs `speed` times faster than the wall clock, starting from the real time at start-up.
// At speed 1 it is the wall clock, so dates the emulator writes look like a real server's.

export class SimulatedClock {
	private readonly realOrigin: number;

	constructor(
		readonly speed: number = 1,
		private readonly realNow: () => number = Date.now,
	) {
		if (!(speed > 0) || !Number.isFinite(speed)) {
			throw new RangeError(`speed must be a positive number, got ${String(speed)}`);
		}
		this.realOrigin = realNow();
	}

	/** Simulated milliseconds since the epoch. */
	now(): number {
		return Math.floor(this.realOrigin + (this.realNow() - this.realOrigin) * this.speed);
	}

	/** How many real milliseconds a simulated span takes. */
	realDuration(simulatedMs: number): number {
		return simulatedMs / this.speed;
	}
}
