// `chronos-tui` alone: the live dashboard, once the configuration resolves. Without any configuration the
// config module's error already names the two ways forward (`config init`, `demo`), exit 3.
import {outputSettings, storageRootOption} from '../output/settings.js';
import {runDashboard} from '../ui/run.js';
import type {ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';
import {createClient} from '../config/index.js';
import {resolveConfig} from './session.js';
import {requireTerminal} from './terminal.js';

export async function dashboardCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const config = await resolveConfig(args.global, io);
	// Checked before the password is asked for: a prompt into a pipe would hang.
	requireTerminal(io, 'the dashboard', 'use `chronos-tui list` in scripts');
	return runDashboard({client: await createClient(config), config, outputSettings: outputSettings(config, storageRootOption(io.env))});
}

