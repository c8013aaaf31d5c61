// What suites across the project share when they talk to a Chronos: the guide's first job word for word, a
// valid ReCaS job to arrange a server with, and the rule every client failure follows.
import {readFileSync} from 'node:fs';
import {expect} from 'vitest';
import {ChronosError} from '../../source/chronos/errors.js';
import type {ChronosJob} from '../../source/jobs/types.js';

/** The container image the cluster guide's examples run. */
export const guideImage = 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1';

/** The guide's "my first job" exactly as printed there, with `<username>` filled in as alice. */
export const guideFirstJobText = readFileSync(new URL('../jobs/fixtures/guide-first-job.json', import.meta.url), 'utf8');

/** A valid ReCaS job owned by `user`, as a user would write it after reading the guide. */
export function recasJob(name: string, user: string, extra: Partial<ChronosJob> = {}): ChronosJob {
	return {
		name,
		command: 'sleep 5 && nvidia-smi',
		shell: true,
		retries: 2,
		cpus: 1,
		mem: 1024,
		disk: 0,
		gpus: 1,
		runAsUser: user,
		owner: user,
		ownerName: user,
		container: {type: 'mesos', image: guideImage},
		schedule: 'R1//P1Y',
		...extra,
	};
}

/**
 * Awaits a call that must fail and returns its ChronosError, after checking what every failure promises: the
 * password appears nowhere in it (message, detail, stack) and the message is one line a user can read.
 */
export async function expectChronosFailure(promise: Promise<unknown>, password: string): Promise<ChronosError> {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(ChronosError);
		const chronosError = error as ChronosError;
		for (const text of [chronosError.message, chronosError.detail, chronosError.stack ?? '']) {
			expect(text).not.toContain(password);
		}

		expect(chronosError.message).not.toContain('\n');
		return chronosError;
	}

	throw new Error('expected the call to fail');
}
