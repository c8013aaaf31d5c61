// Owns the reading behind the output view: picks the job's output source, lists its runs (again every few
// seconds while the job runs, so a new run shows up), and keeps a follower on the chosen run and stream. The
// view only draws what this hands over.
import {useEffect, useMemo, useRef, useState} from 'react';
import type {ChronosJob} from '../../jobs/types.js';
import {Follower, type FollowState} from '../../logs/follower.js';
import type {LogBuffer} from '../../logs/log-buffer.js';
import {LogLayout} from '../../logs/log-layout.js';
import {outputSourceFor, type OutputRun, type OutputSettings, type OutputSource, type OutputStream} from '../../output/index.js';

export interface OutputRequest {
	job: ChronosJob;
	/** Running or queued now: the newest run may still write, and a newer run may appear. */
	live: boolean;
	/** 0 for the newest run, 1 for the one before, ... */
	runIndex: number;
	stream: OutputStream;
}

export interface OutputData {
	source?: OutputSource;
	/** Why there is no source (the job does not keep its output, and no Mesos master is configured). */
	reason?: string;
	/** Undefined until the first listing has come back. */
	runs?: readonly OutputRun[];
	runsError?: string;
	run?: OutputRun;
	buffer?: LogBuffer;
	/** The buffer laid out as rows; the view and the scrolling keys share it. */
	layout?: LogLayout;
	state?: FollowState;
	fileSize: number;
	/** Grows with every change, for layouts that cache on it. */
	version: number;
	/** Reads again now: the runs and the file. */
	refresh(): void;
}

const relistMs = 3000;

export function useOutput(request: OutputRequest | undefined, settings: OutputSettings): OutputData {
	const job = request?.job;
	// A new source only when what decides it changes: not for every poll that brings the same job again.
	const choice = useMemo(
		() => (job ? outputSourceFor(job, settings) : undefined),
		[job?.name, job?.command, settings],
	);
	const source = choice?.source;
	const live = request?.live ?? false;
	const liveRef = useRef(live);
	liveRef.current = live;

	const [runs, setRuns] = useState<{source: OutputSource; list: readonly OutputRun[]; error?: string}>();
	const [listings, setListings] = useState(0);
	useEffect(() => {
		if (!source) {
			return;
		}

		let current = true;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const list = async () => {
			try {
				const found = await source.runs();
				if (current) {
					setRuns(previous => (previous?.source === source && sameRuns(previous.list, found) && !previous.error
						? previous
						: {source, list: found}));
				}
			} catch (error) {
				if (current) {
					setRuns(previous => ({source, list: previous?.source === source ? previous.list : [], error: messageOf(error)}));
				}
			}

			// While the job runs a new run may start at any moment; a finished job's runs stay as they are.
			if (current && liveRef.current) {
				timer = setTimeout(() => {
					void list();
				}, relistMs);
			}
		};

		void list();
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [source, live, listings]);

	const list = runs?.source === source ? runs?.list : undefined;
	const runIndex = Math.min(request?.runIndex ?? 0, Math.max(0, (list?.length ?? 1) - 1));
	const run = list?.[runIndex];
	const stream = request?.stream ?? 'stdout';
	const [version, setVersion] = useState(0);
	const follower = useRef<Follower | undefined>(undefined);
	useEffect(() => {
		if (!source || !run) {
			follower.current = undefined;
			return;
		}

		const newest = runIndex === 0;
		const reader = new Follower({
			read: async (offset, maxBytes) => source.read(run, stream, offset, maxBytes),
			// Older runs are over; the newest writes while the job runs and until the source says it ended.
			live: async () => newest && liveRef.current && (await source.ended(run)) === undefined,
			onChange() {
				setVersion(count => count + 1);
			},
		});
		follower.current = reader;
		reader.start();
		setVersion(count => count + 1);
		return () => {
			reader.stop();
		};
	}, [source, run?.id, stream, runIndex === 0]);

	const active = follower.current;
	const layout = useMemo(() => (active ? new LogLayout(active.buffer) : undefined), [active]);
	return {
		source,
		reason: choice?.reason,
		runs: list,
		runsError: runs?.source === source ? runs?.error : undefined,
		run,
		buffer: active?.buffer,
		layout,
		state: active?.state,
		fileSize: active?.fileSize ?? 0,
		version,
		refresh() {
			setListings(count => count + 1);
			active?.poke();
		},
	};
}

function sameRuns(a: readonly OutputRun[], b: readonly OutputRun[]): boolean {
	return a.length === b.length && a.every((run, index) => run.id === b[index]!.id);
}

function messageOf(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0] ?? text;
}
