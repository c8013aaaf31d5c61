// "Keep the job's output" applied to the document the draft describes: the wrapped command and the volume its
// folder needs, exactly as `submit --keep-output` makes them. When it cannot be done the reason is a warning,
// and the job goes without it rather than with a broken wrapper.
import type {ClusterProfile} from '../../jobs/profile.js';
import type {ChronosJob, JobProblem} from '../../jobs/types.js';
import {keepJobOutput} from '../../output/keep-job.js';
import type {WizardDraft} from './draft.js';

export function withKeptOutput(
	input: Record<string, unknown>,
	draft: WizardDraft,
	username: string,
	profile: ClusterProfile,
): {input: Record<string, unknown>; problem?: JobProblem} {
	if (!draft.keepOutput || typeof input['command'] !== 'string' || input['command'].trim() === '') {
		return {input};
	}
	const result = keepJobOutput(input as unknown as ChronosJob, draft.outputDir ?? profile.output.dir, username);
	if (!result.ok) {
		return {input, problem: {path: 'output', severity: 'warning', message: `the output will not be kept: ${result.message}`}};
	}
	return {input: result.job as unknown as Record<string, unknown>};
}
