// Validator throughput: `chronos-tui validate` on a file of thousands of jobs, and the wizard checking a
// job on every keystroke, both depend on it.
import type {ChronosJob} from '../jobs/types.js';
import {recasProfile} from '../jobs/profile.js';
import {validateJob, type ValidationContext} from '../jobs/validate.js';
import {median, timeRepeated, type Figure} from './measure.js';

export async function benchValidator(jobs: readonly ChronosJob[], user: string, rounds: number): Promise<Figure[]> {
	const context: ValidationContext = {
		profile: recasProfile,
		username: user,
		existingJobNames: new Set(jobs.map(job => job.name)),
	};
	let accepted = 0;
	const samples = await timeRepeated(
		() => {
			accepted = 0;
			for (const job of jobs) {
				if (validateJob(job, context).job) accepted++;
			}
		},
		rounds,
		1,
	);
	if (accepted === 0) throw new Error('the validator refused every generated job: the figure would be meaningless');
	const perSecond = jobs.length / (median(samples) / 1000);
	return [
		{
			name: `validateJob throughput`,
			value: perSecond,
			unit: 'jobs/s',
			goal: {min: 5000},
			note: `median of ${rounds} rounds over ${jobs.length.toLocaleString('en-GB')} jobs (${accepted.toLocaleString('en-GB')} valid)`,
		},
	];
}
