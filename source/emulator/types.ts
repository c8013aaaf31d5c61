// Public shapes of the embedded Chronos emulator (the agreed API in the team brief).
import type {ChronosJob} from '../jobs/types.js';
import type {JobSummary} from '../chronos/types.js';

/** Misbehaviour the emulator can inject, to show how the program copes with a bad server or network. */
export interface Faults {
	/** Delay before every response, in real milliseconds. */
	latencyMs: number;
	/** Fraction (0..1) of requests answered with a 500 JSON error instead of being handled. */
	failRate: number;
	/** 2xx bodies are cut short, so they are never valid JSON. */
	malformed: boolean;
	/** The socket is destroyed without any answer. */
	drop: boolean;
}

export const noFaults: Faults = {latencyMs: 0, failRate: 0, malformed: false, drop: false};

export interface EmulatorOptions {
	/** 0 (the default) picks any free port. */
	port?: number;
	/** Defaults to 127.0.0.1. */
	host?: string;
	/** 'samples' (default): a dozen realistic ReCaS jobs; 'none': empty; a number: that many generated jobs. */
	seed?: 'samples' | 'none' | number;
	/** Owner of the sample jobs; names start with `<sampleUser>-`. Defaults to 'demo'. */
	sampleUser?: string;
	/** When set, every request needs this Basic auth, as `--http_credentials` does on a real instance. */
	credentials?: {user: string; password: string};
	/** Simulated-time multiplier: 60 makes a `sleep 60` job finish in about a second. Default 1. */
	speed?: number;
	/** 3 (default) serves `/v1/scheduler/...`; 2 serves `/scheduler/...` without `jobs/summary` and `GET job/{name}`. */
	apiVersion?: 2 | 3;
	/** Jobs are loaded from here at start when the file exists, and saved here after every change. */
	stateFile?: string;
	faults?: Partial<Faults>;
	/**
	 * A local folder standing for `/` of the cluster's storage (/lustre, /lustrehome): jobs that keep their
	 * output write their files under it. Without it no kept-output file is written anywhere.
	 */
	storageRoot?: string;
	/** `host:port` the emulated Mesos master gives for its agents; this server's own address by default. */
	mesosAgentAddress?: string;
}

export interface RunningEmulator {
	/** `http://127.0.0.1:PORT`, never with credentials. */
	url: string;
	port: number;
	close(): Promise<void>;
	/** Every job as `GET jobs` returns it. */
	jobs(): ChronosJob[];
	job(name: string): ChronosJob | undefined;
	summary(name: string): JobSummary | undefined;
	setFaults(faults: Partial<Faults>): void;
}
