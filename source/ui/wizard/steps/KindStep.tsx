// Step 2: a job either runs on a schedule (once being the common case) or after other jobs succeed.
import {Box, Text} from 'ink';
import {ChoiceList} from '../../components/ChoiceList.js';
import type {JobKind} from '../draft.js';

const kinds: Array<{label: string; value: JobKind}> = [
	{label: 'Run once, as soon as possible (or at a time you pick)', value: 'once'},
	{label: 'Repeat on a schedule (every hour, day, week...)', value: 'schedule'},
	{label: 'Run after other jobs succeed (parents)', value: 'dependent'},
];

export function KindStep({kind, onChoose}: {kind: JobKind; onChoose(kind: JobKind): void}) {
	return (
		<Box flexDirection="column">
			<Text bold>When should the job run?</Text>
			<ChoiceList
				items={kinds.map(item => ({key: item.value, ...item}))}
				initialIndex={Math.max(0, kinds.findIndex(item => item.value === kind))}
				onSelect={item => onChoose(item.value)}
			/>
		</Box>
	);
}
