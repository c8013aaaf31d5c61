// How a subcommand gets its configuration and a connected client: flags over environment over config file,
// exactly as the dashboard does, through the shared config module.
import type {ChronosClient} from '../chronos/client.js';
import {createClient, loadConfig, type ResolvedConfig} from '../config/index.js';
import type {GlobalFlags} from './args.js';
import {note, type CommandIO} from './io.js';

export interface Session {
	config: ResolvedConfig;
	client: ChronosClient;
}

export async function resolveConfig(flags: GlobalFlags, io: CommandIO): Promise<ResolvedConfig> {
	return loadConfig({flags, env: io.env});
}

export async function connect(flags: GlobalFlags, io: CommandIO): Promise<Session> {
	const config = await resolveConfig(flags, io);
	return {config, client: await connectedClient(config, io)};
}

/** The client for the configured Chronos; a proxy it cannot use is said once on stderr, not skipped silently. */
export async function connectedClient(config: ResolvedConfig, io: CommandIO): Promise<ChronosClient> {
	const client = await createClient(config);
	if (client.proxyNotice) {
		note(io, `chronos-tui: notice: ${client.proxyNotice}`);
	}

	return client;
}
