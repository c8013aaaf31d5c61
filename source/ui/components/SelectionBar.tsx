// The selected line of a list: one inverse-video bar across the whole terminal, as in htop and k9s. Inverse
// is an attribute, not a colour, so the bar shows with NO_COLOR and on a monochrome terminal too. The bar
// holds plain text: colours inside it would turn into painted backgrounds, and every coloured cell also
// carries a word or symbol that still says what the colour said.
import {Box, Text} from 'ink';
import {fit} from '../table-layout.js';

export function SelectionBar({text, width}: {text: string; width: number}) {
	return (
		<Box height={1} overflowY="hidden">
			<Text wrap="truncate-end" bold inverse>{fit(text, Math.max(1, width))}</Text>
		</Box>
	);
}
