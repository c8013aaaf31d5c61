// After the editor closes: what is wrong with the file, or exactly which fields change, before anything is sent.
import {Box, Text} from 'ink';
import {ScrollText} from '../components/ScrollText.js';
import {usePaint} from '../theme.js';
import {wrapText} from '../wrap-text.js';
import {describeChange, describeThreeWay} from './job-diff.js';
import type {EditReview} from './review-edit.js';
import {printableLine} from '../../text/printable.js';

export interface ReviewViewProps {
	name: string;
	review: EditReview;
	file: string;
	offset: number;
	height: number;
	width: number;
}

export function reviewLines(review: EditReview, width: number): string[] {
	const lines: string[] = [...conflictLines(review)];
	if (review.problems.length > 0) {
		lines.push(review.errors ? 'Problems (fix them with e, or cancel with esc):' : 'Warnings:');
		lines.push(...review.problems.map(problem => `  ${problem}`));
		lines.push('');
	}

	if (!review.errors) {
		lines.push(review.changes.length === 0 ? 'No field changed.' : `${review.changes.length} field(s) change:`);
		lines.push(...review.changes.map(change => `  ${describeChange(change)}`));
		if (review.historyReset) lines.push('', review.historyReset);
	}

	return lines.flatMap(line => wrapText(printableLine(line), width, 4));
}

function conflictLines({conflict}: EditReview): string[] {
	if (!conflict) {
		return [];
	}

	if (!conflict.current) {
		return ['It was deleted on Chronos while you edited it: u creates it again from your edit.', ''];
	}

	return [
		`It changed on Chronos while you edited it; u replaces what is there now with your edit (e edits again):`,
		...conflict.changes.map(change => `  ${describeThreeWay(change)}`),
		'',
	];
}

export function ReviewView({name: rawName, review, file, offset, height, width}: ReviewViewProps) {
	const name = printableLine(rawName);
	const paint = usePaint();
	const title = review.errors
		? `✗ The edited ${name} cannot be sent yet`
		: review.conflict
			? `⚠ ${name} ${review.conflict.current ? 'changed' : 'was deleted'} on Chronos meanwhile: u update anyway · e edit again · esc cancel`
			: review.changes.length === 0 ? `${name} is unchanged` : `Update ${name} on Chronos with these changes? (u update · esc cancel)`;
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate-end" color={review.errors ? paint('red') : undefined}>{title}</Text>
			<Text dimColor wrap="truncate-end">{`Your edit is kept in ${file}`}</Text>
			<ScrollText lines={reviewLines(review, width)} offset={offset} height={Math.max(1, height - 2)} />
		</Box>
	);
}
