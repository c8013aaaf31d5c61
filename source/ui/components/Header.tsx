// Top of the screen: where we are connected, as whom, how many jobs in each state, how fresh the data is,
// and, when the last poll failed or polling is paused, a banner that says so and when it retries.
import {Box, Text} from 'ink';
import type {StoreSnapshot} from '../../store/types.js';
import type {StateCounts} from '../../vocabulary/index.js';
import {usePaint} from '../theme.js';
import {fit} from '../table-layout.js';
import {printableLine} from '../../text/printable.js';

export interface HeaderProps {
	url: string;
	user: string;
	demo: boolean;
	counts: StateCounts;
	snapshot: StoreSnapshot;
	now: number;
	width: number;
	/** Right side of the second line, e.g. "all jobs · sort: name · 12/340". */
	listInfo: string;
	/** Shown when the view holds the data still (a confirmation is open). */
	frozen: boolean;
}

export function clock(at: number): string {
	const date = new Date(at);
	return [date.getHours(), date.getMinutes(), date.getSeconds()].map(part => String(part).padStart(2, '0')).join(':');
}

export function Header({url, user, demo, counts, snapshot, now, width, listInfo, frozen}: HeaderProps) {
	const paint = usePaint();
	// The first load draws the summary's rows before the jobs' documents: it reads "loading…" until they are in.
	const asOf = snapshot.loading
		? 'loading…'
		: snapshot.updatedAt === undefined ? 'no data yet' : `data as of ${clock(snapshot.updatedAt)}${snapshot.error ? ' (stale)' : ''}${frozen ? ' (held)' : ''}`;
	// Beside the clock, so the time never reads as live while nothing is polled, whatever else the screen says.
	const pausedMark = snapshot.paused ? ' ⏸ paused' : '';
	const where = `${user} @ ${url}`;
	const title = demo ? 'chronos-tui ' : 'chronos-tui  ';
	const leftWidth = Math.max(10, width - asOf.length - pausedMark.length - 2 - title.length - (demo ? 7 : 0));
	const countsText = [
		['▶', `${counts.running} running`, 'green'],
		['…', `${counts.queued} queued`, 'yellow'],
		['✗', `${counts.failed} failed`, 'red'],
		['·', `${counts.idle} idle`, 'cyan'],
	] as const;
	const countsWidth = countsText.reduce((sum, [symbol, words]) => sum + symbol.length + 1 + words.length + 2, 0);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold>{title}</Text>
				{demo ? <Text bold color={paint('magenta')}>[DEMO] </Text> : null}
				<Text>{fit(where, leftWidth)}</Text>
				<Text>  </Text>
				<Text color={snapshot.error ? paint('red') : undefined}>{asOf}</Text>
				{pausedMark ? <Text bold color={paint('yellow')}>{pausedMark}</Text> : null}
			</Text>
			<Text wrap="truncate-end">
				{countsText.map(([symbol, words, color]) => (
					<Text key={words} color={paint(color)}>{`${symbol} ${words}  `}</Text>
				))}
				<Text dimColor>{fit(listInfo, Math.max(0, width - countsWidth), 'right')}</Text>
			</Text>
			<Banner snapshot={snapshot} now={now} />
		</Box>
	);
}

function Banner({snapshot, now}: {snapshot: StoreSnapshot; now: number}) {
	const paint = usePaint();
	if (snapshot.error) {
		const {message, retryAt, refused} = snapshot.error;
		const retry = refused
			? 'polling stopped so the account is not locked, ctrl+r tries again'
			: snapshot.paused
			? 'polling paused, p resumes'
			: retryAt === undefined
				? ''
				: `retry in ${Math.max(0, Math.ceil((retryAt - now) / 1000))}s`;
		const kept = snapshot.updatedAt === undefined ? 'no data yet' : `showing data from ${clock(snapshot.updatedAt)}`;
		return (
			<Text wrap="truncate-end" color={paint('red')} bold>
				{/* The countdown first: at 80 columns the end of a long message is what gets cut. */}
				{`⚠ ${[retry, printableLine(message), kept, 'x full text'].filter(Boolean).join(' · ')}`}
			</Text>
		);
	}

	if (snapshot.paused) {
		return (
			<Text wrap="truncate-end" color={paint('yellow')} bold>
				⏸ paused: the list is not updated · p resumes · ctrl+r refreshes once
			</Text>
		);
	}

	return null;
}

/** The banner takes a line only when there is something to say. */
export function headerHeight(snapshot: StoreSnapshot): number {
	return snapshot.error || snapshot.paused ? 3 : 2;
}
