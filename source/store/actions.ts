// One-key actions on a job. Each calls the client and returns what the status line says, so views never
// call HTTP and never see an exception. After a change the store polls at once, so the list shows it.
import type {ChronosJob} from '../jobs/types.js';
import type {JobStats} from '../chronos/types.js';
import {isChronosError} from '../chronos/errors.js';
import {firstLine, type JobStore} from './job-store.js';
import type {ActionResult, DashboardClient} from './types.js';

export interface JobDetails {
	job?: ChronosJob;
	stats?: JobStats;
	/** Why the job could not be read; the list row still has the summary. */
	jobError?: ActionResult;
	/** Run statistics are optional on Chronos (they need Cassandra), so their failure is shown apart. */
	statsError?: ActionResult;
}

export interface JobActions {
	stop(name: string): Promise<ActionResult>;
	rerun(name: string, args?: string): Promise<ActionResult>;
	/** Deletes `dependents` in the order given, then the job itself. */
	remove(name: string, dependents?: readonly string[]): Promise<ActionResult>;
	update(job: ChronosJob): Promise<ActionResult>;
	details(name: string): Promise<JobDetails>;
	/** `missing` when Chronos says it has no such job (as opposed to not answering). */
	fetchJob(name: string): Promise<{job?: ChronosJob; error?: ActionResult; missing?: boolean}>;
	/**
	 * Tries a password typed in the dashboard after Chronos refused one: kept in memory for this run only,
	 * never written anywhere. Accepted, polling starts again; refused, the result says so (`refused`).
	 */
	signIn(password: string): Promise<ActionResult>;
}

/** How a refusal names a password typed in the dashboard. */
export const typedPasswordOrigin = 'password typed in the dashboard';

export function createJobActions(client: DashboardClient, store?: Pick<JobStore, 'refreshNow'>): JobActions {
	async function attempt(what: string, call: () => Promise<unknown>, success: string): Promise<ActionResult> {
		try {
			await call();
			store?.refreshNow({full: true});
			return {ok: true, message: success};
		} catch (error) {
			return failure(what, error);
		}
	}

	return {
		stop: async name => attempt(`stop ${name}`, async () => client.killTasks(name), `Stopped the running tasks of ${name}`),
		rerun: async (name, args) => {
			const trimmed = args?.trim();
			const suffix = trimmed ? ` with arguments "${trimmed}"` : '';
			return attempt(
				`rerun ${name}`,
				async () => client.runJob(name, trimmed || undefined),
				`Asked Chronos to run ${name} now${suffix}`,
			);
		},
		async remove(name, dependents = []) {
			const deleted: string[] = [];
			for (const dependent of dependents) {
				const result = await attempt(`delete ${dependent}`, async () => client.deleteJob(dependent), '');
				if (!result.ok) {
					// Stop before the parent: deleting it now would make Chronos rebuild the children still there.
					const done = deleted.length > 0 ? ` (already deleted: ${deleted.join(', ')}; ${name} was kept)` : ` (${name} was kept)`;
					return {...result, message: `${result.message}${done}`};
				}

				deleted.push(dependent);
			}

			const also = deleted.length > 0 ? ` and the ${deleted.length === 1 ? 'job' : `${deleted.length} jobs`} depending on it (${deleted.join(', ')})` : '';
			return attempt(`delete ${name}`, async () => client.deleteJob(name), `Deleted ${name}${also}`);
		},
		update: async job => attempt(`update ${job.name}`, async () => client.saveJob(job), `Updated ${job.name}`),
		async details(name) {
			const [job, stats] = await Promise.allSettled([client.getJob(name), client.jobStats(name)]);
			return {
				job: job.status === 'fulfilled' ? job.value : undefined,
				jobError: job.status === 'rejected' ? failure(`read ${name}`, job.reason) : undefined,
				stats: stats.status === 'fulfilled' ? stats.value : undefined,
				statsError: stats.status === 'rejected' ? failure(`read run statistics of ${name}`, stats.reason) : undefined,
			};
		},
		async signIn(password) {
			client.usePassword(password, typedPasswordOrigin);
			try {
				// The lightest request that proves the password; the poller takes over once it is accepted.
				await client.listSummaries();
			} catch (error) {
				const refused = isChronosError(error) && error.kind === 'auth';
				return {...failure('sign in', error), ...(refused ? {refused} : {})};
			}

			store?.refreshNow({full: true});
			return {ok: true, message: 'Chronos accepted the password you typed; it is used until you quit and is saved nowhere'};
		},
		async fetchJob(name) {
			try {
				return {job: await client.getJob(name)};
			} catch (error) {
				// Chronos answers an unknown job with 400 "requirement failed: Job 'x' not found", not 404.
				const missing = isChronosError(error) && error.kind === 'http' && /not found/i.test(error.message);
				return {error: failure(`read ${name}`, error), ...(missing ? {missing} : {})};
			}
		},
	};
}

/** "Could not stop x: <Chronos' first line>", with the full server text kept for the detail key. */
export function failure(what: string, error: unknown): ActionResult {
	if (isChronosError(error)) {
		return {ok: false, message: `Could not ${what}: ${firstLine(error.message)}`, detail: error.detail};
	}

	const text = error instanceof Error ? error.message : String(error);
	return {ok: false, message: `Could not ${what}: ${firstLine(text)}`, detail: text};
}
