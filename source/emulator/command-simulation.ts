// What a command "does" on the simulated cluster: how long it runs and how it exits, decided only by its text,
// so the same job always behaves the same way (tests and demos can rely on it).

export interface SimulatedRun {
	/** Simulated milliseconds from launch to exit. */
	durationMs: number;
	exitCode: number;
}

/** Container start-up before the command itself: image already cached on the node. */
const startupMs = 1000;

/** Commands that take a recognisable amount of time, in seconds. */
const knownCommandSeconds: Array<[pattern: RegExp, seconds: number]> = [
	[/^(true|:|echo|printf|cd|export|mkdir|ls|cat|date|hostname|env)\b/, 0],
	[/^nvidia-smi\b/, 1],
	[/^(cp|mv|rsync|tar|gzip|wget|curl)\b/, 6],
	[/^(python[\d.]*|torchrun|accelerate|deepspeed)\b/, 8],
];

const unitSeconds: Record<string, number> = {s: 1, m: 60, h: 3600, d: 86_400};

function splitSteps(command: string): Array<{step: string; joiner: '&&' | '||' | ';'}> {
	const steps: Array<{step: string; joiner: '&&' | '||' | ';'}> = [];
	let joiner: '&&' | '||' | ';' = ';';
	for (const part of command.split(/(&&|\|\||;|\n)/)) {
		if (part === '&&' || part === '||' || part === ';' || part === '\n') {
			joiner = part === '\n' ? ';' : part;
			continue;
		}
		if (part.trim() !== '') {
			steps.push({step: part.trim(), joiner});
		}
	}
	return steps;
}

// Spread other commands over 2..6 seconds, stable for the same text.
function stableSeconds(step: string): number {
	let hash = 0;
	for (const character of step) {
		hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
	}
	return 2 + (hash % 5);
}

function runStep(step: string): {seconds: number; exitCode: number; exits: boolean} {
	const words = step.split(/\s+/);
	const [program = '', first = ''] = words;
	if (program === 'sleep') {
		const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(first);
		return match ? {seconds: Number(match[1]) * (unitSeconds[match[2] || 's'] ?? 1), exitCode: 0, exits: false} : {seconds: 0, exitCode: 1, exits: false};
	}
	if (program === 'exit') {
		const code = /^\d+$/.test(first) ? Number(first) % 256 : 0;
		return {seconds: 0, exitCode: code, exits: true};
	}
	if (program === 'false') {
		return {seconds: 0, exitCode: 1, exits: false};
	}
	const known = knownCommandSeconds.find(([pattern]) => pattern.test(step));
	return {seconds: known ? known[1] : stableSeconds(step), exitCode: 0, exits: false};
}

/** Run a shell command line in simulation: `a && b`, `a || b` and `a; b` chain as in /bin/sh. */
export function simulateCommand(command: string): SimulatedRun {
	let seconds = 0;
	let exitCode = 0;
	for (const {step, joiner} of splitSteps(command)) {
		if ((joiner === '&&' && exitCode !== 0) || (joiner === '||' && exitCode === 0)) {
			continue;
		}
		const result = runStep(step);
		seconds += result.seconds;
		exitCode = result.exitCode;
		if (result.exits) {
			break;
		}
	}
	return {durationMs: startupMs + Math.round(seconds * 1000), exitCode};
}
