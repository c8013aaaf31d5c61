// The draft a new job starts from, for each choice of the start step that begins one.
import {cloneJob, firstJobTemplate, newJob} from '../../jobs/defaults.js';
import type {ClusterProfile} from '../../jobs/profile.js';
import {draftFromJob, type WizardDraft} from './draft.js';
import type {StartChoice} from './steps/StartStep.js';

export type NewStart = Exclude<StartChoice, {kind: 'continue' | 'draft'}>;

export function draftForStart(choice: NewStart, profile: ClusterProfile, user: string): WizardDraft {
	switch (choice.kind) {
		case 'clone': {
			// A clone keeps what its job did about output.
			return draftFromJob(cloneJob(choice.job, `${choice.job.name}-copy`), `copy of ${choice.job.name}`);
		}

		case 'blank': {
			return withSiteOutput(draftFromJob(newJob(profile, user), 'blank job'), profile);
		}

		case 'first-job': {
			return withSiteOutput(draftFromJob(firstJobTemplate(profile, user), "the guide's first job"), profile);
		}

		case 'template': {
			return withSiteOutput(draftFromJob(choice.template.job, `template ${choice.template.name}`), profile);
		}
	}
}

/** A new job keeps its output when the site says so. */
function withSiteOutput(draft: WizardDraft, profile: ClusterProfile): WizardDraft {
	return {...draft, keepOutput: draft.keepOutput || profile.output.keepByDefault};
}
