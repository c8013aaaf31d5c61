// The `/` filter being typed; the list above narrows with every key.
import {Box, Text} from 'ink';
import type {Line} from '../input/line-edit.js';
import {LineInput} from './LineInput.js';

export function FilterLine({line, width}: {line: Line; width: number}) {
	return (
		<Box>
			<Text bold>/</Text>
			<LineInput value={line.text} cursor={line.cursor} width={width - 1} placeholder="name, state, image or command" />
		</Box>
	);
}
