// Polling in real time for something that happens after a request or a keystroke (a job's state on the
// server, a file on disk), with an error that says what was awaited and what was last seen.

export interface EventuallyOptions {
	timeoutMs?: number;
	intervalMs?: number;
	/** More to show when time runs out (the screen, say). */
	context?: () => Promise<string>;
}

/** Reads until `check` holds and returns the value that passed; fails after the timeout with the last value. */
export async function eventually<T>(
	description: string,
	read: () => T | Promise<T>,
	check: (value: T) => boolean,
	{timeoutMs = 5000, intervalMs = 10, context}: EventuallyOptions = {},
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (check(value)) return value;
		if (Date.now() > deadline) {
			const more = context ? await context() : '';
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}; last seen: ${JSON.stringify(value)}${more}`);
		}
		await new Promise(resolve => setTimeout(resolve, intervalMs));
	}
}
