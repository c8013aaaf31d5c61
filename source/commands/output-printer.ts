// Prints a run's output to a terminal or a pipe: bytes decoded as UTF-8 without breaking a character split
// between two reads, every line made printable (escape sequences shown, never executed), and, when following,
// new output as it arrives until the run ends.
import {outputLine} from '../logs/output-line.js';
import type {OutputRun, OutputSource, OutputStream, RunEnd} from '../output/types.js';

export class LinePrinter {
	private decoder = new TextDecoder('utf-8');
	private partial = '';

	constructor(private readonly write: (text: string) => void) {}

	push(bytes: Uint8Array): void {
		const text = this.partial + this.decoder.decode(bytes, {stream: true});
		const lines = text.split('\n');
		this.partial = lines.pop() ?? '';
		if (lines.length > 0) {
			this.write(lines.map((line) => `${outputLine(line)}\n`).join(''));
		}
	}

	/** The file was replaced: what was half-read of a line or character belongs to the old one. */
	reset(): void {
		this.decoder = new TextDecoder('utf-8');
		this.partial = '';
	}

	/** The last line, even without its line break. */
	finish(): void {
		const rest = this.partial + this.decoder.decode();
		this.partial = '';
		if (rest !== '') {
			this.write(`${outputLine(rest)}\n`);
		}
	}
}

export interface PrintRunOptions {
	source: OutputSource;
	run: OutputRun;
	stream: OutputStream;
	printer: LinePrinter;
	/** Keep reading until the run ends. */
	follow: boolean;
	/** Asked when the source cannot tell whether the run ended (a killed run writes no exit status). */
	stillRunning(): Promise<boolean>;
	intervalMs: number;
	/** Said when the file shrank or was replaced and is read again from its start. */
	onRestart?(): void;
}

const chunkBytes = 256 * 1024;

/** Prints the run's output; when following, returns how it ended (undefined: it ended without saying how). */
export async function printRun(options: PrintRunOptions): Promise<RunEnd | undefined> {
	const {source, run, stream, printer} = options;
	let offset = 0;
	const catchUp = async (): Promise<void> => {
		for (;;) {
			const read = await source.read(run, stream, offset, chunkBytes);
			if (read.restarted) {
				printer.reset();
				options.onRestart?.();
			}
			printer.push(read.bytes);
			offset = read.offset + read.bytes.length;
			if (read.bytes.length === 0 || offset >= read.size) {
				return;
			}
		}
	};
	await catchUp();
	if (!options.follow) {
		printer.finish();
		return source.ended(run);
	}
	for (;;) {
		const end = await source.ended(run);
		const running = end === undefined && (await options.stillRunning());
		// Whatever was written before the end was seen is printed before returning.
		await catchUp();
		if (!running) {
			printer.finish();
			// The exit status may have landed between asking the source and asking Chronos.
			return end ?? (await source.ended(run));
		}
		await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
	}
}
