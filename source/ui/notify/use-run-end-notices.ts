// Tells the user when a run of a job they care about ends: a status line, and, unless they are looking at
// that very job, the terminal bell and a desktop notification. Jobs started or rerun from this dashboard are
// watched from then on; `b` watches or stops watching any job; the config can turn all of it off.
import {useEffect, useMemo, useRef} from 'react';
import {RunEndWatch, type RunEnd, type WatchedJob} from '../../notify/run-ends.js';
import {printableLine} from '../../text/printable.js';
import type {Status} from '../components/StatusLine.js';
import {desktopNotice} from '../desktop-notice.js';

export interface RunEndNoticeOptions {
	rows: readonly WatchedJob[];
	enabled: boolean;
	/** The job whose details or output are on screen: its end is seen, so it rings no bell. */
	lookingAt?: string;
	/** Writes straight to the terminal (bell and notification sequences). */
	write(text: string): void;
	setStatus(status: Status): void;
}

export interface RunEndNotices {
	/** Watches the job from now on, its next run included however short (it was just started or rerun here). */
	expectRun(name: string): void;
	/** Watches or stops watching; true when the job is now watched. */
	toggle(name: string): boolean;
	readonly enabled: boolean;
}

export function useRunEndNotices(options: RunEndNoticeOptions): RunEndNotices {
	const watch = useRef(new RunEndWatch()).current;
	const latest = useRef(options);
	latest.current = options;

	useEffect(() => {
		if (!options.enabled) {
			return;
		}

		for (const end of watch.update(options.rows)) {
			tell(end, latest.current);
		}
	}, [options.rows, options.enabled]);

	// One object per setting, so what depends on it (the actions that watch a rerun) is not rebuilt every frame.
	return useMemo(() => {
		const rowOf = (name: string) => latest.current.rows.find(row => row.name === name);
		return {
			enabled: options.enabled,
			expectRun(name) {
				if (latest.current.enabled) {
					watch.expectRun(rowOf(name), name);
				}
			},
			toggle(name) {
				if (watch.isWatched(name)) {
					watch.unwatch(name);
					return false;
				}

				watch.watch(rowOf(name), name);
				return true;
			},
		};
	}, [options.enabled]);
}

function tell(end: RunEnd, options: RunEndNoticeOptions): void {
	const name = printableLine(end.name);
	const how = end.succeeded === undefined ? 'ended' : end.succeeded ? 'succeeded' : 'failed';
	options.setStatus({ok: end.succeeded !== false, message: `A run of ${name} ${how} (l shows its output)`});
	if (end.name !== options.lookingAt) {
		options.write(desktopNotice('chronos-tui', `a run of ${name} ${how}`));
	}
}
