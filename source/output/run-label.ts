// Runs named the same way by every source: the due time Chronos gave them and the retry number.

export function runLabel(dueMillis: number, attempt: number): string {
	const when = new Date(dueMillis).toISOString().slice(0, 19).replace('T', ' ');
	return attempt > 0 ? `${when} UTC, retry ${attempt}` : `${when} UTC`;
}

/** Newest due time first; for the same run, the latest retry first. */
export function newestRunFirst(a: {dueMillis?: number; attempt?: number}, b: {dueMillis?: number; attempt?: number}): number {
	return (b.dueMillis ?? 0) - (a.dueMillis ?? 0) || (b.attempt ?? 0) - (a.attempt ?? 0);
}
