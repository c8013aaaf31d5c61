// `chronos-tui config init`: hands over to the interactive setup with this run's flags and streams.
import {configInit} from './config-init.js';
import type {ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';

export async function configInitCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	return configInit({flags: args.global, env: io.env, stdin: io.stdin, stdout: io.stdout});
}
