// Reads and checks job files for `validate` and `submit`: every problem of every job in every file, each
// pointing at the line and column it is about, so a user fixes them all in one go.
import type {Readable} from 'node:stream';
import {FileTooLargeError, formatLimit, maxFileBytes} from '../files/bounded-read.js';
import {formatProblemAt, parseJobText, readJobFile, type ParsedJobFile} from '../jobs/io.js';
import type {ChronosJob, JobProblem} from '../jobs/types.js';
import {validateJob, type ValidationContext} from '../jobs/validate.js';

type Locate = ParsedJobFile['documents'][number]['locate'];

export interface CheckedJob {
	fileName: string;
	job: ChronosJob;
	locate: Locate;
}

export interface FileReport {
	fileName: string;
	jobNames: string[];
	errors: number;
	warnings: number;
}

export interface CheckReport {
	/** Valid jobs, normalised by the job model ('8G' is 8192 here). Complete only when `errors` is 0. */
	jobs: CheckedJob[];
	/** `file:line:col: error: path: message` lines, in file order. */
	diagnostics: string[];
	files: FileReport[];
	errors: number;
	warnings: number;
}

const readFailures: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'it is a directory, not a job file',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
};

function readFailure(error: unknown): string {
	const code = (error as {code?: string}).code;
	if (error instanceof FileTooLargeError) {
		return `file too large (over ${formatLimit(error.limitBytes)}; CHRONOS_TUI_MAX_FILE_MB raises the limit)`;
	}

	const reason = code === undefined ? undefined : readFailures[code];
	return reason ?? (error instanceof Error ? error.message.split('\n', 1)[0]! : String(error));
}

/**
 * Where a problem is: its own field, else the nearest field around it (a missing `command` points at its
 * job), else the file alone.
 */
export function locateProblem(locate: Locate, path: string): {line: number; column: number} | undefined {
	const segments = path === '' ? [] : path.split('.');
	for (let length = segments.length; length >= 0; length--) {
		const position = locate(segments.slice(0, length).join('.'));
		if (position) {
			return position;
		}
	}

	return undefined;
}

/** Problems top to bottom, as an editor lists them; those without a position keep their order at the end. */
function inFileOrder(problems: readonly JobProblem[], locate: Locate): JobProblem[] {
	const key = (problem: JobProblem) => {
		const position = locateProblem(locate, problem.path);
		return position ? position.line * 1_000_000 + position.column : Number.POSITIVE_INFINITY;
	};

	return problems
		.map((problem, index) => ({problem, index, key: key(problem)}))
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({problem}) => problem);
}

/** What `-` among the paths reads: the job text piped in, named `<stdin>` in messages. */
export const stdinPath = '-';
const stdinName = '<stdin>';

async function readText(stream: Readable): Promise<string> {
	const limit = maxFileBytes();
	let text = '';
	stream.setEncoding('utf8');
	for await (const chunk of stream) {
		text += chunk as string;
		if (text.length > limit) {
			stream.destroy();
			throw new FileTooLargeError(stdinName, limit);
		}
	}

	return text;
}

export async function checkJobFiles(
	paths: readonly string[],
	context: ValidationContext,
	stdin?: Readable,
): Promise<CheckReport> {
	const report: CheckReport = {jobs: [], diagnostics: [], files: [], errors: 0, warnings: 0};
	const seenNames = new Map<string, string>();

	for (const path of paths) {
		const file: FileReport = {fileName: path, jobNames: [], errors: 0, warnings: 0};
		report.files.push(file);
		const addProblem = (problem: JobProblem, locate?: Locate) => {
			const position = locate ? locateProblem(locate, problem.path) : undefined;
			report.diagnostics.push(formatProblemAt(file.fileName, problem, position));
			if (problem.severity === 'error') {
				file.errors++;
			} else {
				file.warnings++;
			}
		};

		let parsed: ParsedJobFile;
		try {
			parsed = path === stdinPath && stdin ? parseJobText(await readText(stdin), stdinName) : await readJobFile(path);
		} catch (error) {
			report.diagnostics.push(`${path}: error: cannot read the file: ${readFailure(error)}`);
			file.errors++;
			continue;
		}

		file.fileName = parsed.fileName || path;
		for (const syntaxError of parsed.syntaxErrors) {
			report.diagnostics.push(`${file.fileName}:${syntaxError.line}:${syntaxError.column}: error: ${syntaxError.message}`);
			file.errors++;
		}

		if (parsed.syntaxErrors.length === 0 && parsed.documents.length === 0) {
			report.diagnostics.push(`${file.fileName}: error: no job in this file`);
			file.errors++;
		}

		for (const document of parsed.documents) {
			const {job, problems} = validateJob(document.value, context);
			for (const problem of inFileOrder(problems, document.locate)) {
				addProblem(problem, document.locate);
			}

			if (!job) {
				continue;
			}

			const firstFile = seenNames.get(job.name);
			if (firstFile !== undefined) {
				addProblem(
					{
						path: 'name',
						severity: 'error',
						message: `'${job.name}' is also defined in ${firstFile}: one would silently replace the other`,
					},
					document.locate,
				);
				continue;
			}

			seenNames.set(job.name, file.fileName);
			file.jobNames.push(job.name);
			if (!problems.some((problem) => problem.severity === 'error')) {
				report.jobs.push({fileName: file.fileName, job, locate: document.locate});
			}
		}
	}

	for (const file of report.files) {
		report.errors += file.errors;
		report.warnings += file.warnings;
	}

	return report;
}

export function countWords(errors: number, warnings: number): string {
	const part = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	return `${part(errors, 'error')}, ${part(warnings, 'warning')}`;
}

/** Red `error:` and yellow `warning:` on a terminal; the words stay, so nothing depends on colour. */
export function colorDiagnostic(line: string, palette: {red(text: string): string; yellow(text: string): string}): string {
	return line.replace(/: (error|warning):/, (_match, word: string) =>
		`: ${word === 'error' ? palette.red(word) : palette.yellow(word)}:`,
	);
}
