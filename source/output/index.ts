// Which source shows a job's output: its kept files when the command is wrapped, else the Mesos sandbox when
// the config names a Mesos master, else none, with the reason in words.
import type {ChronosJob} from '../jobs/types.js';
import {FilesSource} from './files-source.js';
import type {OutputSource} from './types.js';
import {jobOutputDir, keptOutputOf} from './wrapper.js';

export type {OutputError, OutputRead, OutputRun, OutputSource, OutputStream, RunEnd} from './types.js';

export type OutputSourceKind = OutputSource['kind'];

export interface OutputSettings {
	/** Pick this source instead of choosing (the `--source` flag, the view's switch). */
	prefer?: OutputSourceKind;
	/** A local folder standing for `/` of the cluster's storage (demo mode and tests). */
	storageRoot?: string;
	/** Builds the Mesos source when the config names a master; absent when it does not. */
	mesos?: (job: ChronosJob) => OutputSource;
}

export type OutputSourceChoice = {source: OutputSource; reason?: undefined} | {source?: undefined; reason: string};

export function outputSourceFor(job: Pick<ChronosJob, 'name' | 'command'>, settings: OutputSettings): OutputSourceChoice {
	const kept = keptOutputOf(job.command);
	const files = kept
		? new FilesSource({dir: jobOutputDir(kept.dir, job.name), ...(settings.storageRoot ? {storageRoot: settings.storageRoot} : {})})
		: undefined;
	const mesos = settings.mesos?.(job as ChronosJob);
	if (settings.prefer === 'files') {
		return files ? {source: files} : {reason: notKept(job.name)};
	}
	if (settings.prefer === 'mesos') {
		return mesos ? {source: mesos} : {reason: 'no Mesos master configured: set mesos.url in the config file'};
	}
	const source = files ?? mesos;
	return source ? {source} : {reason: notKept(job.name)};
}

function notKept(name: string): string {
	return `${name} does not keep its output: it went to the task's sandbox on the node that ran it, which this program cannot see. Turn on "keep the job's output" (submit --keep-output, or edit the job) for its next runs`;
}
