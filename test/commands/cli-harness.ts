// Runs the built program the way a user does: a separate process, real argv, real environment, talking to an
// emulator over HTTP on 127.0.0.1. Every test gets its own config folder so nobody's real settings leak in.
import {spawn} from 'node:child_process';
import {closeSync, openSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ChronosClient} from '../../source/chronos/client.js';
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/server.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {assertBuilt, cliPath, programNode} from '../helpers/built-program.js';
import {recasJob} from '../helpers/chronos.js';

export const user = 'alice';
export const password = 'correct-horse-battery-staple';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface CliOptions {
	env?: Record<string, string | undefined>;
	input?: string;
	cwd?: string;
	/** A file opened for writing (e.g. /dev/full) that stdout goes to instead of a pipe, as `> file` does. */
	stdoutFile?: string;
}

/** A clean environment: only what the program needs, plus whatever the test adds. */
export function baseEnv(home: string): Record<string, string> {
	return {
		PATH: process.env['PATH'] ?? '/usr/bin:/bin',
		HOME: home,
		XDG_CONFIG_HOME: join(home, '.config'),
		USER: user,
		LANG: 'C.UTF-8',
	};
}

export function runCli(args: readonly string[], options: CliOptions & {home: string}): Promise<CliResult> {
	const env: Record<string, string> = {...baseEnv(options.home)};
	for (const [key, value] of Object.entries(options.env ?? {})) {
		if (value === undefined) {
			delete env[key];
		} else {
			env[key] = value;
		}
	}

	return new Promise((resolve, reject) => {
		const stdoutFd = options.stdoutFile === undefined ? undefined : openSync(options.stdoutFile, 'w');
		const child = spawn(programNode, [cliPath, ...args], {
			env,
			cwd: options.cwd ?? options.home,
			stdio: ['pipe', stdoutFd ?? 'pipe', 'pipe'],
		});
		if (stdoutFd !== undefined) {
			closeSync(stdoutFd);
		}

		let stdout = '';
		let stderr = '';
		child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
		child.stdin!.end(options.input ?? '');
	});
}

/** An emulator with basic auth, an empty home folder, and a CLI runner already pointed at both. */
export interface CliWorld {
	emulator: RunningEmulator;
	home: string;
	/** A client for arranging jobs and checking effects over the same HTTP API. */
	client: ChronosClient;
	cli(args: readonly string[], options?: CliOptions): Promise<CliResult>;
	writeFile(name: string, content: string): Promise<string>;
	close(): Promise<void>;
}

export async function startWorld(extra: Partial<EmulatorOptions> = {}): Promise<CliWorld> {
	assertBuilt();
	const emulator = await startEmulator({port: 0, seed: 'none', credentials: {user, password}, ...extra});
	const home = await mkdtemp(join(tmpdir(), 'chronos-tui-cli-'));
	const client = new ChronosClient({url: emulator.url, user, password});
	return {
		emulator,
		home,
		client,
		cli: (args, options = {}) =>
			runCli(args, {
				...options,
				home,
				env: {CHRONOS_URL: emulator.url, CHRONOS_USER: user, CHRONOS_PASSWORD: password, ...options.env},
			}),
		async writeFile(name, content) {
			const path = join(home, name);
			await writeFile(path, content);
			return path;
		},
		async close() {
			await emulator.close();
			await rm(home, {recursive: true, force: true});
		},
	};
}

/** A valid ReCaS job for `alice`, as a user would write it after reading the guide. */
export function aliceJob(name: string, extra: Partial<ChronosJob> = {}): ChronosJob {
	return recasJob(name, user, extra);
}
