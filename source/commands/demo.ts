// `chronos-tui demo`: the real dashboard against a private emulator full of sample jobs. Needs no cluster,
// no configuration and no password, and changes nothing anywhere else.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ChronosClient} from '../chronos/client.js';
import {outputSettings} from '../output/settings.js';
import {startEmulator} from '../emulator/server.js';
import {recasProfile} from '../jobs/profile.js';
import {runDashboard} from '../ui/run.js';
import {numberFlag, type ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';
import {requireTerminal} from './terminal.js';

export function demoUser(env: NodeJS.ProcessEnv): string {
	const login = env['USER'] ?? env['LOGNAME'];
	// A demo user must make valid job names (`<user>-...`), whatever the login name looks like.
	return login && /^[\w.-]+$/.test(login) ? login : 'demo';
}

export async function demoCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const speed = numberFlag(args.values, 'speed', {min: 0.01, max: 10_000}, 'chronos-tui demo [--speed X]');
	requireTerminal(io, 'the demo dashboard', 'try `chronos-tui emulator` to run the emulator on its own');
	const user = demoUser(io.env);
	// The jobs' kept output goes under a private folder standing for /lustre and /lustrehome, removed on exit.
	const storageRoot = await mkdtemp(join(tmpdir(), 'chronos-tui-demo-'));
	try {
		const emulator = await startEmulator({port: 0, seed: 'samples', sampleUser: user, storageRoot, ...(speed ? {speed} : {})});
		try {
			// The emulator listens on this machine: no proxy from the environment could reach it.
			const client = new ChronosClient({url: emulator.url, proxyEnv: {}});
			return await runDashboard({
				client,
				config: {url: emulator.url, user, profile: recasProfile, pollIntervalMs: 1000},
				demo: true,
				// The emulator also plays the Mesos master and agent, for the jobs that keep no output.
				outputSettings: outputSettings({mesos: {url: emulator.url, getPassword: async () => undefined}, timeoutMs: 5000}, {storageRoot}),
			});
		} finally {
			await emulator.close();
		}
	} finally {
		await rm(storageRoot, {recursive: true, force: true});
	}
}
