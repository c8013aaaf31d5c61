// `chronos-tui config init`: hands over to the config module's interactive setup.
import {configInit} from './config-init.js';
import type {ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';

export async function configInitCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	return configInit({flags: args.global, env: io.env});
}
