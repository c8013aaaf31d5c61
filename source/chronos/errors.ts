// Every failure talking to Chronos becomes one ChronosError with a one-line message a user can act on.
// `detail` keeps the full server text (often a Java stack trace) for the "full text" key.
// No message or detail ever contains the password.

export type ChronosErrorKind =
	| 'auth' // 401: wrong username or password
	| 'unreachable' // connection refused, DNS failure, reset
	| 'timeout' // no answer in time
	| 'http' // any other 4xx/5xx from Chronos
	| 'malformed' // a 2xx whose body is not what the API promises
	| 'tls'; // certificate problems

export class ChronosError extends Error {
	override readonly name = 'ChronosError';

	constructor(
		readonly kind: ChronosErrorKind,
		message: string,
		readonly options: {status?: number; detail?: string; url?: string} = {},
	) {
		super(message);
	}

	get status(): number | undefined {
		return this.options.status;
	}

	/** Full text for the "show full message" key; the one-line message when there is nothing more. */
	get detail(): string {
		return this.options.detail ?? this.message;
	}
}

export function isChronosError(error: unknown): error is ChronosError {
	return error instanceof ChronosError;
}
