// Starts the built chronos-tui in a tmux terminal, either against an emulator this test process runs (so the
// test can look at the emulator's state after each keystroke) or in demo mode. Every run gets a fresh home
// directory, so no user configuration, draft or state file on this machine can leak in or be touched.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {assertBuilt, cliPath, programNode} from '../helpers/built-program.js';
import {closeTestEmulators} from '../helpers/emulators.js';
import {TmuxTerminal} from './tmux.js';

export const skipMessage =
	'tmux is not installed: the end-to-end terminal tests are skipped. Install it (apt-get install -y tmux) to run them.';

const homes: string[] = [];

/** A fresh, empty home directory with the XDG folders inside it; removed by cleanupHomes(). */
export function freshHome(): string {
	const home = mkdtempSync(join(tmpdir(), 'chronos-e2e-home-'));
	homes.push(home);
	return home;
}

export function homeEnvironment(home: string): Record<string, string> {
	return {
		HOME: home,
		XDG_CONFIG_HOME: join(home, '.config'),
		XDG_STATE_HOME: join(home, '.local', 'state'),
		XDG_DATA_HOME: join(home, '.local', 'share'),
		XDG_CACHE_HOME: join(home, '.cache'),
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
	};
}

export function cleanupHomes(): void {
	for (const home of homes.splice(0)) rmSync(home, {recursive: true, force: true});
}

/** For afterEach: the terminals, emulators and home directories a test started are all gone, even after a failure. */
export async function endProgramTest(): Promise<void> {
	await TmuxTerminal.killAll();
	await closeTestEmulators();
	cleanupHomes();
}

export interface ProgramOptions {
	width: number;
	height: number;
	/** Arguments after `chronos-tui`; none opens the dashboard. */
	args?: string[];
	/** Chronos to talk to, with its credentials; left out for `demo`. */
	chronos?: {url: string; user: string; password?: string};
	/** Reuse a home from an earlier run (a draft left behind, say). */
	home?: string;
	env?: Record<string, string | undefined>;
}

export interface RunningProgram {
	terminal: TmuxTerminal;
	home: string;
}

/** Runs `node dist/cli.js ...args` (programNode: the tests' Node 24 unless told otherwise) in a new terminal of the given size. */
export async function startProgram(options: ProgramOptions): Promise<RunningProgram> {
	assertBuilt();
	const home = options.home ?? freshHome();
	const chronosEnv: Record<string, string> = {};
	if (options.chronos) {
		chronosEnv['CHRONOS_URL'] = options.chronos.url;
		chronosEnv['CHRONOS_USER'] = options.chronos.user;
		if (options.chronos.password !== undefined) chronosEnv['CHRONOS_PASSWORD'] = options.chronos.password;
	}
	const terminal = await TmuxTerminal.start({
		width: options.width,
		height: options.height,
		command: [programNode, cliPath, ...(options.args ?? [])],
		cwd: home,
		env: {...homeEnvironment(home), ...chronosEnv, ...options.env},
	});
	return {terminal, home};
}
