// Short notes printed after a field: what a typed size means in MB, the profile's limits, Chronos defaults.
import type {ClusterProfile} from '../../jobs/profile.js';
import {formatMegabytes, parseMegabytes} from '../../jobs/units.js';
import type {WizardDraft} from './draft.js';

function sizeNote(text: string, limit: number): string {
	const trimmed = text.trim();
	const parsed = trimmed === '' ? undefined : parseMegabytes(trimmed);
	const limitText = `max ${formatMegabytes(limit)}`;
	if (parsed?.ok !== true) return `MB, or 8G, 512M · ${limitText}`;
	if (parsed.mb === 0) return `= Chronos default · ${limitText}`;
	if (/^\d+(\.\d+)?$/.test(trimmed)) return `MB = ${formatMegabytes(parsed.mb)} · ${limitText}`;
	return `= ${parsed.mb} MB (${formatMegabytes(parsed.mb)}) · ${limitText}`;
}

export function fieldNotes(draft: WizardDraft, profile: ClusterProfile): Record<string, string> {
	const {limits} = profile;
	return {
		gpus: `max ${limits.gpus} per job`,
		cpus: `cores, decimals allowed · max ${limits.cpus}`,
		mem: sizeNote(draft.mem, limits.mem),
		disk: sizeNote(draft.disk, limits.disk),
		retries: 'reruns after a failure; empty = Chronos default 2 (up to 3 runs)',
		maxCompletionTime: 'seconds',
	};
}
