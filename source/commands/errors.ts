// Errors a subcommand raises on purpose, and the one place that turns any error into a line and an exit code.
import {isChronosError, type ChronosError} from '../chronos/errors.js';
import {isConfigError} from '../config/errors.js';
import {OutputError} from '../output/types.js';
import {printable, printableLine} from '../text/printable.js';
import {withoutSecrets} from '../text/secrets.js';
import {exitCodes, type ExitCode} from './exit-codes.js';

/** The command line is wrong; the usage line of the subcommand follows the message. */
export class UsageError extends Error {
	override readonly name = 'UsageError';

	constructor(
		message: string,
		readonly usage?: string,
	) {
		super(message);
	}
}

/** A failure the command already explained in one line, with the exit code that fits it. */
export class CommandError extends Error {
	override readonly name = 'CommandError';

	constructor(
		message: string,
		readonly exitCode: ExitCode = exitCodes.jobProblem,
	) {
		super(message);
	}
}

function chronosExitCode(error: ChronosError): ExitCode {
	switch (error.kind) {
		case 'auth':
		case 'tls':
			return exitCodes.config;
		case 'unreachable':
		case 'timeout':
			return exitCodes.unreachable;
		case 'http':
		case 'malformed':
			return exitCodes.chronos;
	}
}

export interface ReportedError {
	exitCode: ExitCode;
	/** Lines for stderr, without the program prefix; the first is the one a user reads. */
	lines: string[];
}

/**
 * Every error becomes one line (two for usage errors) and an exit code; stack traces only when debugging.
 * Messages quote servers, files and the command line, so each line is made printable and free of secrets.
 */
export function reportError(error: unknown, debug: boolean): ReportedError {
	const report = describeError(error, debug);
	const [first = '', ...more] = report.lines;
	return {
		exitCode: report.exitCode,
		lines: [printableLine(withoutSecrets(first)), ...more.map((line) => printable(withoutSecrets(line)))],
	};
}

function describeError(error: unknown, debug: boolean): ReportedError {
	if (error instanceof UsageError) {
		return {exitCode: exitCodes.usage, lines: [error.message, ...(error.usage ? [`usage: ${error.usage}`] : [])]};
	}

	if (error instanceof CommandError) {
		return {exitCode: error.exitCode, lines: [error.message]};
	}

	if (isChronosError(error)) {
		const lines = [firstLine(error.message)];
		if (debug && error.detail !== error.message) {
			lines.push(error.detail);
		}

		return {exitCode: chronosExitCode(error), lines};
	}

	if (isConfigError(error)) {
		return {exitCode: exitCodes.config, lines: [firstLine(error.message)]};
	}

	if (error instanceof OutputError) {
		return {exitCode: exitCodes.jobProblem, lines: [firstLine(error.message)]};
	}

	const message = error instanceof Error ? error.message : String(error);
	const lines = [`unexpected error: ${firstLine(message) || 'unknown'} (set CHRONOS_TUI_DEBUG=1 for details)`];
	if (debug && error instanceof Error && error.stack) {
		lines.push(error.stack);
	}

	return {exitCode: exitCodes.internal, lines};
}

function firstLine(text: string): string {
	return text.split('\n', 1)[0]?.trim() ?? '';
}
