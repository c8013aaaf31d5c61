// Reading the job a command names. Chronos answers an unknown name with "Job 'x' not found"; a user who
// mistyped it is better served by the closest name that exists, as unknown commands and fields already get.
import type {ChronosClient} from '../chronos/client.js';
import {ChronosError, isChronosError} from '../chronos/errors.js';
import {editDistance} from '../jobs/fields.js';
import type {ChronosJob} from '../jobs/types.js';

/** The existing name the user most likely meant, or undefined when none is close. */
export function closestJobName(wanted: string, names: readonly string[]): string | undefined {
	const lower = wanted.toLowerCase();
	const containing = names.filter(name => name.toLowerCase().includes(lower) || lower.includes(name.toLowerCase()));
	if (containing.length > 0) {
		return [...containing].sort((a, b) => Math.abs(a.length - wanted.length) - Math.abs(b.length - wanted.length))[0];
	}

	let best: {name: string; distance: number} | undefined;
	for (const name of names) {
		const distance = editDistance(lower, name.toLowerCase());
		if (!best || distance < best.distance) {
			best = {name, distance};
		}
	}

	// A quarter of the name may be wrong, at most 4 characters: enough for typos, not for another job.
	return best && best.distance <= Math.min(4, Math.ceil(wanted.length / 4)) ? best.name : undefined;
}

/** The job named `name`; when Chronos has none, the error names the closest job that exists. */
export async function getNamedJob(client: Pick<ChronosClient, 'getJob' | 'listSummaries'>, name: string): Promise<ChronosJob> {
	try {
		return await client.getJob(name);
	} catch (error) {
		if (!isChronosError(error) || !/not found/i.test(error.message)) {
			throw error;
		}

		const names = await client.listSummaries().then(summaries => summaries.map(summary => summary.name), () => []);
		const suggestion = closestJobName(name, names.filter(candidate => candidate !== name));
		if (!suggestion) {
			throw error;
		}

		throw new ChronosError(error.kind, `${error.message}; did you mean '${suggestion}'?`, error.options);
	}
}
