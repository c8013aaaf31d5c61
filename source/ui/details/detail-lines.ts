// Everything about one job, as the lines the details view scrolls through.
import {commandAndOutput} from '../../output/place.js';
import {invalidFieldNotes} from '../../jobs/invalid-fields.js';
import type {ChronosJob} from '../../jobs/types.js';
import type {JobStats} from '../../chronos/types.js';
import {describeSchedule, nextRuns, parseSchedule} from '../../jobs/schedule.js';
import type {JobRow} from '../../store/types.js';
import {
	dateAndAge, durationFromMilliseconds, durationFromSeconds, formatCpus, formatMegabytes, formatUtcDate, resultWord, stateLabel, stateText,
} from '../../vocabulary/index.js';
import {printableLine} from '../../text/printable.js';

export interface DetailLine {
	label: string;
	value: string;
	/** Section titles are drawn bold with no value. */
	section?: boolean;
}

export interface DetailInput {
	row?: JobRow;
	job?: ChronosJob;
	stats?: JobStats;
	statsError?: string;
	/** Names of the jobs that list this one among their parents. */
	children: string[];
	now: number;
}

export function detailLines({row, job, stats, statsError, children, now}: DetailInput): DetailLine[] {
	const lines: DetailLine[] = [];
	const add = (label: string, value: string | undefined) => {
		if (value !== undefined && value !== '') {
			// Labels too: an environment variable's name comes from the server.
			lines.push({label: printableLine(label), value: printableLine(value)});
		}
	};

	const section = (title: string) => lines.push({label: title, value: '', section: true});
	section('Job');
	add('name', job?.name ?? row?.name);
	if (row) {
		// A finished job is disabled by Chronos itself; saying so again would read as paused.
		const {kind} = stateLabel(row);
		add('state', `${stateText(row)}${row.disabled && kind !== 'disabled' && kind !== 'finished' ? ' (disabled)' : ''}`);
		add('last result', resultWord(row.status));
	}

	add('description', job?.description);
	const place = job?.command === undefined ? undefined : commandAndOutput({name: job.name, command: job.command});
	add('command', place?.command);
	add('output', place?.output);
	if (job) {
		add('shell', job.shell === false ? 'false (command run directly, with arguments)' : 'true (/bin/sh -c)');
		add('arguments', job.arguments && job.arguments.length > 0 ? job.arguments.join(' ') : undefined);
		add('run as', job.runAsUser);
		add('owner', [job.owner, job.ownerName].filter(Boolean).join(' / '));
		// The server sent these in a wrong type; the sections below show the job without them.
		for (const {label, note} of invalidFieldNotes(job)) {
			add(label, note);
		}
	}

	section('Schedule');
	const schedule = job?.schedule ?? row?.schedule;
	const parents = job?.parents ?? row?.parents ?? [];
	if (schedule) {
		add('schedule', schedule);
		const parsed = parseSchedule(schedule);
		if (parsed.ok) {
			add('in words', describeSchedule(parsed.schedule));
			const runs = parsed.schedule.repetitions === 0 ? [] : nextRuns(parsed.schedule, 3, new Date(now));
			add('next runs', runs.map(run => formatUtcDate(run)).join(', ') || 'none');
		} else {
			add('in words', parsed.message);
		}

		add('time zone', job?.scheduleTimeZone);
	}

	add('parents', parents.length > 0 ? `runs after ${parents.join(', ')} succeed` : undefined);
	add('children', children.length > 0 ? children.join(', ') : 'none');

	if (job) {
		section('Resources');
		add('GPUs', String(job.gpus ?? 0));
		add('CPUs', formatCpus(job.cpus ?? 0.1));
		add('memory', formatMegabytes(job.mem ?? 128));
		add('disk', formatMegabytes(job.disk ?? 256));
		add('retries', String(job.retries ?? 2));
		add('max time', job.maxCompletionTime ? durationFromSeconds(job.maxCompletionTime) : undefined);
		const flags = (['disabled', 'concurrent', 'softError', 'highPriority'] as const).filter(flag => job[flag]);
		add('flags', flags.join(', '));
		add('constraints', job.constraints?.map(c => c.join(' ')).join('; '));

		section('Container');
		if (job.container) {
			add('type', job.container.type);
			add('image', job.container.image);
			add('force pull', job.container.forcePullImage ? 'yes' : undefined);
			add('network', job.container.network);
			for (const volume of job.container.volumes ?? []) {
				add('volume', `${volume.hostPath} → ${volume.containerPath} (${volume.mode})`);
			}

			for (const parameter of job.container.parameters ?? []) {
				add('parameter', `${parameter.key}=${parameter.value}`);
			}
		} else {
			add('container', 'none');
		}

		section('Environment');
		const env = job.environmentVariables ?? [];
		if (env.length === 0) {
			add('variables', 'none');
		}

		for (const variable of env) {
			add(variable.name, variable.value === '' ? '""' : variable.value);
		}

		for (const uri of job.uris ?? []) {
			add('uri', uri);
		}

		section('Runs');
		add('successes', String(job.successCount ?? 0));
		add('errors', String(job.errorCount ?? 0));
		add('errors in a row', String(job.errorsSinceLastSuccess ?? 0));
		add('last success', dateAndAge(job.lastSuccess, now));
		add('last error', dateAndAge(job.lastError, now));
	}

	section('Run statistics (job/stat)');
	if (stats) {
		const h = stats.histogram;
		add('runs measured', String(h.count ?? 0));
		if (h.count) {
			// Chronos measures run times in milliseconds.
			add('duration', [
				`median ${durationFromMilliseconds(h.median)}`,
				`mean ${durationFromMilliseconds(h.mean)}`,
				`75% ${durationFromMilliseconds(h['75thPercentile'])}`,
				`95% ${durationFromMilliseconds(h['95thPercentile'])}`,
				`99% ${durationFromMilliseconds(h['99thPercentile'])}`,
			].join(', '));
		}

		add('task history', stats.taskStatHistory.length > 0 ? `${stats.taskStatHistory.length} entries` : 'none recorded');
		for (const entry of stats.taskStatHistory.slice(0, 10)) {
			add('task', Object.entries(entry).map(([key, value]) => `${key}=${String(value)}`).join(' '));
		}
	} else {
		add('statistics', statsError ?? 'loading…');
	}

	return lines;
}
