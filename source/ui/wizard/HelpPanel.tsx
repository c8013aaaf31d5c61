// The `?` help: every binding of the wizard's keymap, so help and behaviour can never disagree.
import {Box, Text} from 'ink';
import {wizardKeymap} from './keymap.js';

export function HelpPanel() {
	return (
		<Box flexDirection="column">
			<Text bold>Keys in the wizard</Text>
			{wizardKeymap.map(binding => (
				<Text key={binding.action}>
					{binding.keys.join(', ').padEnd(12)} {binding.description}
				</Text>
			))}
			<Text dimColor>esc or ? closes this help</Text>
		</Box>
	);
}
