// The names of every field a job document may hold, and "did you mean" for the ones that are not.
// Chronos silently ignores unknown fields, so a typo like `memory` costs a user a job with 128 MB.
import type {ChronosJob, Container, Volume} from './types.js';

type ExactKeys<T> = {[K in keyof Required<T>]: true};

// Written as objects so the compiler proves each list names every field of its type, and nothing else.
const jobFieldSet: ExactKeys<ChronosJob> = {
	name: true,
	command: true,
	shell: true,
	arguments: true,
	schedule: true,
	scheduleTimeZone: true,
	parents: true,
	epsilon: true,
	retries: true,
	cpus: true,
	mem: true,
	disk: true,
	gpus: true,
	container: true,
	environmentVariables: true,
	runAsUser: true,
	owner: true,
	ownerName: true,
	description: true,
	disabled: true,
	concurrent: true,
	softError: true,
	highPriority: true,
	maxCompletionTime: true,
	constraints: true,
	uris: true,
	fetch: true,
	executor: true,
	executorFlags: true,
	taskInfoData: true,
	dataProcessingJobType: true,
	successCount: true,
	errorCount: true,
	lastSuccess: true,
	lastError: true,
	errorsSinceLastSuccess: true,
};

const containerFieldSet: ExactKeys<Container> = {
	type: true,
	image: true,
	forcePullImage: true,
	network: true,
	volumes: true,
	parameters: true,
};

const volumeFieldSet: ExactKeys<Volume> = {containerPath: true, hostPath: true, mode: true};

export const jobFieldNames = Object.keys(jobFieldSet) as Array<keyof ChronosJob>;
export const containerFieldNames = Object.keys(containerFieldSet) as Array<keyof Container>;
export const volumeFieldNames = Object.keys(volumeFieldSet) as Array<keyof Volume>;

/** Names people reach for that are not what Chronos reads, mapped to what they meant. */
const commonMistakes: Record<string, string> = {
	memory: 'mem',
	ram: 'mem',
	gpu: 'gpus',
	cpu: 'cpus',
	cores: 'cpus',
	env: 'environmentVariables',
	environment: 'environmentVariables',
	envvars: 'environmentVariables',
	args: 'arguments',
	cmd: 'command',
	user: 'runAsUser',
	username: 'runAsUser',
	retry: 'retries',
	parent: 'parents',
	dependencies: 'parents',
	timezone: 'scheduleTimeZone',
	tz: 'scheduleTimeZone',
	image: 'container.image',
	volumes: 'container.volumes',
	docker: 'container',
	timeout: 'maxCompletionTime',
};

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const columns = b.length + 1;
	const d: number[][] = Array.from({length: rows}, (_, i) => Array.from({length: columns}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < columns; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, at(i - 2, j - 2) + 1);
			}
			d[i]![j] = best;
		}
	}
	return at(a.length, b.length);
}

/**
 * The known name an unknown one most likely meant, if any is close enough to be a typo. Typos of the
 * common mistakes count too: `memroy` is `memory` mistyped, which means `mem`.
 */
export function suggestField(unknown: string, known: readonly string[], mistakes: Record<string, string> = {}): string | undefined {
	const lower = unknown.toLowerCase();
	let best: {name: string; distance: number} | undefined;
	for (const candidate of [...known, ...Object.keys(mistakes)]) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (!best || distance < best.distance) {
			best = {name: mistakes[candidate] ?? candidate, distance};
		}
	}
	// Short names need closer matches, or `foo` would be "corrected" to `fetch`.
	const allowed = best?.distance === 0 ? 0 : Math.max(1, Math.min(3, Math.floor(unknown.length / 4)));
	return best && best.distance <= allowed ? best.name : undefined;
}

export function suggestJobField(unknown: string): string | undefined {
	return suggestField(unknown, jobFieldNames, commonMistakes);
}
