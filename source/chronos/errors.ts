// Every failure talking to Chronos becomes one ChronosError with a one-line message a user can act on.
// `detail` keeps the full server text (often a Java stack trace) for the "full text" key.
// Whatever text a server sent, it passes one step before it is stored here: the secrets this process holds
// are masked (text/secrets.ts) and escape sequences are made visible (text/printable.ts), so the one-line
// message, the `x` view and CHRONOS_TUI_DEBUG=1 output never hold a password or act on the terminal.
import {printable} from '../text/printable.js';
import {withoutSecrets} from '../text/secrets.js';

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
		options: {status?: number; detail?: string; url?: string} = {},
	) {
		super(printable(withoutSecrets(message)));
		this.options = options.detail === undefined ? options : {...options, detail: printable(withoutSecrets(options.detail))};
	}

	readonly options: {status?: number; detail?: string; url?: string};

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
