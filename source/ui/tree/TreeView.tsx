// The dependency view (`t`): every listed job under the jobs it waits for, with its state, so a pipeline
// reads at a glance, in the manner of k9s' xray. Filtered, the jobs a match waits for are drawn dim as
// context. Only the lines that fit are rendered.
import {Box, Text} from 'ink';
import {lastRunText, stateLabel, stateText} from '../../vocabulary/index.js';
import {printableLine} from '../../text/printable.js';
import {SelectionBar} from '../components/SelectionBar.js';
import {fit, fitMiddle} from '../table-layout.js';
import {usePaint} from '../theme.js';
import type {TreeLine} from './dependency-tree.js';

export interface TreeViewProps {
	lines: readonly TreeLine[];
	selected: number;
	offset: number;
	height: number;
	width: number;
	now: number;
	emptyText: string;
}

const stateWidth = 11;
const lastRunWidth = 10;

/** "(also after b, c)", "↻ cycle": what a line says besides the name. */
export function treeMarks(line: TreeLine): string {
	const marks: string[] = [];
	if (line.context) {
		marks.push('context: filtered out');
	}

	if (line.cycle) {
		marks.push('↻ cycle: waits for itself');
	}

	if (line.alsoAfter.length > 0) {
		marks.push(`also after ${line.alsoAfter.join(', ')}`);
	}

	if (line.childrenElsewhere) {
		marks.push('children shown above');
	}

	return marks.length > 0 ? ` (${marks.join('; ')})` : '';
}

/**
 * The branches and name, then the marks, in `width` cells: the marks give way first, then the name's middle.
 * Names come from the server: they are shown, never obeyed.
 */
export function treeCell(line: TreeLine, width: number): string {
	const room = width - line.branches.length;
	const name = printableLine(line.row.name);
	const marks = printableLine(treeMarks(line));
	if (name.length + marks.length <= room) {
		return fit(line.branches + name + marks, width);
	}

	if (name.length < room) {
		return line.branches + name + fit(marks, room - name.length);
	}

	return line.branches + fitMiddle(name, Math.max(1, room));
}

export function TreeView({lines, selected, offset, height, width, now, emptyText}: TreeViewProps) {
	const paint = usePaint();
	const slots = Math.max(1, height - 1);
	const showLastRun = width >= 60;
	const nameWidth = Math.max(10, width - 2 - stateWidth - 1 - (showLastRun ? lastRunWidth + 1 : 0));
	const cells = (line: TreeLine) => {
		const lastRun = line.row.job ? lastRunText(line.row.job, now) : '';
		return {
			state: fit(stateText(line.row), stateWidth),
			color: stateLabel(line.row).color,
			rest: ` ${treeCell(line, nameWidth)}${showLastRun ? ` ${fit(lastRun, lastRunWidth)}` : ''}`,
		};
	};

	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate-end">
				{`  ${fit('STATE', stateWidth)} ${fit('JOB, UNDER THE JOBS IT WAITS FOR', nameWidth)}${showLastRun ? ` ${fit('LAST RUN', lastRunWidth)}` : ''}`}
			</Text>
			{lines.length === 0 ? <Text dimColor>{`  ${emptyText}`}</Text> : null}
			{lines.slice(offset, offset + slots).map((line, index) => {
				const {state, color, rest} = cells(line);
				// Lines keep their slot on screen while they stay in view, as the job list's do.
				const slot = (offset + index) % slots;
				if (offset + index === selected) {
					return <SelectionBar key={slot} text={`› ${state}${rest}`} width={width} />;
				}

				// A job drawn only because a match waits for it: dim, marked, and passed over by the cursor.
				if (line.context) {
					return (
						<Box key={slot} height={1} overflowY="hidden">
							<Text dimColor wrap="truncate-end">{`  ${state}${rest}`}</Text>
						</Box>
					);
				}

				return (
					<Box key={slot} height={1} overflowY="hidden">
						<Text wrap="truncate-end">
							{'  '}
							<Text color={paint(color)}>{state}</Text>
							{rest}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
