// What the keys of the output view do. Scrolling up leaves the end and stops following; `G` goes back to it and
// follows again. Searching goes from the first line on screen; `n`/`N` walk the matches and wrap around.
import {findMatches, nextMatch} from '../../logs/log-layout.js';
import type {Status} from '../components/StatusLine.js';
import type {Line} from '../input/line-edit.js';
import type {OutputAction, OutputSearchAction} from './output-keymap.js';
import {outputPosition} from './output-screen.js';
import type {OutputData} from './use-output.js';
import type {OutputStream} from '../../output/index.js';

export interface OutputMode {
	kind: 'output';
	name: string;
	runIndex: number;
	stream: OutputStream;
	wrap: boolean;
	/** First row on screen; undefined: at the end, following. */
	top?: number;
	query: string;
	/** Line of the match gone to last. */
	match?: number;
}

export interface OutputSearchMode {
	kind: 'outputSearch';
	text: Line;
}

export interface OutputKeyContext {
	mode: OutputMode;
	data: OutputData;
	/** Rows of text on screen. */
	textHeight: number;
	replaceTop(mode: OutputMode): void;
	push(mode: OutputSearchMode | {kind: 'help'; of: 'output'; offset: number}): void;
	pop(): void;
	setStatus(status: Status | undefined): void;
	keepOutput(name: string): void;
	support(name: string): void;
}

/** Lines of context kept above a match, so it is not the very first line on screen. */
const matchContext = 2;

export function outputKey(action: OutputAction, context: OutputKeyContext): void {
	const {mode, data} = context;
	const layout = data.layout;
	const here = outputPosition(layout, mode.top, context.textHeight);
	const scrollTo = (top: number) => {
		const last = Math.max(0, (layout?.rowCount ?? 0) - context.textHeight);
		context.replaceTop({...mode, top: top >= last ? undefined : Math.max(0, top)});
	};

	const page = context.textHeight;
	const half = Math.max(1, Math.floor(page / 2));
	switch (action) {
		case 'up': scrollTo(here.top - 1); return;
		case 'down': scrollTo(here.top + 1); return;
		case 'pageUp': scrollTo(here.top - page); return;
		case 'pageDown': scrollTo(here.top + page); return;
		case 'halfUp': scrollTo(here.top - half); return;
		case 'halfDown': scrollTo(here.top + half); return;
		case 'top': context.replaceTop({...mode, top: 0}); return;
		case 'bottom': context.replaceTop({...mode, top: undefined}); return;
		case 'wrap': {
			// Keep the same line at the top when the rows change under it.
			const line = layout && layout.rowCount > 0 ? layout.lineOfRow(here.top) : 0;
			context.replaceTop({...mode, wrap: !mode.wrap, top: mode.top === undefined ? undefined : line});
			context.setStatus({ok: true, message: mode.wrap ? 'Long lines are cut at the edge (w wraps them)' : 'Long lines wrap'});
			return;
		}

		case 'older':
		case 'newer': {
			const count = data.runs?.length ?? 0;
			const runIndex = mode.runIndex + (action === 'older' ? 1 : -1);
			if (runIndex < 0 || runIndex >= count) {
				context.setStatus({ok: true, message: action === 'older' ? 'This is the oldest run with output' : 'This is the newest run'});
				return;
			}

			context.replaceTop({...mode, runIndex, top: undefined, match: undefined});
			return;
		}

		case 'stream': {
			const streams = data.source?.streams ?? [];
			if (streams.length < 2) {
				context.setStatus({ok: true, message: 'Kept output holds stdout and stderr together'});
				return;
			}

			const stream = streams[(streams.indexOf(mode.stream) + 1) % streams.length]!;
			context.replaceTop({...mode, stream, top: undefined, match: undefined});
			return;
		}

		case 'search': context.push({kind: 'outputSearch', text: {text: '', cursor: 0}}); return;
		case 'next':
		case 'previous':
			goToMatch(mode.query, action === 'next' ? 1 : -1, context);
			return;
		case 'keep': context.keepOutput(mode.name); return;
		case 'support': context.support(mode.name); return;
		case 'refresh':
			data.refresh();
			context.setStatus({ok: true, message: 'Reading the output again'});
			return;
		case 'help': context.push({kind: 'help', of: 'output', offset: 0}); return;
		case 'back': context.pop(); return;
	}
}

/** The search prompt's keys; typing itself edits `text`. */
export function outputSearchKey(action: OutputSearchAction, text: string, context: OutputKeyContext): void {
	context.pop();
	if (action === 'cancel' || text === '') {
		return;
	}

	goToMatch(text, 1, context, true);
}

function goToMatch(query: string, direction: 1 | -1, context: OutputKeyContext, fresh = false): void {
	const {mode, data} = context;
	if (query === '') {
		context.setStatus({ok: true, message: 'Nothing to look for: / starts a search'});
		return;
	}

	if (!data.buffer || !data.layout) {
		context.replaceTop({...mode, query, match: undefined});
		return;
	}

	const matches = findMatches(data.buffer, query);
	const here = outputPosition(data.layout, mode.top, context.textHeight);
	// A new search includes the first line on screen; n and N go on from the match they stand on.
	const from = fresh || mode.match === undefined
		? data.layout.lineOfRow(here.top) - (direction === 1 ? 1 : 0)
		: mode.match;
	const match = nextMatch(matches, from, direction);
	if (match === undefined) {
		context.replaceTop({...mode, query, match: undefined});
		context.setStatus({ok: false, message: `"${query}" is not in the output shown`});
		return;
	}

	const wrapped = direction === 1 ? match <= from : match >= from;
	context.replaceTop({...mode, query, match, top: Math.max(0, data.layout.rowOfLine(match) - matchContext)});
	context.setStatus(wrapped && !fresh
		? {ok: true, message: direction === 1 ? 'Search went on from the top' : 'Search went on from the bottom'}
		: undefined);
}
