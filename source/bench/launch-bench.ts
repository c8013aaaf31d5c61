// The launch figures of issue 11, each against `node -e 0` measured in the same run: the first frame with
// jobs in a pseudo-terminal (first launch with an empty compile cache, and later ones with a warm cache),
// headless `list` and `submit --overwrite`, memory with 10,000 jobs and the bytes written while idle.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {EmulatorProcess} from './emulator-process.js';
import {median, type Figure} from './measure.js';
import {ProgramInTerminal, timeToExit} from './terminal-launch.js';

const cliPath = fileURLToPath(new URL('../cli.js', import.meta.url));

export interface LaunchBenchOptions {
	/** Emulators seeded with 100 and with 10,000 jobs of user `bench`, each in a process of its own. */
	small: EmulatorProcess;
	large: EmulatorProcess;
	samples: number;
	columns: number;
	rows: number;
}

/** The environment of a user with nothing configured but the Chronos to use, and a cache folder of its own. */
function userEnvironment(home: string, url: string, cacheHome: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		// Ink draws nothing interactive when it sees CI variables; a user's terminal has none.
		if (key !== 'CI' && key !== 'CONTINUOUS_INTEGRATION' && !key.startsWith('CI_') && !key.startsWith('CHRONOS_')) env[key] = value;
	}
	return {
		...env,
		HOME: home,
		XDG_CONFIG_HOME: join(home, '.config'),
		XDG_STATE_HOME: join(home, '.local', 'state'),
		XDG_CACHE_HOME: cacheHome,
		TERM: 'xterm-256color',
		LANG: 'C.UTF-8',
		CHRONOS_URL: url,
		CHRONOS_USER: 'bench',
		CHRONOS_PASSWORD: 'bench-only',
	};
}

const firstJob = 'bench-generated-job-';

async function firstFrame(env: NodeJS.ProcessEnv, options: LaunchBenchOptions): Promise<number> {
	const program = new ProgramInTerminal([process.execPath, cliPath], {env, columns: options.columns, rows: options.rows});
	try {
		return await program.waitForText(firstJob, 60_000);
	} finally {
		await program.stop();
	}
}

async function repeated(count: number, action: (index: number) => Promise<number>): Promise<number[]> {
	const samples: number[] = [];
	for (let index = 0; index < count; index++) samples.push(await action(index));
	return samples;
}

export async function benchLaunch(options: LaunchBenchOptions): Promise<Figure[]> {
	const home = mkdtempSync(join(tmpdir(), 'chronos-bench-home-'));
	const warmCache = join(home, 'cache-warm');
	try {
		const smallEnv = userEnvironment(home, options.small.url, warmCache);
		const largeEnv = userEnvironment(home, options.large.url, warmCache);
		const node = process.execPath;
		// Measured between the others too, so a machine that gets busier mid-run moves both alike.
		const floors: number[] = [];
		const floor = async () => {
			floors.push(...(await repeated(3, async () => timeToExit([node, '-e', '0'], smallEnv))));
		};

		await floor();
		// One launch first, not counted: it fills the warm cache, and the emulator's own first answers (its code not
		// yet optimised) would otherwise make whichever launches come first look slow.
		await firstFrame(smallEnv, options);
		// First launches (a fresh cache folder each time: what the very first launch after installing costs) take
		// turns with later ones, so both meet the machine and the emulator in the same state.
		const cold: number[] = [];
		const warmSmall: number[] = [];
		for (let index = 0; index < options.samples; index++) {
			cold.push(await firstFrame(userEnvironment(home, options.small.url, join(home, `cache-cold-${index}`)), options));
			warmSmall.push(await firstFrame(smallEnv, options));
		}
		await floor();
		const warmLarge = await repeated(options.samples, async () => firstFrame(largeEnv, options));
		await floor();
		const list = await repeated(options.samples, async () => timeToExit([node, cliPath, 'list'], smallEnv));
		const jobFile = join(home, 'job.json');
		writeFileSync(jobFile, `${JSON.stringify(await options.small.firstJob())}\n`);
		const submit = await repeated(options.samples, async () => timeToExit([node, cliPath, 'submit', '--overwrite', jobFile], smallEnv));
		await floor();
		const {memory, idleBytesPerSecond} = await steadyState(largeEnv, options);

		const base = median(floors);
		const ratio = (name: string, samples: number[], max: number, how = ''): Figure => ({
			name,
			value: median(samples) / base,
			unit: '×',
			goal: {max},
			note: `median ${median(samples).toFixed(0)} ms of ${samples.length}${how}`,
		});
		const figures: Figure[] = [
			{name: '`node -e 0`, the floor of the ratios', value: base, unit: 'ms', note: `median of ${floors.length}, spread through the run`},
			ratio('launch → first frame, 100 jobs, first launch', cold, 4, ', empty compile cache'),
			ratio('launch → first frame, 100 jobs, later launches', warmSmall, 4, ', warm compile cache'),
			ratio('launch → first frame, 10,000 jobs', warmLarge, 6),
			ratio('headless `list`, 100 jobs', list, 2.5),
			ratio('headless `submit --overwrite` of one job', submit, 3),
			{name: 'bytes written per second, idle', value: idleBytesPerSecond, unit: 'B/s', goal: {max: 50}, note: `10,000 jobs, polling every 2 s, over ${idleSeconds} s`},
		];
		if (memory !== undefined) {
			figures.push({name: 'resident memory, 10,000 jobs', value: memory, unit: 'MB', goal: {max: 120}, note: 'peak (VmHWM) after the list, scrolling and filtering'});
		}
		return figures;
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}

const idleSeconds = 10;

async function sleep(ms: number): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, ms));
}

/** The dashboard with 10,000 jobs left alone, then used: bytes it writes while idle, and its peak memory. */
async function steadyState(env: NodeJS.ProcessEnv, options: LaunchBenchOptions): Promise<{memory: number | undefined; idleBytesPerSecond: number}> {
	const program = new ProgramInTerminal([process.execPath, cliPath], {env, columns: options.columns, rows: options.rows});
	try {
		await program.waitForText(firstJob, 60_000);
		// Past the first full poll, whose list redraws most of the screen.
		await sleep(3000);
		const before = program.bytesWritten;
		await sleep(idleSeconds * 1000);
		const idleBytesPerSecond = (program.bytesWritten - before) / idleSeconds;
		for (const keys of ['j', 'j', 'j', '\u001B[6~', '\u001B[6~', 'G', 'g', '/', 'job-0999', '\r', '\u001B']) {
			program.press(keys);
			await sleep(100);
		}
		await sleep(2500);
		return {memory: program.peakMemoryMegabytes(), idleBytesPerSecond};
	} finally {
		await program.stop();
	}
}
