// Images worth offering: those the user's jobs already run (most likely right) and the site registry.
import {Box, Text} from 'ink';
import type {ClusterProfile} from '../../../jobs/profile.js';
import type {ChronosJob} from '../../../jobs/types.js';
import {printableLine} from '../../../text/printable.js';

export function imageSuggestions(jobs: ChronosJob[] | undefined, profile: ClusterProfile, query: string): string[] {
	const used = new Map<string, number>();
	for (const job of jobs ?? []) {
		const image = job.container?.image?.trim();
		if (image) used.set(image, (used.get(image) ?? 0) + 1);
	}

	const byUse = [...used.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([image]) => image);
	const all = [...byUse, `${profile.imageRegistry}/`];
	const wanted = query.trim().toLowerCase();
	return all.filter(image => image.toLowerCase().includes(wanted) && image !== query.trim()).slice(0, 6);
}

export function ImageSuggestions({suggestions, selected}: {suggestions: string[]; selected?: number}) {
	if (suggestions.length === 0) return undefined;
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text dimColor>Suggestions (↑/↓ to fill in):</Text>
			{suggestions.map((image, index) => (
				<Text key={image} color={index === selected ? 'cyan' : undefined} wrap="truncate-middle">
					{index === selected ? '›' : ' '} {printableLine(image)}
				</Text>
			))}
		</Box>
	);
}
