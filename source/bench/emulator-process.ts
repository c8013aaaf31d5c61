// The Chronos the launch figures talk to runs in a process of its own, as a real Chronos does: served from the
// benchmark's own process, its answers waited for the benchmark's other work (the 10,000-job emulator's
// collections, reading the terminal) and the launches were charged for it.
import {spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const cliPath = fileURLToPath(new URL('../cli.js', import.meta.url));

export interface EmulatorProcess {
	url: string;
	/** The first job the emulator holds, as it serves it. */
	firstJob(): Promise<unknown>;
	close(): Promise<void>;
}

/** `chronos-tui emulator` with `jobs` generated jobs of user `bench`, on a free port, no password. */
export async function startEmulatorProcess(jobs: number): Promise<EmulatorProcess> {
	const child: ChildProcess = spawn(process.execPath, [cliPath, 'emulator', '--port', '0', '--seed-jobs', String(jobs), '--user', 'bench'], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let output = '';
		const read = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			const listening = /listening on (http:\/\/\S+)/.exec(output);
			if (listening) resolve(listening[1]!);
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', code => reject(new Error(`the emulator ended with status ${String(code)} before listening: ${output.trim()}`)));
	});
	return {
		url,
		async firstJob() {
			const response = await fetch(`${url}/v1/scheduler/jobs`);
			const jobs = (await response.json()) as unknown[];
			if (!response.ok || jobs.length === 0) throw new Error(`the emulator at ${url} listed no job (HTTP ${response.status})`);
			return jobs[0];
		},
		async close() {
			if (child.exitCode !== null) return;
			const ended = new Promise(resolve => child.once('exit', resolve));
			child.kill('SIGTERM');
			await ended;
		},
	};
}
