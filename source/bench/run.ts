// `npm run bench`: measures the program with a large Chronos (10,000 jobs unless --jobs N) and prints each
// figure beside its goal, launch times as multiples of `node -e 0` measured in the same run. Writes the
// figures as JSON beside itself (dist/bench/results.json). Exits 1 when a goal is missed, so a slowdown
// cannot land unnoticed.
import {spawn} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {fileURLToPath} from 'node:url';
import {startEmulatorProcess} from './emulator-process.js';
import {benchLaunch} from './launch-bench.js';
import {benchServer} from './server-bench.js';
import {benchValidator} from './validator-bench.js';
import {figuresMarker, formatTable, meetsGoal, type Figure} from './measure.js';

interface BenchOptions {
	jobs: number;
	samples: number;
	launches: number;
	columns: number;
	rows: number;
}

function parseOptions(argv: readonly string[]): BenchOptions {
	const options: BenchOptions = {jobs: 10_000, samples: 30, launches: 7, columns: 200, rows: 50};
	for (let index = 0; index < argv.length; index++) {
		const flag = argv[index];
		const value = Number(argv[index + 1]);
		if (flag === '--jobs' || flag === '--samples' || flag === '--launches') {
			if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${flag} needs a whole number above 0`);
			options[flag.slice(2) as 'jobs' | 'samples' | 'launches'] = value;
			index++;
		} else if (flag === '--size') {
			const match = /^(\d+)x(\d+)$/.exec(argv[index + 1] ?? '');
			if (!match) throw new Error('--size needs COLUMNSxROWS, e.g. 200x50');
			options.columns = Number(match[1]);
			options.rows = Number(match[2]);
			index++;
		} else {
			throw new Error(`unknown option '${flag}' (known: --jobs N, --samples N, --launches N, --size COLUMNSxROWS)`);
		}
	}
	return options;
}

/**
 * Runs the dashboard figures in a child process. Ink turns off interactive rendering when it sees CI
 * variables, so the child gets an environment without them: the figures are the interactive dashboard's.
 * The child is bundled like the program (production React), so the figures are those of the build users run.
 */
async function benchDashboard(url: string, options: BenchOptions): Promise<Figure[]> {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION' && !key.startsWith('CI_')) env[key] = value;
	}

	const child = spawn(
		process.execPath,
		[fileURLToPath(new URL('dashboard-child.js', import.meta.url)), url, String(options.jobs), String(options.columns), String(options.rows)],
		{env, stdio: ['ignore', 'pipe', 'pipe']},
	);
	let output = '';
	let errors = '';
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
	});
	child.stderr.on('data', (chunk: Buffer) => {
		errors += chunk.toString('utf8');
	});
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	if (code !== 0) throw new Error(errors.trim() || `the dashboard benchmark exited with status ${String(code)}`);
	// The program may write terminal resets of its own at exit; the figures are on the marked line.
	const line = output.split('\n').find(text => text.startsWith(figuresMarker));
	if (!line) throw new Error(`the dashboard benchmark printed no figures: ${errors.trim() || output.trim()}`);
	return JSON.parse(line.slice(figuresMarker.length)) as Figure[];
}

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2));
	const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
	const machine = `${cpus().length} x ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${process.platform}`;
	process.stdout.write(`chronos-tui benchmarks: ${options.jobs.toLocaleString('en-GB')} jobs, ${machine}\n`);
	// Wall-clock figures grow with whatever else the machine runs; say how busy it was.
	const loadBefore = loadavg()[0] ?? 0;
	const busy = loadBefore > cpus().length * 0.5 ? ' (busy: other work inflates these figures; run again on a quiet machine)' : '';
	process.stdout.write(`load average before the run: ${loadBefore.toFixed(1)}${busy}\n\n`);

	const figures: Figure[] = [];
	const {figures: serverFigures, emulator} = await benchServer(options.jobs, options.samples);
	figures.push(...serverFigures);
	try {
		const small = await startEmulatorProcess(100);
		const large = await startEmulatorProcess(options.jobs);
		try {
			figures.push(...(await benchLaunch({small, large, samples: options.launches, columns: options.columns, rows: options.rows})));
		} finally {
			await Promise.all([small.close(), large.close()]);
		}
		figures.push(...(await benchValidator(emulator.jobs(), 'bench', 5)));
		figures.push(...(await benchDashboard(emulator.url, options)));
	} finally {
		await emulator.close();
	}

	const loadAfter = loadavg()[0] ?? 0;
	process.stdout.write(`${formatTable(figures)}\n\nload average after the run: ${loadAfter.toFixed(1)}\n`);
	const results = fileURLToPath(new URL('results.json', import.meta.url));
	const report = {
		date: new Date().toISOString(),
		machine,
		loadAverage: {before: loadBefore, after: loadAfter},
		options,
		figures: figures.map(figure => ({...figure, met: meetsGoal(figure)})),
	};
	writeFileSync(results, `${JSON.stringify(report, null, 2)}\n`);
	process.stdout.write(`figures written to ${results}\n`);
	const missed = figures.filter(figure => meetsGoal(figure) === false);
	process.stdout.write(
		missed.length === 0 ? `\nEvery goal met (${figures.length} figures).\n` : `\n${missed.length} of ${figures.length} goals missed: ${missed.map(figure => figure.name).join('; ')}\n`,
	);
	return missed.length === 0 ? 0 : 1;
}

main().then(
	code => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = 2;
	},
);
