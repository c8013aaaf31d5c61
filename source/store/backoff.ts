// How long to wait after failed polls: 2, 4, 8, 16, then 30 s at most, so a Chronos that is down is not
// hammered while a user waits, and one that comes back is noticed within half a minute.

export const backoffBaseMs = 2000;
export const backoffMaxMs = 30_000;

export function backoffDelayMs(failures: number): number {
	if (failures <= 0) {
		return 0;
	}

	return Math.min(backoffMaxMs, backoffBaseMs * 2 ** (failures - 1));
}

/** Polling faster than once a second only loads the user's Chronos; slower than asked is never wanted. */
export const minPollIntervalMs = 1000;
export const defaultPollIntervalMs = 2000;

export function clampPollInterval(ms: number | undefined): number {
	if (ms === undefined || !Number.isFinite(ms)) {
		return defaultPollIntervalMs;
	}

	return Math.max(minPollIntervalMs, Math.round(ms));
}
