// A job as it may be shown to someone else: environment variables whose names say they hold a secret (an API
// key, a token, a password) keep their names and lose their values, and passwords written into URIs go.
import type {ChronosJob} from '../jobs/types.js';

const secretName = /pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth/i;

export const hiddenValue = '<hidden>';

export function withoutJobSecrets(job: ChronosJob): ChronosJob {
	return {
		...job,
		...(job.environmentVariables
			? {environmentVariables: job.environmentVariables.map(variable => (secretName.test(variable.name) ? {...variable, value: hiddenValue} : variable))}
			: {}),
		...(job.uris ? {uris: job.uris.map(uri => withoutUrlPassword(uri))} : {}),
	};
}

function withoutUrlPassword(uri: string): string {
	return uri.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/@\s]*@/i, `$1${hiddenValue}@`);
}
