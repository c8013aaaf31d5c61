// What the last action did, in one line; failures in red with a pointer to the full text.
import {Text} from 'ink';
import {usePaint} from '../theme.js';
import {printableLine} from '../../text/printable.js';

export interface Status {
	ok: boolean;
	message: string;
	detail?: string;
	/** True while the action is still running. */
	pending?: boolean;
}

/** What the line says before anything has happened: where a new user starts. */
const firstTip = 'enter opens a job · / filters · ? lists every key';

export function StatusLine({status, tip = false}: {status?: Status; tip?: boolean}) {
	const paint = usePaint();
	if (!status) {
		return <Text dimColor wrap="truncate-end">{tip ? firstTip : ' '}</Text>;
	}

	if (status.pending) {
		return <Text wrap="truncate-end" color={paint('yellow')}>{`… ${printableLine(status.message)}`}</Text>;
	}

	const more = !status.ok && status.detail && status.detail.trim() !== status.message.trim() ? ' (x: full text)' : '';
	return (
		<Text wrap="truncate-end" color={status.ok ? paint('green') : paint('red')}>
			{`${status.ok ? '✓' : '✗'} ${printableLine(status.message)}${more}`}
		</Text>
	);
}
