// Emulators a test starts for itself, all closed by one call after each test, so a failed test never leaves a
// server listening for the next one.
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/server.js';

const running: RunningEmulator[] = [];

/** Starts an emulator that the next closeTestEmulators() closes. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
	const emulator = await startEmulator(options);
	running.push(emulator);
	return emulator;
}

/** Closes every emulator started since the last call; call it from afterEach. */
export async function closeTestEmulators(): Promise<void> {
	await Promise.all(running.splice(0).map(async emulator => emulator.close()));
}
