// `S` from the list, details or output: gathers what a support request needs (the job and its statistics
// through the actions, the end of its output through its source) and opens the request.
import type {ClusterProfile} from '../../jobs/profile.js';
import {outputSourceFor, type OutputSettings} from '../../output/index.js';
import type {JobActions} from '../../store/actions.js';
import type {JobRow} from '../../store/types.js';
import {outputTail} from '../../support/output-tail.js';
import {supportRequest, type SupportRequest} from '../../support/request.js';
import type {Status} from '../components/StatusLine.js';

export interface SupportContext {
	actions: JobActions;
	profile: ClusterProfile;
	user: string;
	url: string;
	outputSettings: OutputSettings;
	setStatus(status: Status | undefined): void;
	show(name: string, request: SupportRequest): void;
}

export async function openSupportRequest(name: string, row: JobRow | undefined, context: SupportContext): Promise<void> {
	context.setStatus({ok: true, pending: true, message: `Writing a support request about ${name}…`});
	const details = await context.actions.details(name);
	const job = details.job ?? row?.job;
	const choice = job ? outputSourceFor(job, context.outputSettings) : undefined;
	const output = choice?.source ? await outputTail(choice.source) : undefined;
	const request = supportRequest({
		support: context.profile.support,
		user: context.user,
		url: context.url,
		name,
		job,
		summary: row,
		stats: details.stats,
		output: output?.tail,
		outputNote: output?.problem ?? choice?.reason,
	});
	context.setStatus(undefined);
	context.show(name, request);
}
