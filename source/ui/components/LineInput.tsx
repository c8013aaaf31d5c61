// One line of text being typed, with a cursor at its end. The keys are handled by the dashboard's single
// input handler (line-editing.ts), so this only draws.
import {Text} from 'ink';

export function LineInput({value, placeholder}: {value: string; placeholder?: string}) {
	if (value === '' && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text dimColor>{placeholder}</Text>
			</Text>
		);
	}

	return (
		<Text>
			{value}
			<Text inverse> </Text>
		</Text>
	);
}
