// A configuration problem, told in one line a user can act on (often with the exact command to run).

export class ConfigError extends Error {
	override readonly name = 'ConfigError';
}

export function isConfigError(error: unknown): error is ConfigError {
	return error instanceof ConfigError;
}
