// The two things the wizard needs from Chronos, behind an interface so the views never touch HTTP.
import type {ChronosClient} from '../../chronos/client.js';
import type {ChronosJob} from '../../jobs/types.js';

export interface WizardServices {
	listJobs(): Promise<ChronosJob[]>;
	submit(job: ChronosJob): Promise<void>;
	/** Base URL shown in the equivalent curl command; never carries credentials. */
	readonly url?: string;
	/** Why no Chronos stands behind these services (no configuration): said where the user would look for jobs. */
	readonly unavailable?: string;
}

export function wizardServicesFromClient(client: ChronosClient): WizardServices {
	return {
		url: client.url,
		listJobs: async () => client.listJobs(),
		submit: async job => client.saveJob(job),
	};
}
