import {describe, expect, it} from 'vitest';
import type {JobRow} from '../../source/store/types.js';
import {chooseSort, rememberingVisibleRows, visibleRows, type ListQuery, type SortKey} from '../../source/ui/list-model.js';
import {fit, fitMiddle, layoutColumns, shownName} from '../../source/ui/table-layout.js';
import {copyToClipboard, osc52Sequence} from '../../source/ui/osc52.js';
import {describeChange, diffJobs} from '../../source/ui/edit/job-diff.js';

function row(name: string, change: Partial<JobRow> = {}): JobRow {
	return {name, status: 'fresh', state: 'idle', schedule: 'R1//P1Y', parents: [], disabled: false, ...change};
}

const lastRuns: Record<string, string | undefined> = {
	hourly: '2026-11-25T11:30:00Z',
	done: '2026-11-24T09:00:00Z',
	'in-ten': '2026-11-24T08:00:00Z',
};

const rows: JobRow[] = [
	row('bob-b', {state: 'running', job: {name: 'bob-b', command: 'x', gpus: 2, mem: 4096, owner: 'bob'}}),
	row('alice-a', {status: 'failure', job: {name: 'alice-a', command: 'python train.py', gpus: 1, mem: 8192}}),
	row('alice-c', {status: 'success', state: 'queued', job: {name: 'alice-c', command: 'x', gpus: 4, mem: 1024}}),
];

describe('list model', () => {
	it('filters by name, state and command and counts shown/total', () => {
		const query = {filter: 'alice', sort: {key: 'name' as const, reversed: false}, scope: 'all' as const, user: 'alice'};
		expect(visibleRows(rows, query)).toMatchObject({total: 3, rows: [{name: 'alice-a'}, {name: 'alice-c'}]});
		expect(visibleRows(rows, {...query, filter: 'RUNNING'}).rows.map(r => r.name)).toEqual(['bob-b']);
		expect(visibleRows(rows, {...query, filter: 'train.py'}).rows.map(r => r.name)).toEqual(['alice-a']);
	});

	it('sorts by each column, with the name breaking ties', () => {
		const query = {filter: '', scope: 'all' as const, user: 'alice'};
		const names = (key: SortKey, reversed = false) => visibleRows(rows, {...query, sort: {key, reversed}}).rows.map(r => r.name);
		expect(names('state')).toEqual(['bob-b', 'alice-c', 'alice-a']);
		expect(names('gpus')).toEqual(['alice-c', 'bob-b', 'alice-a']);
		expect(names('mem')).toEqual(['alice-a', 'bob-b', 'alice-c']);
		expect(names('name', true)).toEqual(['bob-b', 'alice-c', 'alice-a']);
		expect(names('gpus', true)).toEqual(['alice-a', 'bob-b', 'alice-c']);
	});

	it('reverses a sort when its column is picked again, and starts another column in its natural order', () => {
		const byName = {key: 'name' as const, reversed: false};
		expect(chooseSort(byName, 'name')).toEqual({key: 'name', reversed: true});
		expect(chooseSort(chooseSort(byName, 'name'), 'name')).toEqual(byName);
		expect(chooseSort({key: 'name', reversed: true}, 'lastRun')).toEqual({key: 'lastRun', reversed: false});
	});

	it('sorts by next run, soonest first and jobs with none coming last, and by last run, latest first', () => {
		const now = Date.parse('2026-11-25T12:00:00Z');
		const timed: JobRow[] = [
			row('hourly', {schedule: 'R/2026-11-25T10:30:00.000Z/PT1H'}),
			row('after-x', {schedule: '', parents: ['x']}),
			row('tomorrow', {schedule: 'R1/2026-11-26T09:00:00.000Z/P1D'}),
			row('done', {schedule: 'R0/2026-11-20T09:00:00.000Z/P1D'}),
			row('in-ten', {schedule: 'R/2026-11-25T12:10:00.000Z/P1D'}),
		].map(candidate => ({...candidate, job: {name: candidate.name, command: 'x', lastSuccess: lastRuns[candidate.name]}}));
		const query = {filter: '', scope: 'all' as const, user: 'alice', now};
		const order = (key: SortKey, reversed = false) => visibleRows(timed, {...query, sort: {key, reversed}}).rows.map(r => r.name);
		expect(order('nextRun')).toEqual(['in-ten', 'hourly', 'tomorrow', 'after-x', 'done']);
		expect(order('nextRun', true)).toEqual(['done', 'after-x', 'tomorrow', 'hourly', 'in-ten']);
		expect(order('lastRun')).toEqual(['hourly', 'done', 'in-ten', 'after-x', 'tomorrow']);
	});

	it("toggles between the user's jobs and all jobs", () => {
		const mine = visibleRows(rows, {filter: '', sort: {key: 'name', reversed: false}, scope: 'mine', user: 'bob'});
		expect(mine).toMatchObject({total: 1, rows: [{name: 'bob-b'}]});
	});

	it('shows, while a filter is typed, deleted and retyped and polls change the jobs, what a fresh look would show', () => {
		const polled = rows.map(candidate => (candidate.name === 'alice-c' ? {...candidate, state: 'running'} : candidate));
		const grown = [...polled, row('alice-run-new', {job: {name: 'alice-run-new', command: 'python run.py'}})];
		const name = {key: 'name' as const, reversed: false};
		const steps: Array<[readonly JobRow[], Partial<ListQuery>]> = [
			[rows, {filter: ''}],
			[rows, {filter: 'a'}],
			[rows, {filter: 'al'}],
			[rows, {filter: 'ali '}],
			[polled, {filter: 'run'}],
			[polled, {filter: 'runn'}],
			[polled, {filter: 'run'}],
			[grown, {filter: 'runn'}],
			[grown, {filter: 'ru'}],
			[grown, {filter: 'RU', sort: {key: 'state', reversed: false}}],
			[grown, {filter: 'RUN', sort: {key: 'state', reversed: true}}],
			[grown, {filter: 'RUN', scope: 'mine', user: 'bob'}],
			[grown, {filter: ''}],
		];
		const remembering = rememberingVisibleRows();
		for (const [candidates, change] of steps) {
			const query: ListQuery = {filter: '', sort: name, scope: 'all', user: 'alice', ...change};
			const names = (listed: {rows: readonly JobRow[]; total: number}) => ({total: listed.total, names: listed.rows.map(listedRow => listedRow.name)});
			expect(names(remembering(candidates, query)), JSON.stringify(change)).toEqual(names(visibleRows(candidates, query)));
		}
	});
});

