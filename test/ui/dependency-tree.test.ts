import {describe, expect, it} from 'vitest';
import type {JobRow} from '../../source/store/types.js';
import {dependencyTree, type TreeLine} from '../../source/ui/tree/dependency-tree.js';

function row(name: string, parents: string[] = []): JobRow {
	return {name, parents, state: 'idle', status: 'success', disabled: false, schedule: parents.length > 0 ? '' : 'R1//P1D'} as JobRow;
}

const drawn = (lines: TreeLine[]) => lines.map(line => `${line.branches}${line.row.name}${line.cycle ? ' ↻' : ''}${line.alsoAfter.length > 0 ? ` +${line.alsoAfter.join(',')}` : ''}${line.childrenElsewhere ? ' ^' : ''}`);

describe('dependency tree', () => {
	it('draws a pipeline under its root, pipelines before jobs that stand alone', () => {
		const lines = dependencyTree([row('alone'), row('evaluate', ['train']), row('preprocess'), row('report', ['preprocess']), row('train', ['preprocess'])]);
		expect(drawn(lines)).toEqual([
			'preprocess',
			'├─ report',
			'└─ train',
			'   └─ evaluate',
			'alone',
		]);
	});

	it('shows a job with two parents under each, marked, with its children once', () => {
		const lines = dependencyTree([row('a'), row('b'), row('merge', ['a', 'b']), row('after', ['merge'])]);
		expect(drawn(lines)).toEqual([
			'a',
			'└─ merge +b',
			'   └─ after',
			'b',
			'└─ merge +a ^',
		]);
		expect(new Set(lines.map(line => line.key)).size).toBe(lines.length);
		// Where a job first appears its key is its name, so the cursor can be put on it by name.
		expect(lines.findIndex(line => line.key === 'merge')).toBe(1);
	});

	it('cuts cycles where they come back, and still shows jobs that only a cycle reaches', () => {
		const lines = dependencyTree([row('x', ['z']), row('y', ['x']), row('z', ['y']), row('self', ['self'])]);
		expect(drawn(lines)).toEqual([
			'self ↻',
			// Drawn as a root, it still says what it waits for.
			'x +z',
			'└─ y',
			'   └─ z',
			'      └─ x ↻',
		]);
	});

	it('treats parents that are not listed (filtered out, deleted) as absent', () => {
		expect(drawn(dependencyTree([row('train', ['gone']), row('evaluate', ['train'])]))).toEqual(['train', '└─ evaluate']);
	});

	it('filtered, keeps matches in place under the jobs they wait for, as context, and leaves the rest out', () => {
		const rows = [row('alone'), row('evaluate', ['train']), row('preprocess'), row('report', ['preprocess']), row('train', ['preprocess'])];
		const evaluate = dependencyTree(rows, new Set(['evaluate']));
		expect(drawn(evaluate)).toEqual(['preprocess', '└─ train', '   └─ evaluate']);
		expect(evaluate.map(line => line.context)).toEqual([true, true, false]);
		// A match's children that match nothing are left out; a match that is a root is no context.
		const matches = dependencyTree(rows, new Set(['train', 'preprocess']));
		expect(drawn(matches)).toEqual(['preprocess', '└─ train']);
		expect(matches.map(line => line.context)).toEqual([false, false]);
		expect(dependencyTree(rows, new Set())).toEqual([]);
	});

	it('filtered, draws a match with two parents under both, each parent as context', () => {
		const lines = dependencyTree([row('a'), row('b'), row('c'), row('merge', ['a', 'b'])], new Set(['merge']));
		expect(drawn(lines)).toEqual(['a', '└─ merge +b', 'b', '└─ merge +a']);
		expect(lines.map(line => line.context)).toEqual([true, false, true, false]);
	});

	it('keeps the tree as long as the parent links, however they cross', () => {
		const rows = Array.from({length: 30}, (_, index) => row(`j${String(index).padStart(2, '0')}`, Array.from({length: index}, (_, parent) => `j${String(parent).padStart(2, '0')}`)));
		const links = rows.reduce((sum, candidate) => sum + candidate.parents.length, 0);
		expect(dependencyTree(rows).length).toBe(links + 1);
	});
});
