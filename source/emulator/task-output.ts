// What a simulated task prints, decided by its command like its duration is: an `nvidia-smi` table, epoch
// lines spread over the run for a `python … train` command, and a traceback when a Python command fails.
// The same command always prints the same text, so demos and tests can rely on it.

export interface OutputLine {
	/** Simulated milliseconds after the task started. */
	atMs: number;
	stream: 'stdout' | 'stderr';
	text: string;
}

export interface TaskFacts {
	command: string;
	durationMs: number;
	exitCode: number;
	gpus: number;
	/** Agent host name, as `hostname` would print it. */
	hostname: string;
	/** Simulated epoch milliseconds of the start, for the clock in the nvidia-smi header. */
	startedAt: number;
}

const startupMs = 1000;
const trainingCommand = /\b(python[\d.]*|torchrun|accelerate|deepspeed)\b[^;&|\n]*?\b(train|finetune|lora|fit)\w*(\.py)?\b/;
const pythonCommand = /\b(python[\d.]*|torchrun)\s+(?:-\S+\s+)*(\S+\.py)/;

export function simulatedOutput(facts: TaskFacts): OutputLine[] {
	const lines: OutputLine[] = [];
	const end = Math.max(startupMs, facts.durationMs);
	let at = startupMs;
	const say = (text: string, stream: OutputLine['stream'] = 'stdout') => {
		for (const line of text.split('\n')) {
			lines.push({atMs: Math.min(at, end), stream, text: line});
		}
	};
	for (const echoed of facts.command.matchAll(/\becho\s+([^;&|\n]*)/g)) {
		say(echoed[1]!.trim().replace(/^(['"])(.*)\1$/, '$2'));
	}
	if (/\bhostname\b/.test(facts.command)) {
		say(facts.hostname);
	}
	if (/\bnvidia-smi\b/.test(facts.command)) {
		// nvidia-smi runs after whatever comes first in the command (the guide's `sleep 5 && nvidia-smi`).
		at = Math.max(at, end - 500);
		say(nvidiaSmiTable(facts));
	}
	const python = pythonCommand.exec(facts.command);
	if (trainingCommand.test(facts.command)) {
		at = startupMs;
		say(`Using device: cuda (${Math.max(1, facts.gpus)} x NVIDIA A100-PCIE-40GB)`);
		say('Loading dataset ... done');
		const epochs = epochCount(facts.command);
		const failsAt = facts.exitCode === 0 ? epochs : Math.max(1, Math.ceil(epochs / 2));
		const span = trainingSpan(facts);
		const seed = hash(facts.command);
		for (let epoch = 1; epoch <= failsAt; epoch++) {
			at = startupMs + Math.round((span * epoch) / (epochs + 1));
			const loss = (2.3 / (1 + epoch * 0.35) + (seed % 97) / 1000).toFixed(4);
			const accuracy = Math.min(0.99, 0.3 + epoch * (0.6 / epochs)).toFixed(4);
			say(`Epoch ${epoch}/${epochs} - loss: ${loss} - accuracy: ${accuracy}`);
		}
		at = Math.min(end, startupMs + span);
		if (facts.exitCode === 0) {
			say('Training finished; checkpoint saved to best.pt');
		}
	} else if (python) {
		say(`Running ${python[2]} ...`);
	}
	if (facts.exitCode !== 0 && python) {
		at = Math.min(end, Math.max(at, startupMs + trainingSpan(facts)));
		say(traceback(python[2]!), 'stderr');
	}
	return lines;
}

function trainingSpan(facts: TaskFacts): number {
	// Training is the first step; a following `sleep` keeps the task alive without printing.
	const sleep = /&&\s*sleep\s+(\d+)/.exec(facts.command);
	const total = Math.max(startupMs, facts.durationMs) - startupMs;
	return sleep ? Math.max(1000, total - Number(sleep[1]) * 1000) : total;
}

function epochCount(command: string): number {
	const asked = /--epochs?[ =](\d+)/.exec(command);
	return Math.min(Math.max(asked ? Number(asked[1]) : 10, 1), 100);
}

function traceback(script: string): string {
	return [
		'Traceback (most recent call last):',
		`  File "${script}", line 87, in <module>`,
		'    main(parse_args())',
		`  File "${script}", line 61, in main`,
		'    batch = next(loader)',
		'FileNotFoundError: [Errno 2] No such file or directory: \'masks/scan_0042.png\'',
	].join('\n');
}

function nvidiaSmiTable(facts: TaskFacts): string {
	const date = new Date(facts.startedAt).toUTCString().replace(/,/, '').replace(' GMT', '');
	const gpus = Math.max(1, facts.gpus);
	const rows: string[] = [];
	for (let index = 0; index < gpus; index++) {
		rows.push(
			`|   ${index}  NVIDIA A100-PCIE-40GB          On  | 00000000:${(0x17 + index * 0x48).toString(16).toUpperCase().padStart(2, '0')}:00.0 Off |                    0 |`,
			`| N/A   ${String(31 + index).padStart(2)}C    P0              35W / 250W |      4MiB / 40960MiB |      0%      Default |`,
			'|                                         |                      |             Disabled |',
			'+-----------------------------------------+----------------------+----------------------+',
		);
	}
	return [
		date,
		'+---------------------------------------------------------------------------------------+',
		'| NVIDIA-SMI 535.129.03             Driver Version: 535.129.03   CUDA Version: 12.2     |',
		'|-----------------------------------------+----------------------+----------------------+',
		'| GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |',
		'| Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |',
		'|                                         |                      |               MIG M. |',
		'|=========================================+======================+======================|',
		...rows,
		'',
		'+---------------------------------------------------------------------------------------+',
		'| Processes:                                                                            |',
		'|  GPU   GI   CI        PID   Type   Process name                            GPU Memory |',
		'|        ID   ID                                                             Usage      |',
		'|=======================================================================================|',
		'|  No running processes found                                                           |',
		'+---------------------------------------------------------------------------------------+',
	].join('\n');
}

function hash(text: string): number {
	let value = 0;
	for (const character of text) {
		value = (value * 31 + character.charCodeAt(0)) >>> 0;
	}
	return value;
}
