// Runs the program as a user does: in a pseudo-terminal of a chosen size, made by util-linux `script` (so no
// native module is needed), recording when text first shows on its screen and how many bytes it writes.
import {spawn, type ChildProcess} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {stripEscapes} from './fake-terminal.js';

export interface TerminalLaunch {
	columns: number;
	rows: number;
	env: NodeJS.ProcessEnv;
}

const quoted = (word: string) => `'${word.replaceAll("'", String.raw`'\''`)}'`;

export class ProgramInTerminal {
	readonly startedAt = performance.now();
	private output = '';
	private written = 0;
	private searchedUpTo = 0;
	private readonly waiters = new Set<() => void>();
	private readonly child: ChildProcess;
	private exited = false;

	constructor(command: readonly string[], options: TerminalLaunch) {
		// `exec` makes the program the terminal's own process, as a login shell running it would.
		const shellLine = `stty cols ${options.columns} rows ${options.rows} && exec ${command.map(quoted).join(' ')}`;
		this.child = spawn('script', ['--quiet', '--flush', '--return', '--command', shellLine, '/dev/null'], {
			env: options.env,
			detached: true,
			stdio: ['pipe', 'pipe', 'ignore'],
		});
		this.child.stdout!.on('data', (chunk: Buffer) => {
			this.written += chunk.length;
			this.output += chunk.toString('utf8');
			for (const wake of this.waiters) wake();
		});
		this.child.on('exit', () => {
			this.exited = true;
			for (const wake of this.waiters) wake();
		});
	}

	get bytesWritten(): number {
		return this.written;
	}

	/** Milliseconds from launch to the first screen that shows `text`. */
	async waitForText(text: string, timeoutMs: number): Promise<number> {
		return new Promise<number>((resolve, reject) => {
			const check = () => {
				// Only the new part (and a little before it, for text split between writes) is searched.
				const from = Math.max(0, this.searchedUpTo - text.length - 64);
				if (stripEscapes(this.output.slice(from)).includes(text)) {
					done();
					resolve(performance.now() - this.startedAt);
				} else if (this.exited) {
					done();
					reject(new Error(`the program ended before "${text}" showed: ${stripEscapes(this.output).slice(-300)}`));
				}
				this.searchedUpTo = this.output.length;
			};
			const timer = setTimeout(() => {
				done();
				reject(new Error(`"${text}" did not show within ${timeoutMs} ms: ${stripEscapes(this.output).slice(-300)}`));
			}, timeoutMs);
			const done = () => {
				clearTimeout(timer);
				this.waiters.delete(check);
			};
			this.waiters.add(check);
			check();
		});
	}

	/** Keys as the terminal sends them. */
	press(keys: string): void {
		this.child.stdin!.write(keys);
	}

	/** The program's peak resident memory in MB (Linux: VmHWM of the process `script` runs). */
	peakMemoryMegabytes(): number | undefined {
		try {
			const children = readFileSync(`/proc/${this.child.pid}/task/${this.child.pid}/children`, 'utf8').trim().split(/\s+/);
			const status = readFileSync(`/proc/${children[0]}/status`, 'utf8');
			const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
			return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
		} catch {
			return undefined;
		}
	}

	/** Ends the program as a closed terminal would, and waits for it. */
	async stop(): Promise<void> {
		if (this.exited) return;
		const ended = new Promise(resolve => this.child.once('exit', resolve));
		try {
			process.kill(-this.child.pid!, 'SIGHUP');
		} catch {
			// Already gone.
		}
		const forced = setTimeout(() => {
			try {
				process.kill(-this.child.pid!, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}, 3000);
		await ended;
		clearTimeout(forced);
	}
}

/** Milliseconds from spawning `command` to its exit (with status 0, else an error naming its output). */
export async function timeToExit(command: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
	const started = performance.now();
	const child = spawn(command[0]!, command.slice(1), {env, stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	const ms = performance.now() - started;
	if (code !== 0) throw new Error(`${command.slice(1).join(' ')} exited with ${String(code)}: ${output.trim().slice(0, 300)}`);
	return ms;
}
