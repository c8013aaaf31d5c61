// Every subcommand as data: its usage line, help text, flags and how to run it. Implementations are imported
// only when their command runs, so `--help` and quick commands never load the dashboard.
import type {ParseArgsOptionsConfig} from 'node:util';
import type {ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';

export interface CommandDefinition {
	name: string;
	/** One line in the program help. */
	summary: string;
	usage: string;
	/** Option and example lines shown by `<command> --help`. */
	details: string;
	options: ParseArgsOptionsConfig;
	positionals: {min: number; max: number; name: string};
	run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

const many = Number.POSITIVE_INFINITY;

export const commands: CommandDefinition[] = [
	{
		name: 'list',
		summary: 'list your jobs with their state, last result and resources',
		usage: 'chronos-tui list [--json] [--all|--mine]',
		details: `Options:
  --mine     only jobs named <user>-... (the default when the cluster requires the prefix, as ReCaS does)
  --all      every job on the Chronos instance
  --json     an array of jobs, each with its status and state, for scripts (jq)

Columns: NAME STATE (idle, queued, running) STATUS (result of the last run: fresh, success, failure)
SCHEDULE GPUS CPUS MEM LAST-RUN. They shrink to the terminal width.`,
		options: {json: {type: 'boolean'}, all: {type: 'boolean'}, mine: {type: 'boolean'}},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./list.js')).listCommand(args, io),
	},
	{
		name: 'show',
		summary: 'show one job: schedule in words, next runs, container, volumes, statistics',
		usage: 'chronos-tui show NAME [--json|--yaml]',
		details: `Options:
  --json     the job as JSON, in the key order of the ReCaS guide (save it, edit it, submit --overwrite)
  --yaml     the job as YAML`,
		options: {json: {type: 'boolean'}, yaml: {type: 'boolean'}},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./show.js')).showCommand(args, io),
	},
	{
		name: 'submit',
		summary: 'check job files and send them to Chronos',
		usage: 'chronos-tui submit FILE... [--dry-run] [--overwrite] [--keep-output [--output-dir DIR]] [--wait [--timeout D] [--follow]]',
		details: `Each FILE is JSON or YAML and may hold several jobs (a JSON array, or YAML documents split by ---).
Nothing is submitted unless every job in every file is valid. Your username fills runAsUser, owner and
ownerName when they are missing. Dependent jobs are submitted after their parents.

Options:
  --overwrite  replace jobs that already exist (Chronos would do it silently, resetting their history)
  --dry-run    check everything, including the server, and print the JSON that would be sent; submit nothing
  --keep-output  keep each job's output (stdout and stderr, with the exit status) in a file per run on shared
               storage, where \`chronos-tui logs\` and the dashboard read it; adds the storage volume when missing
  --output-dir DIR  the folder for kept output, with {user} and {job} (default: output.dir in the config, else
               /lustrehome/{user}/.chronos-output/{job})
  --wait       wait for the jobs' runs to end: exit 0 when all succeeded, 1 when one failed, 6 on --timeout
  --timeout D  give up waiting after D (90, 30s, 10m, 2h)
  --follow     with --wait and one job: print its output as it runs

Example:
  chronos-tui submit my-first-job.json --keep-output --wait --follow`,
		options: {
			'dry-run': {type: 'boolean'},
			overwrite: {type: 'boolean'},
			'keep-output': {type: 'boolean'},
			'output-dir': {type: 'string'},
			wait: {type: 'boolean'},
			timeout: {type: 'string'},
			follow: {type: 'boolean'},
		},
		positionals: {min: 1, max: many, name: 'a job FILE to submit'},
		run: async (args, io) => (await import('./submit.js')).submitCommand(args, io),
	},
	{
		name: 'validate',
		summary: 'check job files without a server: every problem, as file:line:column',
		usage: 'chronos-tui validate FILE...',
		details: `Prints every error and warning of every job, e.g.
  job.yaml:4:6: error: mem: ...
Exits 1 when any job has an error. Needs no server and no password.`,
		options: {},
		positionals: {min: 1, max: many, name: 'a job FILE to validate'},
		run: async (args, io) => (await import('./validate.js')).validateCommand(args, io),
	},
	{
		name: 'run',
		summary: 'start a job now',
		usage: 'chronos-tui run NAME [--args "..."] [--wait [--timeout D] [--follow]]',
		details: `Options:
  --args "..."  extra arguments appended to the command for this run only
  --wait        wait for the run to end: exit 0 when it succeeded, 1 when it failed, 6 on --timeout
  --timeout D   give up waiting after D (90, 30s, 10m, 2h)
  --follow      with --wait: print the run's output as it comes`,
		options: {args: {type: 'string'}, wait: {type: 'boolean'}, timeout: {type: 'string'}, follow: {type: 'boolean'}},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./actions.js')).runCommand(args, io),
	},
	{
		name: 'logs',
		summary: "print what a job's run wrote (its kept output, or its Mesos sandbox); --follow as it runs",
		usage: 'chronos-tui logs NAME [--follow] [--run N] [--stderr] [--source files|mesos]',
		details: `Reads the newest run's output from where the job keeps it (see submit --keep-output), or from the
Mesos sandbox when mesos.url is in the config. Control characters and escape sequences are shown, never run.

Options:
  --follow          keep printing as the run writes, until it ends; then exit with the run's exit status
  --run N           the Nth newest run (1, the default, is the newest)
  --stderr          the sandbox's stderr (kept files hold stdout and stderr together)
  --source S        files (kept output) or mesos (the task's sandbox); chosen by the job otherwise`,
		options: {follow: {type: 'boolean', short: 'f'}, run: {type: 'string'}, stderr: {type: 'boolean'}, source: {type: 'string'}},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./logs.js')).logsCommand(args, io),
	},
	{
		name: 'wait',
		summary: 'wait for the running (or next) run of jobs to end; exit 0 success, 1 failure, 6 timeout',
		usage: 'chronos-tui wait NAME... [--timeout D]',
		details: `Waits for each job's run in progress, or its next run when none is running or queued, to end.
Every state change goes to stderr as "NAME: running", "NAME: succeeded", ...

Options:
  --timeout D  give up after D (90, 30s, 10m, 2h30m)

Exit status: 0 every run succeeded, 1 a run failed (or its job was deleted), 6 the timeout came first.`,
		options: {timeout: {type: 'string'}},
		positionals: {min: 1, max: many, name: 'a job NAME'},
		run: async (args, io) => (await import('./wait.js')).waitCommand(args, io),
	},
	{
		name: 'stop',
		summary: 'kill the running and queued tasks of a job (the job stays)',
		usage: 'chronos-tui stop NAME',
		details: 'Stops what is running now; the job keeps its schedule. Use delete to remove it.',
		options: {},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./actions.js')).stopCommand(args, io),
	},
	{
		name: 'delete',
		summary: 'delete a job',
		usage: 'chronos-tui delete NAME [--with-children|--orphan-children] [--yes]',
		details: `Asks you to type the job name to confirm. In scripts (no terminal) pass --yes.

A job that other jobs depend on is not deleted without one of these, because Chronos changes its children:
a scheduled job's children become jobs of their own on its schedule, without their image, volumes,
environment and arguments; a dependent job's children run after its parents instead. The refusal names
each child and what would happen to it.

Options:
  --with-children     delete every job that depends on it too (each before its parents, so none is changed)
  --orphan-children   delete only this job and let Chronos change its children as described
  --yes               delete without asking`,
		options: {yes: {type: 'boolean'}, 'with-children': {type: 'boolean'}, 'orphan-children': {type: 'boolean'}},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./actions.js')).deleteCommand(args, io),
	},
	{
		name: 'mark-success',
		summary: "record a job's last run as a success, so its dependent jobs run",
		usage: 'chronos-tui mark-success NAME',
		details: 'Useful when a parent failed for a reason you fixed by hand and its children should go ahead.',
		options: {},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./actions.js')).markSuccessCommand(args, io),
	},
	{
		name: 'support',
		summary: 'write the support request the site asks for about a job, ready to paste',
		usage: 'chronos-tui support NAME [--out FILE]',
		details: `Prints the text of a support request about the job: the site's title, your username, the job's name,
state, last success and error, recent runs, the job as JSON (secret-looking values hidden), the last 40 lines
of its newest run's output when the tool can see it, and a line for you to describe the problem. Where to
open the request goes to stderr.

Options:
  --out FILE  save the request to FILE instead (a new file: an existing one is never replaced)

Example:
  chronos-tui support alice-train > request.txt`,
		options: {out: {type: 'string'}},
		positionals: {min: 1, max: 1, name: 'the job NAME'},
		run: async (args, io) => (await import('./support.js')).supportCommand(args, io),
	},
	{
		name: 'new',
		summary: 'create a job step by step with the guided wizard',
		usage: 'chronos-tui new [--out FILE] [--submit]',
		details: `Options:
  --out FILE  save the finished job to FILE (JSON or YAML by its extension)
  --submit    submit the finished job to Chronos`,
		options: {out: {type: 'string'}, submit: {type: 'boolean'}},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./new.js')).newCommand(args, io),
	},
	{
		name: 'config init',
		summary: 'write your configuration file (URL, username, where the password comes from)',
		usage: 'chronos-tui config init',
		details: 'Asks for the Chronos URL and your username, and how to get the password without typing it in a command line.',
		options: {},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./config.js')).configInitCommand(args, io),
	},
	{
		name: 'schema',
		summary: 'print the JSON Schema of job files, for editor completion and checks',
		usage: 'chronos-tui schema',
		details: `Example:
  chronos-tui schema > ~/chronos-job.schema.json
Then point your editor at it, e.g. add "$schema": "/home/<you>/chronos-job.schema.json" to a job file.`,
		options: {},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./schema.js')).schemaCommand(args, io),
	},
	{
		name: 'demo',
		summary: 'open the dashboard against a built-in emulator with sample jobs (no cluster needed)',
		usage: 'chronos-tui demo [--speed X]',
		details: `Options:
  --speed X  run simulated time X times faster (default 1)`,
		options: {speed: {type: 'string'}},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./demo.js')).demoCommand(args, io),
	},
	{
		name: 'emulator',
		summary: 'run a Chronos-compatible emulator in the foreground (for trying scripts and tests)',
		usage:
			'chronos-tui emulator [--port N] [--seed-jobs N] [--user U --password-file F] [--latency MS] [--fail-rate P] [--state FILE] [--speed X] [--storage-root DIR]',
		details: `Options:
  --port N           port on 127.0.0.1 (default 4400; 0 picks a free one)
  --seed-jobs N      start with N generated jobs instead of the sample jobs (0: empty)
  --user U           owner of the sample jobs, and the username to require with --password-file
  --password-file F  require basic auth with the password in F (a file only you can read: chmod 600 F)
  --latency MS       delay every answer by MS milliseconds
  --fail-rate P      answer a fraction P (0 to 1) of requests with a 500 error
  --state FILE       keep jobs in FILE across restarts
  --speed X          run simulated time X times faster (default 1)
  --storage-root DIR a folder standing for the cluster's storage: jobs that keep their output write it under
                     DIR (e.g. DIR/lustrehome/...); set CHRONOS_STORAGE_ROOT=DIR for logs to read it there
Stops with ctrl-c.`,
		options: {
			port: {type: 'string'},
			'seed-jobs': {type: 'string'},
			'password-file': {type: 'string'},
			latency: {type: 'string'},
			'fail-rate': {type: 'string'},
			state: {type: 'string'},
			speed: {type: 'string'},
			'storage-root': {type: 'string'},
		},
		positionals: {min: 0, max: 0, name: ''},
		run: async (args, io) => (await import('./emulator.js')).emulatorCommand(args, io),
	},
];

export function findCommand(name: string): CommandDefinition | undefined {
	return commands.find((command) => command.name === name);
}

/** The dashboard, run when no subcommand is given. */
export const dashboardCommand: CommandDefinition = {
	name: '',
	summary: 'open the live dashboard',
	usage: 'chronos-tui [--url URL] [--user USER] [--config FILE]',
	details: '',
	options: {version: {type: 'boolean', short: 'v'}},
	positionals: {min: 0, max: 0, name: ''},
	run: async (args, io) => (await import('./dashboard.js')).dashboardCommand(args, io),
};

const globalHelp = `Global options (any command):
  --url URL       Chronos address, e.g. http://host:port (else CHRONOS_URL, else the config file)
  --user USER     your username (else CHRONOS_USER, else the config file)
  --config FILE   config file (else CHRONOS_CONFIG, else ~/.config/chronos-tui/config.yaml)
  -h, --help      help for the program or a command
The password never goes on the command line: set CHRONOS_PASSWORD, or passwordFile or passwordCommand in
the config file.`;

export function programHelp(): string {
	const width = Math.max(...commands.map((command) => command.name.length));
	const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
	return `chronos-tui: run GPU jobs on your Chronos (Mesos) scheduler from a terminal

Usage:
  chronos-tui                 open the live dashboard of your jobs
  chronos-tui COMMAND [...]   run one command (help: chronos-tui COMMAND --help)
  chronos-tui --version

Commands:
${lines.join('\n')}

${globalHelp}

Exit codes: 0 ok, 1 job invalid or action refused, 2 usage error, 3 configuration or credentials,
4 cannot reach Chronos, 5 Chronos answered with an error, 6 wait timed out (logs --follow: the run's status).

First time? Run \`chronos-tui config init\`, or try everything safely with \`chronos-tui demo\`.`;
}

export function commandHelp(command: CommandDefinition): string {
	return `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.

Usage: ${command.usage}

${command.details ? `${command.details}\n\n` : ''}${globalHelp}`;
}
