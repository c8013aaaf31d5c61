// `l`: what the job printed. A title (job, run, stream, following or not, position), a note (where the text
// comes from, or why there is none, or what of it is not shown), then the text: the last page first, moving
// along while the job runs. Search matches are marked; escape sequences in the text arrive already made
// visible by the buffer.
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {OutputStream} from '../../output/index.js';
import {usePaint} from '../theme.js';
import {wrapText} from '../wrap-text.js';
import {outputNote, outputPosition, outputTextHeight} from './output-screen.js';
import type {OutputData} from './use-output.js';

export interface OutputViewProps {
	name: string;
	data: OutputData;
	live: boolean;
	stream: OutputStream;
	wrap: boolean;
	top?: number;
	query: string;
	/** Lines that hold the query. */
	matches: readonly number[];
	/** The match the user went to last. */
	match?: number;
	height: number;
	width: number;
}

export function OutputView(props: OutputViewProps) {
	const paint = usePaint();
	const {data} = props;
	const textHeight = outputTextHeight(props.height);
	data.layout?.update(props.width, props.wrap);
	const position = outputPosition(data.layout, props.top, textHeight);
	const note = outputNote(data, props.live);
	const matched = new Set(props.matches);
	if (!data.source && data.reason) {
		return <NotKept name={props.name} reason={data.reason} height={props.height} width={props.width} />;
	}

	return (
		<Box flexDirection="column" height={props.height}>
			<Text wrap="truncate-end">
				<Text bold>{props.name}</Text>
				<Text dimColor>{`  ${titleParts(props, position).join('  ')}`}</Text>
			</Text>
			<Text wrap="truncate-end" dimColor={!note.problem} color={note.problem ? paint('red') : undefined}>
				{note.problem ? `✗ ${note.text}` : note.text}
			</Text>
			<Box flexDirection="column" height={textHeight} overflow="hidden">
				{position.rows.map((row, index) => (
					// Rows have no identity beyond their place on screen.
					<Text key={index} wrap="truncate-end">
						{matched.has(row.line) ? highlight(row.text, props.query, row.line === props.match) : row.text || ' '}
					</Text>
				))}
			</Box>
		</Box>
	);
}

/** Where the output went instead, in full, and the two ways forward. */
function NotKept({name, reason, height, width}: {name: string; reason: string; height: number; width: number}) {
	const lines = [
		...wrapText(reason, width, 0),
		'',
		'K  keep its output from the next run on (the change is shown for review before Chronos gets it)',
		'S  write a support request about the job, as the site asks for it',
	];
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end"><Text bold>{name}</Text><Text dimColor>  output</Text></Text>
			<Text dimColor wrap="truncate-end">Its output is not kept where this program can read it</Text>
			<Box flexDirection="column" height={outputTextHeight(height)} overflow="hidden">
				{lines.map((line, index) => <Text key={index} wrap="truncate-end">{line || ' '}</Text>)}
			</Box>
		</Box>
	);
}

function titleParts(props: OutputViewProps, position: {top: number; atEnd: boolean}): string[] {
	const {data} = props;
	const parts: string[] = [];
	if (data.run && data.runs) {
		const index = data.runs.indexOf(data.run);
		parts.push(`run ${data.run.label} (${index + 1} of ${data.runs.length}${index === 0 ? ', newest' : ''})`);
	}

	if (data.source && data.source.streams.length > 1) {
		parts.push(data.source.streams.map(stream => (stream === props.stream ? `[${stream}]` : stream)).join(' '));
	}

	const state = data.state?.kind;
	if (state === 'following') {
		parts.push(position.atEnd ? '● following' : '‖ scrolled back (G follows)');
	} else if (state === 'ended') {
		parts.push('■ run ended');
	}

	if (props.query) {
		const at = props.match === undefined ? 0 : props.matches.indexOf(props.match) + 1;
		parts.push(props.matches.length === 0 ? `"${props.query}" not found` : `"${props.query}" ${at}/${props.matches.length}`);
	}

	const total = data.layout?.rowCount ?? 0;
	if (total > outputTextHeight(props.height)) {
		const last = Math.min(total, position.top + outputTextHeight(props.height));
		parts.push(`rows ${position.top + 1}-${last} of ${total}`);
	}

	return parts;
}

/** The row with every occurrence of the query in inverse video; the current match also bold. */
function highlight(text: string, query: string, current: boolean): ReactNode {
	const exact = query !== query.toLowerCase();
	const haystack = exact ? text : text.toLowerCase();
	const pieces: ReactNode[] = [];
	let from = 0;
	for (let at = haystack.indexOf(query); at >= 0 && query !== ''; at = haystack.indexOf(query, at + query.length)) {
		pieces.push(text.slice(from, at), <Text key={at} inverse bold={current}>{text.slice(at, at + query.length)}</Text>);
		from = at + query.length;
	}

	pieces.push(text.slice(from));
	return <Text>{pieces}</Text>;
}
