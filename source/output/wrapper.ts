// Keeping a job's output: its command is wrapped so stdout and stderr go, with the exit status, to a file per
// run on shared storage the frontend also sees. Pure text in, text out: the wizard, `submit`, `show`, the
// dashboard and the emulator all read and write the same form, so a wrapped command is recognised everywhere
// and never wrapped twice.

/**
 * Chronos sets these for every task (MesosTaskBuilder): the task's due time in epoch milliseconds and the
 * retry number. Task ids hold ':' and spaces, so they stay out of file names.
 */
const runFileName = '${CHRONOS_JOB_RUN_TIME:-0}_${CHRONOS_JOB_RUN_ATTEMPT:-0}.log';
const jobNameVariable = '"$CHRONOS_JOB_NAME"';

/** The last line of every kept file; readers take the run's exit status from it. */
export const exitStatusPattern = /\[chronos-tui\] exit status (\d+)\n?$/;

// The command runs in a subshell through eval of its single-quoted text, so whatever it holds (quotes, `;`,
// `&&`, newlines, comments, a trailing `&`, `exit 3`) means exactly what it means to `sh -c`, and the wrapper
// still gets to write the status afterwards.
const beforeCommand = (dirToken: string): string =>
	`d=${dirToken}; f="$d/${runFileName}"\n` +
	'mkdir -p "$d" || { echo "chronos-tui: cannot create $d for the job\'s output (is its volume mounted read-write?)" >&2; exit 1; }\n' +
	'export PYTHONUNBUFFERED=1\n' +
	'(eval ';
const afterCommand = ') >>"$f" 2>&1\ns=$?; echo "[chronos-tui] exit status $s" >>"$f"; exit $s';

export interface KeptOutput {
	/** The command as the user wrote it. */
	command: string;
	/** Where each run's file goes, with `{job}` standing for the job's name. */
	dir: string;
}

/** `{user}` filled in; `{job}` stays, and becomes $CHRONOS_JOB_NAME, so a cloned job keeps its own output. */
export function outputDirFor(template: string, user: string): string {
	return template.replaceAll('{user}', user);
}

/** The folder of one job's runs. */
export function jobOutputDir(dir: string, jobName: string): string {
	return dir.replaceAll('{job}', jobName);
}

/** Why a folder template cannot hold kept output, or undefined when it can. */
export function outputDirProblem(template: string): string | undefined {
	if (!template.startsWith('/')) {
		return `'${template}' is not an absolute path: start it with '/', e.g. /lustrehome/{user}/.chronos-output/{job}`;
	}
	if (!template.includes('{job}')) {
		return `'${template}' has no {job}: every job needs its own folder, e.g. /lustrehome/{user}/.chronos-output/{job}`;
	}
	if (template.split('/').includes('..')) {
		return `'${template}' contains '..': write the path without going up`;
	}
	if (/['"`$\\\n]/.test(template)) {
		return `'${template}' holds a quote, $, backslash or line break: name the folder with plain characters`;
	}
	const unknown = /\{(?!user\}|job\})[^}]*\}/.exec(template);
	if (unknown) {
		return `'${template}' holds ${unknown[0]}: only {user} and {job} are filled in`;
	}
	return undefined;
}

/** The command that keeps its output in `dir`; a command already kept is re-aimed, never wrapped twice. */
export function keepOutput(command: string, dir: string): string {
	const original = keptOutputOf(command)?.command ?? command;
	return `${beforeCommand(dirToken(dir))}${singleQuoted(original)}${afterCommand}`;
}

/** The original command and the output folder of a wrapped command; undefined for any other command. */
export function keptOutputOf(command: string): KeptOutput | undefined {
	const dirMatch = /^d=((?:'[^']*'|"\$CHRONOS_JOB_NAME")+); /.exec(command);
	if (!dirMatch) {
		return undefined;
	}
	const token = dirMatch[1]!;
	const before = beforeCommand(token);
	if (!command.startsWith(before) || !command.endsWith(afterCommand)) {
		return undefined;
	}
	const quoted = command.slice(before.length, command.length - afterCommand.length);
	const original = fromSingleQuoted(quoted);
	if (original === undefined) {
		return undefined;
	}
	return {command: original, dir: dirFromToken(token)};
}

/** Undoes keepOutput: the command as the user wrote it (any other command comes back unchanged). */
export function originalCommand(command: string): string {
	return keptOutputOf(command)?.command ?? command;
}

function singleQuoted(text: string): string {
	return `'${text.replaceAll("'", "'\\''")}'`;
}

/** The text of a run of single-quoted words joined by \' (what singleQuoted writes), or undefined. */
function fromSingleQuoted(quoted: string): string | undefined {
	const match = /^'((?:[^']|'\\'')*)'$/.exec(quoted);
	return match ? match[1]!.replaceAll("'\\''", "'") : undefined;
}

function dirToken(dir: string): string {
	return dir
		.split('{job}')
		.map((part) => (part === '' ? '' : singleQuoted(part)))
		.join(jobNameVariable);
}

function dirFromToken(token: string): string {
	return token.replaceAll(jobNameVariable, '{job}').replaceAll("'", '');
}
