// Many generated jobs for load tests and benchmarks (`seed: N`): varied enough to exercise every column and
// status, cheap enough that 10,000 seed in a fraction of a second.
import type {ChronosJob} from '../jobs/types.js';
import {pytorchImage, userFields} from './samples.js';
import type {JobStore} from './store.js';

const hour = 3_600_000;

const generatedCommands = [
	'python3 /lustre/home/USER/exp/run.py --trial N',
	'sleep 3600 && python3 /lustre/home/USER/exp/eval.py',
	'nvidia-smi && python3 /lustre/home/USER/exp/bench.py',
	'rsync -a /lustre/home/USER/exp/out/ /lustre/archive/USER/',
	'python3 /lustre/home/USER/exp/check.py; exit 1',
];

/**
 * `count` generated jobs for load tests: mostly idle (future starts or finished), every fifth one a dependent
 * job, some failed and some disabled, with history. Built directly, without per-job parsing, so 10,000 is fast.
 */
export function seedGenerated(store: JobStore, user: string, count: number, now: number): void {
	const width = String(count).length;
	// A few hundred distinct dates serve every job: formatting one per job is the slow part at 10,000.
	const hoursAgo = Array.from({length: 48}, (_, hours) => new Date(now - hours * hour).toISOString());
	const hoursAhead = Array.from({length: 73}, (_, hours) => new Date(now + hours * hour).toISOString());
	const container = {type: 'MESOS', image: pytorchImage, forcePullImage: false, network: 'HOST', volumes: [], parameters: []};
	for (let index = 0; index < count; index++) {
		const name = `${user}-generated-job-${String(index + 1).padStart(width, '0')}`;
		const command = generatedCommands[index % generatedCommands.length]!.replaceAll('USER', user).replace('N', String(index));
		const failed = index % generatedCommands.length === 4;
		const job: ChronosJob = {
			name,
			command,
			shell: true,
			retries: 2,
			description: `Generated job ${index + 1} of ${count}`,
			cpus: 1 + (index % 4),
			mem: 1024 * (1 + (index % 8)),
			disk: 256,
			gpus: index % 3,
			environmentVariables: [],
			arguments: [],
			...userFields(user),
			container: {...container, volumes: [], parameters: []},
			successCount: failed ? 0 : index % 17,
			errorCount: failed ? 1 + (index % 3) : index % 2,
			lastSuccess: failed || index % 17 === 0 ? '' : hoursAgo[index % 48]!,
			lastError: failed ? hoursAgo[index % 24]! : '',
			errorsSinceLastSuccess: failed ? 1 : 0,
			disabled: index % 11 === 0,
			softError: false,
			concurrent: false,
			highPriority: false,
			constraints: [],
			uris: [],
			fetch: [],
		};
		if (index % 5 === 1 && index > 0) {
			job.parents = [`${user}-generated-job-${String(index).padStart(width, '0')}`];
		} else {
			// Starts spread over the next days, so the scheduler is quiet under load.
			job.schedule = `R${index % 4 === 0 ? '' : String(index % 10)}/${hoursAhead[1 + (index % 72)]!}/PT${1 + (index % 12)}H`;
			job.scheduleTimeZone = '';
		}
		store.put(job);
	}
}
