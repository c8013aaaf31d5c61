// Turns "keep this job's output" into the job document Chronos gets: the wrapped command, and the volume the
// output folder needs. Pure, so the wizard, `submit --keep-output` and an edit all produce the same job.
import type {ChronosJob, Volume} from '../jobs/types.js';
import {checkOutputVolume} from './volume.js';
import {jobOutputDir, keepOutput, keptOutputOf, outputDirFor, outputDirProblem} from './wrapper.js';

export type KeepOutputResult =
	| {ok: true; job: ChronosJob; addedVolume?: Volume; dir: string}
	| {ok: false; message: string};

export function keepJobOutput(job: ChronosJob, template: string, user: string): KeepOutputResult {
	const problem = outputDirProblem(template);
	if (problem) {
		return {ok: false, message: `output folder: ${problem}`};
	}
	if (job.shell === false) {
		return {ok: false, message: `${job.name} runs its command without a shell (shell: false), so its output cannot be redirected to a file`};
	}
	const dir = outputDirFor(template, user);
	const volume = checkOutputVolume(job, template, user);
	if (volume.kind === 'problem') {
		return {ok: false, message: volume.message};
	}
	const kept: ChronosJob = {...job, command: keepOutput(job.command, dir)};
	if (volume.kind === 'add') {
		const container = job.container ?? {type: 'mesos', image: ''};
		kept.container = {...container, volumes: [...(container.volumes ?? []), volume.volume]};
		return {ok: true, job: kept, addedVolume: volume.volume, dir: jobOutputDir(dir, job.name)};
	}
	return {ok: true, job: kept, dir: jobOutputDir(dir, job.name)};
}

/** The job as the user wrote it: the original command back (the volume stays; it may serve other files too). */
export function stopKeepingOutput(job: ChronosJob): ChronosJob {
	const kept = keptOutputOf(job.command);
	return kept ? {...job, command: kept.command} : job;
}
