// The last lines a job printed, for a support request: the newest run of its source, its last 64 KB made
// printable by the same buffer the output view uses.
import {LogBuffer} from '../logs/log-buffer.js';
import type {OutputSource} from '../output/index.js';
import {supportOutputLines} from './request.js';

const tailBytes = 64 * 1024;

export interface OutputTail {
	lines: string[];
	/** The run and the place, in words: "run 2026-12-02 03:40:00 UTC, /lustrehome/alice/…/1764646800000_0.log". */
	from: string;
}

/** Undefined when the source has no run yet; a source that cannot be read says why in `problem`. */
export async function outputTail(source: OutputSource): Promise<{tail?: OutputTail; problem?: string}> {
	try {
		const [run] = await source.runs();
		if (!run) {
			return {problem: `no run has left output in ${source.describe()} yet`};
		}

		const read = await source.read(run, source.streams[0]!, -1, tailBytes);
		const buffer = new LogBuffer();
		buffer.reset(read.offset);
		buffer.append(read.bytes);
		buffer.finish();
		return {tail: {lines: buffer.lines().slice(-supportOutputLines), from: `run ${run.label}, ${source.describe(run)}`}};
	} catch (error) {
		return {problem: error instanceof Error ? error.message : String(error)};
	}
}
