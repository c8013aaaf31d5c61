// What a subcommand may touch of the outside world, handed in so every command reads the same environment
// and writes through the same colour rules.
import type {Readable, Writable} from 'node:stream';

export interface CommandIO {
	stdout: Writable & {isTTY?: boolean; columns?: number};
	stderr: Writable;
	stdin: Readable & {isTTY?: boolean};
	env: NodeJS.ProcessEnv;
}

export function processIO(): CommandIO {
	return {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env};
}

export function print(io: CommandIO, text = ''): void {
	io.stdout.write(`${text}\n`);
}

/** Notes for a human (progress, hints) go to stderr, so stdout stays clean for pipes. */
export function note(io: CommandIO, text: string): void {
	io.stderr.write(`${text}\n`);
}

/** Terminal width for tables; 100 when stdout is a pipe or a file, so output does not depend on the caller. */
export function outputWidth(io: CommandIO): number {
	return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
}

export interface Palette {
	bold(text: string): string;
	dim(text: string): string;
	red(text: string): string;
	green(text: string): string;
	yellow(text: string): string;
	cyan(text: string): string;
}

const plain: Palette = {
	bold: (text) => text,
	dim: (text) => text,
	red: (text) => text,
	green: (text) => text,
	yellow: (text) => text,
	cyan: (text) => text,
};

function sgr(open: number, close: number): (text: string) => string {
	return (text) => (text ? `\u001B[${open}m${text}\u001B[${close}m` : text);
}

const ansi: Palette = {
	bold: sgr(1, 22),
	dim: sgr(2, 22),
	red: sgr(31, 39),
	green: sgr(32, 39),
	yellow: sgr(33, 39),
	cyan: sgr(36, 39),
};

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function colorsEnabled(io: CommandIO): boolean {
	return Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'];
}

export function palette(io: CommandIO): Palette {
	return colorsEnabled(io) ? ansi : plain;
}