describe('table layout', () => {
	it('fits the columns into 80 columns, dropping the least useful first', () => {
		const columns = layoutColumns(78, 22);
		const used = columns.reduce((sum, column) => sum + column.width, 0) + columns.length - 1;
		expect(used).toBeLessThanOrEqual(78);
		expect(columns.map(column => column.id)).toEqual(expect.arrayContaining(['state', 'name', 'gpus', 'mem', 'lastRun', 'schedule']));
		expect(columns.find(column => column.id === 'name')!.width).toBeGreaterThanOrEqual(22);
	});

	it('gives the name column room before the others, up to half the width', () => {
		const name = (columns: ReturnType<typeof layoutColumns>) => columns.find(column => column.id === 'name')!;
		expect(name(layoutColumns(78, 32)).width).toBeGreaterThanOrEqual(32);
		expect(layoutColumns(78, 32).map(column => column.id)).toEqual(expect.arrayContaining(['state', 'name', 'gpus', 'mem', 'lastRun']));
		expect(name(layoutColumns(78, 70)).width).toBeGreaterThanOrEqual(39);
		expect(layoutColumns(78, 70).map(column => column.id)).toEqual(expect.arrayContaining(['gpus', 'lastRun']));
		expect(name(layoutColumns(98, 32)).width).toBeGreaterThanOrEqual(32);
		expect(layoutColumns(78, 20, 'alice-').find(column => column.id === 'name')!.title).toBe('NAME (alice-…)');
	});

	it('cuts a long name in the middle, keeping its end', () => {
		expect(fitMiddle('alice-resnet50-imagenet-sweep-03', 22)).toBe('alice-re…enet-sweep-03');
		expect(fitMiddle('alice-short', 14)).toBe('alice-short   ');
		expect(shownName('alice-train', 'alice-')).toBe('train');
		expect(shownName('bob-train', 'alice-')).toBe('bob-train');
		expect(shownName('alice-', 'alice-')).toBe('alice-');
	});

	it('shows every column on a wide terminal', () => {
		expect(layoutColumns(198).map(column => column.id)).toEqual(['state', 'name', 'result', 'schedule', 'gpus', 'cpus', 'mem', 'lastRun']);
	});

	it('cuts long text with an ellipsis and pads short text', () => {
		expect(fit('abcdef', 4)).toBe('abc…');
		expect(fit('ab', 4)).toBe('ab  ');
		expect(fit('ab', 4, 'right')).toBe('  ab');
	});
});

