// How `show` and the details view speak of a job's command and output: the command as the user wrote it,
// and where each run's output goes.
import {jobOutputDir, keptOutputOf} from './wrapper.js';

export interface CommandAndOutput {
	/** The command as written, without the wrapper that keeps its output. */
	command: string;
	/** Where the output goes, in words. */
	output: string;
}

export function commandAndOutput(job: {name: string; command: string}): CommandAndOutput {
	const kept = keptOutputOf(job.command);
	if (!kept) {
		return {command: job.command, output: "not kept: the task's sandbox on the node that ran it"};
	}
	return {command: kept.command, output: `kept in ${jobOutputDir(kept.dir, job.name)}/ (a file per run, stdout and stderr)`};
}
