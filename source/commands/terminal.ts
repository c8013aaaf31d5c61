// The dashboard and the wizard draw full-screen: without a terminal they would print escape codes into a
// file or a pipe. Say what to use instead.
import {UsageError} from './errors.js';
import type {CommandIO} from './io.js';

export function requireTerminal(io: CommandIO, what: string, instead: string): void {
	if (!io.stdout.isTTY || !io.stdin.isTTY) {
		throw new UsageError(`${what} needs a terminal (stdin and stdout must not be redirected); ${instead}`);
	}
}
