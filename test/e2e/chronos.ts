// The Chronos the end-to-end tests talk to: the emulator, started in this test process so a test can look at
// what each keystroke did on the server (its jobs and summaries), not only at the screen.
import type {EmulatorOptions, RunningEmulator} from '../../source/emulator/server.js';
import {startTestEmulator} from '../helpers/emulators.js';
import {eventually as pollUntil} from '../helpers/eventually.js';
import type {TmuxTerminal} from './tmux.js';

export const e2eUser = 'e2e';
export const e2ePassword = 'e2e-secret-pw';

export interface TestChronos {
	emulator: RunningEmulator;
	/** What the program needs to reach it: URL, user and password. */
	chronos: {url: string; user: string; password: string};
}

/** An emulator with the sample jobs of user `e2e` and basic auth, as a ReCaS instance has. */
export async function startTestChronos(options: EmulatorOptions = {}): Promise<TestChronos> {
	const emulator = await startTestEmulator({
		seed: 'samples',
		sampleUser: e2eUser,
		credentials: {user: e2eUser, password: e2ePassword},
		...options,
	});
	return {emulator, chronos: {url: emulator.url, user: e2eUser, password: e2ePassword}};
}

/** Polls the emulator until `check` holds; when time runs out the error shows the screen too. */
export async function eventually<T>(
	description: string,
	read: () => T,
	check: (value: T) => boolean,
	options: {timeoutMs?: number; terminal?: TmuxTerminal} = {},
): Promise<T> {
	const {terminal} = options;
	return pollUntil(description, read, check, {
		timeoutMs: options.timeoutMs ?? 10_000,
		intervalMs: 50,
		...(terminal ? {context: async () => `\nScreen:\n${await terminal.capture()}`} : {}),
	});
}
