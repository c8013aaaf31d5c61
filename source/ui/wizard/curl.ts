// The command a user could run by hand to submit the same job: the guide's curl script, minus the password in
// plain sight (it comes from the environment, so it never shows in `ps` or in the shell history).
import type {ChronosJob} from '../../jobs/types.js';

export function submitPath(job: ChronosJob): string {
	return job.parents && job.parents.length > 0 ? '/v1/scheduler/dependency' : '/v1/scheduler/iso8601';
}

export function curlCommand(job: ChronosJob, baseUrl: string, fileName = 'job.json'): string {
	const url = `${baseUrl.replace(/\/+$/, '')}${submitPath(job)}`;
	return [
		`curl -u "$CHRONOS_USER:$CHRONOS_PASSWORD" -L`,
		`  -H 'Content-Type: application/json' -X POST`,
		`  --data-binary @${fileName} ${url}`,
	].join(' \\\n');
}
