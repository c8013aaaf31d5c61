// The `/` filter being typed; the list above narrows with every key.
import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';

export function FilterLine({value, onChange}: {value: string; onChange(value: string): void}) {
	return (
		<Box>
			<Text bold>/</Text>
			<TextInput value={value} onChange={onChange} placeholder="name, state, image or command" />
		</Box>
	);
}
