// The `/` filter being typed; the list above narrows with every key.
import {Box, Text} from 'ink';
import {LineInput} from './LineInput.js';

export function FilterLine({value}: {value: string}) {
	return (
		<Box>
			<Text bold>/</Text>
			<LineInput value={value} placeholder="name, state, image or command" />
		</Box>
	);
}
