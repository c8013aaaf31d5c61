// Figures for the emulator and the client with a large Chronos: seeding, the light summary the dashboard
// polls, the heavy full list, and the client's parsing on top of the HTTP round trip.
import {ChronosClient} from '../chronos/client.js';
import {startEmulator, type RunningEmulator} from '../emulator/server.js';
import {median, percentile, timeOnce, timeRepeated, type Figure} from './measure.js';

export interface ServerBench {
	figures: Figure[];
	emulator: RunningEmulator;
}

async function getBody(url: string): Promise<string> {
	const response = await fetch(url);
	const body = await response.text();
	if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
	return body;
}

/** Starts an emulator with `jobCount` generated jobs and measures it; the caller closes it. */
export async function benchServer(jobCount: number, samples: number): Promise<ServerBench> {
	const seeded = await timeOnce(async () => startEmulator({seed: jobCount, sampleUser: 'bench'}));
	const emulator = seeded.result;
	const listed = emulator.jobs().length;
	if (listed !== jobCount) throw new Error(`the emulator holds ${listed} jobs, not the ${jobCount} asked for`);

	const summaryUrl = `${emulator.url}/v1/scheduler/jobs/summary`;
	const summaryBytes = (await getBody(summaryUrl)).length;
	const summary = await timeRepeated(async () => getBody(summaryUrl), samples);
	const fullList = await timeRepeated(async () => getBody(`${emulator.url}/v1/scheduler/jobs`), Math.max(3, Math.floor(samples / 3)));

	const client = new ChronosClient({url: emulator.url});
	const clientSummaries = await timeRepeated(async () => client.listSummaries(), samples);
	const clientJobs = await timeRepeated(async () => client.listJobs(), Math.max(3, Math.floor(samples / 3)));

	const jobs = `${jobCount.toLocaleString('en-GB')} jobs`;
	const figures: Figure[] = [
		{name: `emulator start, seeding ${jobs}`, value: seeded.ms, unit: 'ms', goal: {max: 2000}, note: 'once, incl. listen'},
		{
			name: `GET jobs/summary, ${jobs}`,
			value: percentile(summary, 0.95),
			unit: 'ms',
			goal: {max: 200},
			note: `p95 of ${samples}, median ${median(summary).toFixed(1)} ms, ${(summaryBytes / 1024).toFixed(0)} KiB`,
		},
		{
			name: `GET jobs (full), ${jobs}`,
			value: median(fullList),
			unit: 'ms',
			goal: {max: 1500},
			note: `median of ${fullList.length}`,
		},
		{
			name: `client.listSummaries(), ${jobs}`,
			value: percentile(clientSummaries, 0.95),
			unit: 'ms',
			goal: {max: 300},
			note: `p95 of ${samples}, median ${median(clientSummaries).toFixed(1)} ms`,
		},
		{
			name: `client.listJobs(), ${jobs}`,
			value: median(clientJobs),
			unit: 'ms',
			goal: {max: 2000},
			note: `median of ${clientJobs.length}`,
		},
	];
	return {figures, emulator};
}
