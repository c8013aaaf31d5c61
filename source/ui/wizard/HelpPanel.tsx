// The `?` help: every binding of the keymap of the step on screen, so help and behaviour can never disagree.
// While it is open it takes every key but ctrl+c (which still leaves, asking first).
import {Box, Text} from 'ink';
import {inputPriority, useInputHandler} from '../input/InputLayer.js';
import type {KeyBinding} from '../keymap-types.js';

export function HelpPanel({table, onClose}: {table: ReadonlyArray<KeyBinding>; onClose(): void}) {
	useInputHandler(event => {
		if (event.kind === 'key' && event.stroke.name === 'ctrl+c') return false;
		if (event.kind === 'key' && (event.stroke.name === '?' || event.stroke.name === 'esc')) onClose();
		return true;
	}, {priority: inputPriority.dialog});

	return (
		<Box flexDirection="column">
			<Text bold>Keys in the wizard, on this step</Text>
			{table.map(binding => (
				<Box key={binding.action}>
					<Box width={16} flexShrink={0}>
						<Text>{binding.keys.join(', ')}</Text>
					</Box>
					<Text wrap="wrap">{binding.description}</Text>
				</Box>
			))}
			<Text dimColor>esc or ? closes this help</Text>
		</Box>
	);
}
