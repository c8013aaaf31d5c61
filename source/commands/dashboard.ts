// `chronos-tui` alone: the live dashboard, once the configuration resolves. A first-time user without any
// configuration is told the two ways forward instead of getting a bare error.
import {access} from 'node:fs/promises';
import {defaultConfigPath} from '../config/index.js';
import {runDashboard} from '../ui/run.js';
import type {ParsedArgs} from './args.js';
import {CommandError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import type {CommandIO} from './io.js';
import {connect} from './session.js';
import {requireTerminal} from './terminal.js';

async function firstTimeUser(args: ParsedArgs, io: CommandIO): Promise<boolean> {
	if (args.global.config || args.global.url || io.env['CHRONOS_URL']) {
		return false;
	}

	try {
		await access(defaultConfigPath(io.env));
		return false;
	} catch {
		return true;
	}
}

export async function dashboardCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	let session;
	try {
		session = await connect(args.global, io);
	} catch (error) {
		if (error instanceof Error && error.name === 'ConfigError' && (await firstTimeUser(args, io))) {
			throw new CommandError(
				`no configuration yet (${defaultConfigPath(io.env)}): run \`chronos-tui config init\` to connect to your Chronos, or \`chronos-tui demo\` to try it with sample jobs`,
				exitCodes.config,
			);
		}

		throw error;
	}

	requireTerminal(io, 'the dashboard', 'use `chronos-tui list` in scripts');
	const {client, config} = session;
	return runDashboard({client, config});
}
