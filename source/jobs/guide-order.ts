// A job's keys in the order of the guide's curl JSON, so a file written here looks like the one users already
// know. Kept apart from io.ts (which needs the YAML library) so JSON output costs no YAML at start-up.
import {escapeInvisibles} from '../text/printable.js';
import {jobFieldNames} from './fields.js';
import type {ChronosJob} from './types.js';

// The order of the guide's curl JSON; fields it does not show follow in the job type's order.
const guideOrder = [
	'name',
	'command',
	'shell',
	'retries',
	'description',
	'cpus',
	'disk',
	'mem',
	'gpus',
	'environmentVariables',
	'arguments',
	'runAsUser',
	'owner',
	'ownerName',
	'container',
	'schedule',
	'parents',
];
const containerOrder = ['type', 'image', 'volumes'];
const volumeOrder = ['containerPath', 'hostPath', 'mode'];

function ordered(value: Record<string, unknown>, first: readonly string[], rest: readonly string[] = []): Record<string, unknown> {
	const keys = [...new Set([...first, ...rest, ...Object.keys(value)])];
	return Object.fromEntries(keys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]));
}

/** The job with its keys, and its container's and volumes' keys, in the order the guide writes them. */
export function inGuideOrder(job: ChronosJob): Record<string, unknown> {
	const result = ordered(job as unknown as Record<string, unknown>, guideOrder, jobFieldNames);
	if (job.container) {
		const container = ordered(job.container as unknown as Record<string, unknown>, containerOrder);
		if (job.container.volumes) {
			container.volumes = job.container.volumes.map((volume) => ordered(volume as unknown as Record<string, unknown>, volumeOrder));
		}
		result.container = container;
	}
	return result;
}

export function jobToJson(job: ChronosJob): string {
	return escapeInvisibles(`${JSON.stringify(inGuideOrder(job), null, 2)}\n`);
}
