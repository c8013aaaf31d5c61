// The schedule three ways: the raw ISO 8601 string Chronos reads, the same in words, and the next runs, so a
// user can see that "R5//PT2H" really means what they meant.
import {Box, Text} from 'ink';
import {describeSchedule, nextRuns, parseSchedule} from '../../../jobs/schedule.js';
import {printableLine} from '../../../text/printable.js';

/** '2026-12-01 10:00': three of these fit on one 80-column line. */
function minutes(date: Date): string {
	return date.toISOString().slice(0, 16).replace('T', ' ');
}

export function SchedulePreview({schedule, now}: {schedule: string; now: Date}) {
	const parsed = parseSchedule(schedule);
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text>
				<Text dimColor>Chronos schedule </Text>
				{printableLine(schedule)}
			</Text>
			{parsed.ok ? (
				<>
					<Text>
						<Text dimColor>In words         </Text>
						{describeSchedule(parsed.schedule)}
					</Text>
					<Text>
						<Text dimColor>Next runs (UTC)  </Text>
						{nextRuns(parsed.schedule, 3, now).map(date => minutes(date)).join(' · ') || 'none'}
					</Text>
				</>
			) : (
				<Text color="red">✗ {printableLine(parsed.message)}</Text>
			)}
		</Box>
	);
}
