// Load: 10,000 generated jobs seed quickly and the summary still answers fast.
import {expect, test} from 'vitest';
import type {JobSummary} from '../../source/chronos/types.js';
import {api, emulator, getJson} from './helpers.js';

test('10,000 generated jobs: every one in the summary, with dependencies, statuses and disabled jobs', async () => {
	const server = await emulator({seed: 10_000, sampleUser: 'load'});
	const {status, body} = await getJson<{jobs: JobSummary[]}>(server.url, `${api}/jobs/summary`);
	expect(status).toBe(200);
	expect(body.jobs).toHaveLength(10_000);
	expect(new Set(body.jobs.map((job) => job.name)).size).toBe(10_000);
	expect(body.jobs.some((job) => job.parents.length > 0 && job.schedule === '')).toBe(true);
	expect(new Set(body.jobs.map((job) => job.status))).toEqual(new Set(['fresh', 'success', 'failure']));
	expect(body.jobs.some((job) => job.disabled)).toBe(true);
	const csv = await (await fetch(`${server.url}${api}/graph/csv`)).text();
	expect(csv.split('\n').filter((line) => line.startsWith('node,'))).toHaveLength(10_000);
});
