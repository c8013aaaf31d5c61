// The program: find the subcommand, parse its flags strictly, run it, and turn every failure into one line on
// stderr and a documented exit code. No stack trace reaches a user unless CHRONOS_TUI_DEBUG=1.
import {parseCommandArgs, refusePasswordFlag, splitArgv} from './commands/args.js';
import {CommandError, reportError, UsageError} from './commands/errors.js';
import {exitCodes} from './commands/exit-codes.js';
import {processIO, type CommandIO} from './commands/io.js';
import {commandHelp, commands, dashboardCommand, findCommand, programHelp} from './commands/registry.js';
import {programVersion} from './commands/version.js';
import {suggestField} from './jobs/fields.js';

async function main(argv: readonly string[], io: CommandIO): Promise<number> {
	refusePasswordFlag(argv);
	const {command: name, rest} = splitArgv(argv);
	if (name === undefined) {
		if (rest.includes('--version') || rest.includes('-v')) {
			io.stdout.write(`${await programVersion()}\n`);
			return exitCodes.ok;
		}

		if (rest.includes('--help') || rest.includes('-h')) {
			io.stdout.write(`${programHelp()}\n`);
			return exitCodes.ok;
		}

		const args = parseCommandArgs(rest, dashboardCommand);
		return dashboardCommand.run(args, io);
	}

	if (name === 'help') {
		// `help config init` names a two-word command.
		const topic = rest.filter((token) => !token.startsWith('-')).join(' ');
		const command = findCommand(topic);
		io.stdout.write(`${command ? commandHelp(command) : programHelp()}\n`);
		return exitCodes.ok;
	}

	const command = findCommand(name);
	if (!command) {
		throw new UsageError(unknownCommandMessage(name), 'chronos-tui COMMAND [options]  (chronos-tui --help lists them)');
	}

	const args = parseCommandArgs(rest, command);
	if (args.help) {
		io.stdout.write(`${commandHelp(command)}\n`);
		return exitCodes.ok;
	}

	return command.run(args, io);
}

/** Words people bring from other tools, mapped to ours. */
const familiarWords: Record<string, string> = {
	ls: 'list',
	ps: 'list',
	get: 'show',
	describe: 'show',
	inspect: 'show',
	add: 'submit',
	apply: 'submit',
	check: 'validate',
	lint: 'validate',
	start: 'run',
	kill: 'stop',
	cancel: 'stop',
	rm: 'delete',
	remove: 'delete',
	create: 'new',
	wizard: 'new',
	init: 'config init',
	version: '--version',
	dashboard: 'chronos-tui (no command)',
};

function unknownCommandMessage(name: string): string {
	if (name === 'config') {
		return "'config' needs a second word: chronos-tui config init";
	}

	const close = suggestField(
		name,
		commands.map((command) => command.name),
		familiarWords,
	);
	return `unknown command '${name}'${close ? `; did you mean '${close}'?` : ''}`;
}

const io = processIO();
const debug = io.env['CHRONOS_TUI_DEBUG'] === '1';

function fail(error: unknown): number {
	const report = reportError(error, debug);
	const [first, ...more] = report.lines;
	io.stderr.write(`chronos-tui: ${first}\n${more.map((line) => `${line}\n`).join('')}`);
	return report.exitCode;
}

// `chronos-tui list | head -1` closes the pipe early: that is the reader's choice, not an error.
// Full-screen views register their own handler (to save a draft first) and then take precedence.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (process.stdout.listenerCount('error') === 1) {
		process.exit(error.code === 'EPIPE' ? exitCodes.ok : outputLost(error));
	}
});

// Any other failed write (a full disk, /dev/full) lost output the user asked for: that must not pass as success.
function outputLost(error: NodeJS.ErrnoException): number {
	const reason = error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '');
	return fail(new CommandError(`could not write the output: ${reason}${error.code ? ` (${error.code})` : ''}`, exitCodes.output));
}

// Whatever escapes a library's own handling still ends as one line and exit 70, never a stack trace.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
	process.on(event, (error: unknown) => {
		process.exit(fail(error));
	});
}

let exitCode: number;
try {
	exitCode = await main(process.argv.slice(2), io);
} catch (error) {
	exitCode = fail(error);
}

// Let pending output drain; a server or poller left open by a library must not keep the program alive.
process.exitCode = exitCode;
// A write that failed before this point has marked stdout as errored, whether or not its 'error' event came yet.
process.stdout.write('', () => {
	const lost = process.stdout.errored as NodeJS.ErrnoException | null;
	process.exit(lost && lost.code !== 'EPIPE' ? outputLost(lost) : exitCode);
});