describe('OSC 52 copy', () => {
	it('encodes the text in base64', () => {
		expect(osc52Sequence('{"a":1}', {})).toBe(`\u001B]52;c;${Buffer.from('{"a":1}').toString('base64')}\u0007`);
	});

	it('sends the plain sequence inside tmux, whose set-clipboard takes it (passthrough is off by default)', () => {
		expect(osc52Sequence('x', {TMUX: '/tmp/tmux-1000/default,1,0'})).toBe(`\u001B]52;c;${Buffer.from('x').toString('base64')}\u0007`);
	});

	it('says what was done: the tmux paste buffer, or only the sequence when tmux refused the buffer', () => {
		const written: string[] = [];
		const inTmux = {write: (text: string) => written.push(text), env: {TMUX: '/tmp/t,1,0'}};
		expect(copyToClipboard('x', {...inTmux, tmuxBuffer: () => ({loaded: true, clipboard: true})})).toContain("in tmux's paste buffer");
		expect(copyToClipboard('x', {...inTmux, tmuxBuffer: () => ({loaded: false, clipboard: false, error: 'no server'})}))
			.toBe('sent as OSC 52, which reaches your clipboard only with tmux set-clipboard on (tmux load-buffer failed: no server)');
		expect(copyToClipboard('x', {write: text => written.push(text), env: {}})).toContain('OSC 52');
		expect(written).toHaveLength(3);
	});
});

describe('field diff', () => {
	it('lists changed, added and removed fields by path', () => {
		const changes = diffJobs(
			{name: 'a', mem: 1024, container: {type: 'mesos', volumes: [{mode: 'RW'}]}, description: 'x'},
			{name: 'a', mem: 8192, container: {type: 'mesos', volumes: [{mode: 'RO'}]}, gpus: 1},
		);
		expect(changes.map(describeChange)).toEqual([
			'mem: 1024 → 8192',
			'container.volumes.0.mode: "RW" → "RO"',
			'description: "x" → (removed)',
			'gpus: (not set) → 1',
		]);
	});
});

describe('wrapping long detail values', () => {
	it('breaks at spaces and indents the continuation under the value', async () => {
		const {wrapText} = await import('../../source/ui/wrap-text.js');
		const line = `  command          ${'python3 train.py --epochs 90 '.repeat(4).trim()}`;
		const pieces = wrapText(line, 60, 19);
		expect(pieces.length).toBeGreaterThan(1);
		for (const piece of pieces) {
			expect(piece.length).toBeLessThanOrEqual(60);
		}

		expect(pieces.slice(1).every(piece => piece.startsWith(' '.repeat(19)) && piece[19] !== ' ')).toBe(true);
		expect(pieces.map(piece => piece.trim()).join(' ')).toBe(line.trim());
	});

	it('cuts a long word with no spaces at the width', async () => {
		const {wrapText} = await import('../../source/ui/wrap-text.js');
		const pieces = wrapText(`  image            ${'x'.repeat(100)}`, 60, 19);
		expect(pieces.every(piece => piece.length <= 60)).toBe(true);
		expect(pieces.join('').replaceAll(' ', '').length).toBe('image'.length + 100);
	});
});
