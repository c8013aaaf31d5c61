// One job in full: every field, the schedule in words, parents and children, run statistics, or the job as
// JSON or YAML. The job is read fresh from Chronos when the view opens.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {ChronosJob} from '../../jobs/types.js';
import {jobToJson} from '../../jobs/guide-order.js';
import {ScrollText, scrollPosition} from '../components/ScrollText.js';
import {fit} from '../table-layout.js';
import {usePaint} from '../theme.js';
import {lazyModule, useLazyModule} from '../lazy-module.js';
import {leadingSpaces, wrapText} from '../wrap-text.js';
import {detailLines, type DetailInput} from './detail-lines.js';
import {printableLine} from '../../text/printable.js';

export type DetailFormat = 'fields' | 'json' | 'yaml';
export const detailFormats: readonly DetailFormat[] = ['fields', 'json', 'yaml'];

export interface DetailsViewProps extends DetailInput {
	name: string;
	format: DetailFormat;
	offset: number;
	height: number;
	width: number;
	loading: boolean;
	jobError?: string;
}

const labelWidth = 16;

// The YAML library, needed only when the yaml tab is shown.
const jobFiles = lazyModule(async () => import('../../jobs/io.js'));

/** The lines of the current format, shared by the view and the scrolling keys (which must know the length). */
export function detailsContent(props: Omit<DetailsViewProps, 'offset' | 'height'>, bold: (text: string) => ReactNode): ReactNode[] {
	const job: ChronosJob | undefined = props.job ?? props.row?.job;
	if (props.format !== 'fields') {
		if (!job) {
			return [props.loading ? 'Reading the job from Chronos…' : 'The job could not be read.'];
		}

		const toYaml = jobFiles.loaded?.jobToYaml;
		if (props.format === 'yaml' && !toYaml) {
			return ['Preparing the YAML…'];
		}

		const text = props.format === 'json' || !toYaml ? jobToJson(job) : toYaml(job);
		return text.split('\n').flatMap(line => wrapText(line, props.width, leadingSpaces(line) + 2));
	}

	// Long values (commands, images, paths) wrap under themselves instead of being cut: every character counts.
	const valueIndent = labelWidth + 3;
	return detailLines({...props, job}).flatMap(line => (line.section
		? [bold(line.label)]
		: wrapText(`  ${fit(line.label, labelWidth)} ${line.value}`, props.width, valueIndent)));
}

export function DetailsView(props: DetailsViewProps) {
	const paint = usePaint();
	useLazyModule(jobFiles, props.format === 'yaml');
	const content = detailsContent(props, text => <Text bold color={paint('cyan')}>{text}</Text>);
	const bodyHeight = Math.max(1, props.height - 2);
	const formatTabs = detailFormats.map(format => (format === props.format ? `[${format}]` : format)).join(' ');
	const position = scrollPosition(props.offset, content.length, bodyHeight);
	return (
		<Box flexDirection="column" height={props.height}>
			<Text wrap="truncate-end">
				<Text bold>{printableLine(props.name)}</Text>
				<Text dimColor>{`  ${formatTabs}  ${position}`}</Text>
			</Text>
			<Text wrap="truncate-end" color={paint('red')}>
				{props.jobError ? `✗ ${printableLine(props.jobError)}` : props.loading ? '… reading the job from Chronos' : ' '}
			</Text>
			<ScrollText lines={content} offset={props.offset} height={bodyHeight} />
		</Box>
	);
}
