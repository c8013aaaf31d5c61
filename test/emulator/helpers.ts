// Small helpers for talking to an emulator over real HTTP with plain fetch.
import {afterEach} from 'vitest';
import type {ChronosJob} from '../../source/jobs/types.js';
import type {EmulatorOptions, RunningEmulator} from '../../source/emulator/server.js';
import {closeTestEmulators, startTestEmulator} from '../helpers/emulators.js';

afterEach(closeTestEmulators);

/** An emulator closed automatically after the test. Empty unless the options ask for a seed. */
export async function emulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
	return startTestEmulator({seed: 'none', ...options});
}

export const api = '/v1/scheduler';

export async function postJob(base: string, job: Partial<ChronosJob> | unknown, endpoint: 'iso8601' | 'dependency' = 'iso8601'): Promise<Response> {
	return fetch(`${base}${api}/${endpoint}`, {
		method: 'POST',
		headers: {'Content-Type': 'application/json'},
		body: typeof job === 'string' ? job : JSON.stringify(job),
	});
}

export async function getJson<T = unknown>(base: string, path: string): Promise<{status: number; body: T}> {
	const response = await fetch(`${base}${path}`);
	return {status: response.status, body: (await response.json()) as T};
}

export function basicJob(name: string, extra: Partial<ChronosJob> = {}): Partial<ChronosJob> {
	return {name, command: 'echo hello', schedule: 'R1//P1Y', ...extra};
}
