// Summaries for Chronos 2.x, built from the job list and graph/csv.
import {describe, expect, it} from 'vitest';
import {parseGraphCsv, summariesFromGraph} from '../../source/chronos/graph-csv.js';

const csv = [
	'node,alice-prepare,success,idle',
	'node,alice-train,failure,2 running',
	'node,alice-eval,fresh,queued',
	'link,alice-prepare,alice-train',
	'link,alice-train,alice-eval',
	'link,alice-prepare,alice-eval',
	'',
].join('\n');

describe('graph/csv', () => {
	it('reads nodes and links', () => {
		const graph = parseGraphCsv(csv);
		expect(graph.nodes.get('alice-train')).toEqual({status: 'failure', state: '2 running'});
		expect(graph.parents.get('alice-eval')).toEqual(['alice-train', 'alice-prepare']);
	});

	it('builds the same summary shape as 3.x', () => {
		const summaries = summariesFromGraph(
			[
				{name: 'alice-prepare', command: 'x', schedule: 'R1//P1Y'},
				{name: 'alice-train', command: 'x', parents: ['alice-prepare'], disabled: true},
				{name: 'alice-eval', command: 'x', parents: ['alice-train', 'alice-prepare']},
				{name: 'alice-new', command: 'x', schedule: 'R/2030-01-01T00:00:00Z/P1D', lastSuccess: '2026-01-01T00:00:00Z', lastError: '2026-01-02T00:00:00Z'},
			],
			parseGraphCsv(csv),
		);
		expect(summaries).toEqual([
			{name: 'alice-prepare', status: 'success', state: 'idle', schedule: 'R1//P1Y', parents: [], disabled: false},
			{name: 'alice-train', status: 'failure', state: '2 running', schedule: '', parents: ['alice-prepare'], disabled: true},
			{name: 'alice-eval', status: 'fresh', state: 'queued', schedule: '', parents: ['alice-train', 'alice-prepare'], disabled: false},
			{name: 'alice-new', status: 'failure', state: 'idle', schedule: 'R/2030-01-01T00:00:00Z/P1D', parents: [], disabled: false},
		]);
	});

	it('skips lines it does not understand', () => {
		const graph = parseGraphCsv('garbage\nnode\nlink,only-one\nnode,alice-a,SUCCESS\n');
		expect([...graph.nodes.keys()]).toEqual(['alice-a']);
		expect(summariesFromGraph([{name: 'alice-a', command: 'x'}], graph)[0]).toMatchObject({status: 'success', state: 'idle'});
	});
});
