// Runs the real dashboard (runDashboard: store, poller, ink, alternate screen, incremental rendering) against
// the Chronos at argv[2] in an in-memory terminal, presses keys a user would, and prints the figures as JSON.
// It is its own process so its memory is the dashboard's alone, not the emulator's.
import {performance} from 'node:perf_hooks';
import {GCProfiler, getHeapStatistics} from 'node:v8';
import {ChronosClient} from '../chronos/client.js';
import {recasProfile} from '../jobs/profile.js';
import {runDashboard} from '../ui/run.js';
import {FakeStdin, FakeStdout} from './fake-terminal.js';
import {figuresMarker, median, percentile, residentMegabytes, type Figure} from './measure.js';

const keys = {down: 'j', pageDown: '\u001B[6~', bottom: 'G', top: 'g', filter: '/', escape: '\u001B', pause: 'p', quit: 'q'};

// Ink draws at most 60 frames a second (maxFps in run.tsx): keys further apart than that are each drawn at
// once, so the figure is the dashboard's own work, not the frame limiter's wait.
const keyGapMs = 60;

async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, ms));
}

/** Milliseconds from each key press to the frame that answers it. */
async function pressAndTime(stdin: FakeStdin, stdout: FakeStdout, sequence: string, times: number): Promise<number[]> {
	const samples: number[] = [];
	for (let index = 0; index < times; index++) {
		await sleep(keyGapMs);
		const frame = stdout.nextWrite(2000);
		const pressed = performance.now();
		stdin.press(sequence);
		const written = await frame;
		samples.push(written.at - pressed);
	}
	return samples;
}

/** Bytes the heap took while `action` ran, collected or not, and how many collections it caused. */
async function allocation(action: () => Promise<unknown>): Promise<{bytes: number; collections: number}> {
	const profiler = new GCProfiler();
	profiler.start();
	const before = getHeapStatistics().used_heap_size;
	await action();
	const after = getHeapStatistics().used_heap_size;
	const collections = profiler.stop()?.statistics ?? [];
	const freed = collections.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
	return {bytes: after - before + freed, collections: collections.length};
}

async function main(): Promise<void> {
	const [url, jobCountText, columnsText, rowsText] = process.argv.slice(2);
	if (!url) throw new Error('usage: dashboard-child.js URL JOBS COLUMNS ROWS');
	const jobCount = Number(jobCountText);
	const columns = Number(columnsText ?? 200);
	const rows = Number(rowsText ?? 50);
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const client = new ChronosClient({url});

	const loaded = performance.now();
	const exited = runDashboard({
		client,
		config: {url, user: 'bench', profile: recasProfile, pollIntervalMs: 2000},
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
	});
	const firstFrame = await stdout.waitForText('bench', 5000);
	const listed = await stdout.waitForText('bench-generated-job-', 60_000);
	// Keys are timed on the list as it stands once the jobs' full documents are in (the memory column filled):
	// the summary's rows are drawn before them, and their lines are shorter and cheaper to draw.
	const filledIn = await stdout.waitForText(' GB ', 60_000, stdout.writes.indexOf(listed));
	const rssListed = residentMegabytes();

	const down = await pressAndTime(stdin, stdout, keys.down, 100);
	const pageDown = await pressAndTime(stdin, stdout, keys.pageDown, 20);
	// Alternating, because a second G at the end changes nothing and draws no frame.
	const jumps: number[] = [];
	for (let round = 0; round < 5; round++) {
		jumps.push(...(await pressAndTime(stdin, stdout, keys.bottom, 1)), ...(await pressAndTime(stdin, stdout, keys.top, 1)));
	}
	// Three filters, each narrowing to other jobs: the 95th percentile of 8 characters was their slowest.
	const filtering: number[] = [];
	for (const filter of ['job-0999', 'job-0512', 'job-0733']) {
		await sleep(keyGapMs);
		stdin.press(keys.filter);
		await sleep(keyGapMs * 2);
		for (const char of filter) filtering.push(...(await pressAndTime(stdin, stdout, char, 1)));
		stdin.press(keys.escape);
		await sleep(keyGapMs * 2);
	}

	// The same scrolling with live updates paused (p): the dashboard's own drawing cost, without polls.
	stdin.press(keys.pause);
	await sleep(keyGapMs * 2);
	let downPaused: number[] = [];
	const pausedKeys = 100;
	const allocated = await allocation(async () => {
		downPaused = await pressAndTime(stdin, stdout, keys.down, pausedKeys);
	});
	const rssAfter = residentMegabytes();

	stdin.press(keys.quit);
	const exitCode = await Promise.race([exited, sleep(5000).then(() => 'still running')]);
	const size = `${columns}x${rows}`;
	const jobs = `${jobCount.toLocaleString('en-GB')} jobs`;
	const stepNote = (samples: number[]) => `p95 of ${samples.length}, median ${median(samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`;
	const keyFigures = (what: string, samples: number[]): Figure[] => [
		{name: `key → frame, ${jobs}: ${what}, median`, value: median(samples), unit: 'ms', goal: {max: 10}, note: `${samples.length} presses, max ${Math.max(...samples).toFixed(1)} ms`},
		{name: `key → frame, ${jobs}: ${what}, p95`, value: percentile(samples, 0.95), unit: 'ms', goal: {max: 16}, note: `${samples.length} presses`},
	];
	const figures: Figure[] = [
		{name: 'dashboard: program loaded (imports)', value: loaded, unit: 'ms', note: 'from process start, in-process terminal'},
		{name: 'dashboard: first frame', value: firstFrame.at - loaded, unit: 'ms', note: `${size}, header and loading line`},
		{name: `dashboard: ${jobs} listed`, value: listed.at - loaded, unit: 'ms', goal: {max: 3000}, note: 'first poll: rows from the summary'},
		{name: `dashboard: ${jobs} filled in`, value: filledIn.at - loaded, unit: 'ms', goal: {max: 3000}, note: 'first poll: the full documents in (resource columns)'},
		...keyFigures('one line (j)', down),
		...keyFigures('one page (PgDn)', pageDown),
		...keyFigures('one filter character', filtering),
		{name: `key → frame, ${jobs}: j with polling paused, p95`, value: percentile(downPaused, 0.95), unit: 'ms', goal: {max: 16}, note: stepNote(downPaused)},
		{name: `key → frame, ${jobs}: jump to end / top (G, g), p95`, value: percentile(jumps, 0.95), unit: 'ms', goal: {max: 50}, note: stepNote(jumps)},
		{
			name: `heap allocated per key, ${jobs}`,
			value: allocated.bytes / pausedKeys / (1024 * 1024),
			unit: 'MB',
			goal: {max: 1},
			note: `j with polling paused; ${allocated.collections} collections in ${pausedKeys} keys`,
		},
		{name: `dashboard: memory (RSS), ${jobs}`, value: Math.max(rssListed, rssAfter), unit: 'MB', note: `in-process terminal keeps every frame; listed ${rssListed.toFixed(0)} MB, after keys ${rssAfter.toFixed(0)} MB`},
	];
	if (exitCode !== 0) {
		figures.push({name: 'dashboard: exit after q', value: Number.NaN, unit: 'ms', goal: {max: 0}, note: `did not exit cleanly: ${String(exitCode)}`});
	}
	process.stdout.write(`${figuresMarker}${JSON.stringify(figures)}\n`);
	process.exit(0);
}

main().catch((error: unknown) => {
	process.stderr.write(`dashboard benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
});
