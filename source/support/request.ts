// The text a site asks for when a user needs help with a job (the ReCaS guide: the title "ReCaS HPC/GPU:
// Chronos issue", the username and the job name, then the problem). Everything the tool knows goes in, so
// support need not ask back: state, last results, recent runs, the job itself and the end of its output.
// The titles and the page are the cluster profile's. Pure: the dashboard (`S`) and `chronos-tui support`
// gather the pieces and share this.
import type {JobStats} from '../chronos/types.js';
import {stripReadOnly} from '../jobs/defaults.js';
import {jobToJson} from '../jobs/io.js';
import type {SupportTexts} from '../jobs/profile.js';
import {formatUtcDate, resultWord, stateLabel, type StateFacts} from '../vocabulary/index.js';
import type {ChronosJob} from '../jobs/types.js';
import {printable} from '../text/printable.js';
import {withoutJobSecrets} from './job-secrets.js';

export interface SupportFacts {
	support: SupportTexts;
	user: string;
	/** The user's Chronos instance, so support knows which one. */
	url: string;
	/** The job as Chronos returned it; undefined when it could not be read (its name still goes in). */
	job?: ChronosJob;
	name: string;
	/** What the job is doing and how its last run ended, when the job list knew. */
	summary?: StateFacts;
	stats?: JobStats;
	/** The newest lines of output, and where they came from; undefined when the tool can see none. */
	output?: {lines: readonly string[]; from: string};
	/** Where the job's output went when the tool cannot see it. */
	outputNote?: string;
}

export interface SupportRequest {
	title: string;
	page: string;
	instructions: string;
	/** Title and body together: what is copied or saved. */
	text: string;
}

/** Lines of output a request carries: enough for a traceback, short enough to read. */
export const supportOutputLines = 40;

export const descriptionPlaceholder = '<describe the problem here: what you did, what you expected, what happened instead>';

export function supportRequest(facts: SupportFacts): SupportRequest {
	const {support} = facts;
	const lines = [
		`Title: ${support.title}`,
		'',
		`Problem: ${descriptionPlaceholder}`,
		'',
		`Username: ${facts.user}`,
		`Job name: ${facts.name}`,
		`Chronos: ${facts.url}`,
		...stateLines(facts),
		...recentRuns(facts.stats),
		'',
		...jobLines(facts),
		'',
		...outputLines(facts),
	];
	// The job, its output and the texts come from a server, a job file and a config: whoever reads the request
	// on a terminal (this program, or `cat` of the saved file) must not have escape sequences act on it.
	const text = printable(`${lines.join('\n').trimEnd()}\n`);
	return {title: support.title, page: support.page, instructions: support.instructions, text};
}

function stateLines({summary, job}: SupportFacts): string[] {
	const lines: string[] = [];
	if (summary) {
		lines.push(`State: ${stateLabel(summary).word} (last result: ${resultWord(summary.status)})`);
	}

	if (job) {
		lines.push(`Last success: ${when(job.lastSuccess)}`);
		const inARow = job.errorsSinceLastSuccess ? ` (${job.errorsSinceLastSuccess} failed since the last success)` : '';
		lines.push(`Last error: ${when(job.lastError)}${inARow}`);
		lines.push(`Runs: ${job.successCount ?? 0} succeeded, ${job.errorCount ?? 0} failed`);
	}

	return lines;
}

function when(iso: string | undefined): string {
	const date = iso ? new Date(iso) : undefined;
	return date && Number.isFinite(date.getTime()) ? formatUtcDate(date) : 'never';
}

/** Chronos keeps the last few runs only when it stores history (Cassandra); said so when it has none. */
function recentRuns(stats: JobStats | undefined): string[] {
	const history = stats?.taskStatHistory ?? [];
	if (history.length === 0) {
		return ['Recent runs: none recorded by Chronos'];
	}

	const field = (entry: Record<string, unknown>, key: string) => (typeof entry[key] === 'string' && entry[key] !== 'N/A' ? entry[key] : undefined);
	return [
		'Recent runs (newest first):',
		...history.slice(0, 5).map(entry => `  ${[
			field(entry, 'startTime') && `started ${field(entry, 'startTime')}`,
			field(entry, 'endTime') && `ended ${field(entry, 'endTime')}`,
			field(entry, 'status'),
			field(entry, 'slaveId') && `on ${field(entry, 'slaveId')}`,
			field(entry, 'taskId') && `task ${field(entry, 'taskId')}`,
		].filter(Boolean).join(', ')}`),
	];
}

function jobLines({job}: SupportFacts): string[] {
	if (!job) {
		return ['Job definition: could not be read from Chronos'];
	}

	return ['Job definition (JSON; values of secret-looking variables hidden):', jobToJson(withoutJobSecrets(stripReadOnly(job))).trimEnd()];
}

function outputLines({output, outputNote}: SupportFacts): string[] {
	if (!output || output.lines.length === 0) {
		return [`Output: ${outputNote ?? 'none the tool could see'}`];
	}

	const shown = output.lines.slice(-supportOutputLines);
	return [`Last ${shown.length} lines of output (${output.from}):`, ...shown];
}
