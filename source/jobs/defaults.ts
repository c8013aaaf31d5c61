// Starting points for jobs: a blank job with the site's defaults, the guide's "my first job", and the
// small transformations edit and clone need.
import {readOnlyJobFields, type ChronosJob} from './types.js';
import type {ClusterProfile} from './profile.js';
import {formatSchedule, parseSchedule} from './schedule.js';

/** Used when a profile names no example image: the one the ReCaS guide's first job runs. */
const guideExampleImage = 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1';

/**
 * A blank job carrying the profile's defaults. Name, command and image are left empty: they are the
 * choices only the user can make.
 */
export function newJob(profile: ClusterProfile, username: string): ChronosJob {
	return {
		name: '',
		command: '',
		shell: true,
		retries: profile.defaults.retries,
		description: '',
		cpus: profile.defaults.cpus,
		disk: profile.defaults.disk,
		mem: profile.defaults.mem,
		gpus: profile.defaults.gpus,
		environmentVariables: [],
		arguments: [],
		runAsUser: username,
		owner: username,
		ownerName: username,
		container: {type: profile.containerType, image: '', volumes: []},
		schedule: profile.defaultSchedule,
	};
}

/** The guide's "my first job": one GPU, prints what `nvidia-smi` sees, runs once now. */
export function firstJobTemplate(profile: ClusterProfile, username: string): ChronosJob {
	return {
		name: `${username}-my-first-job-submission`,
		command: 'sleep 5 && nvidia-smi',
		shell: true,
		retries: 4,
		description: '',
		cpus: 1,
		disk: 0,
		mem: 1024,
		gpus: 1,
		environmentVariables: [],
		arguments: [],
		runAsUser: username,
		owner: username,
		ownerName: username,
		container: {type: profile.containerType, image: profile.exampleImage ?? guideExampleImage},
		schedule: profile.defaultSchedule,
	};
}

/** Fills runAsUser, owner and ownerName with the username where the job leaves them out or empty. */
export function withUserDefaults(job: ChronosJob, username: string): ChronosJob {
	return {
		...job,
		runAsUser: job.runAsUser || username,
		owner: job.owner || username,
		ownerName: job.ownerName || username,
	};
}

/** The job without the counters and dates the server owns, ready to be sent back. */
export function stripReadOnly(job: ChronosJob): ChronosJob {
	const copy: Record<string, unknown> = {...job};
	for (const field of readOnlyJobFields) {
		delete copy[field];
	}
	return copy as unknown as ChronosJob;
}

/**
 * A copy of `job` under a new name, sharing nothing with the original. A finished run-once job is
 * stored by Chronos as `R0/...` and, after a success, `disabled`: its clone gets one run back and is
 * enabled, because a clone that can never run is not what anyone asks for.
 */
export function cloneJob(job: ChronosJob, newName: string): ChronosJob {
	const copy = structuredClone(stripReadOnly(job));
	copy.name = newName;
	if (copy.schedule !== undefined) {
		const parsed = parseSchedule(copy.schedule);
		if (parsed.ok && parsed.schedule.repetitions === 0) {
			copy.schedule = formatSchedule({...parsed.schedule, repetitions: 1, start: null});
			delete copy.disabled;
		}
	}
	return copy;
}
