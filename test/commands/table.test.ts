// Tables fit the width they are given: a narrow terminal loses the least important columns and shortens
// long values with an ellipsis, but always keeps the job name first.
import {describe, expect, test} from 'vitest';
import {renderTable, type Column} from '../../source/commands/table.js';
import type {Palette} from '../../source/commands/io.js';

const plain: Palette = {bold: (t) => t, dim: (t) => t, red: (t) => t, green: (t) => t, yellow: (t) => t, cyan: (t) => t};

interface Row {
	name: string;
	state: string;
	status: string;
	schedule: string;
	mem: string;
}

const columns: Array<Column<Row>> = [
	{header: 'NAME', value: (row) => row.name, flexible: true, minWidth: 16, priority: 10},
	{header: 'STATE', value: (row) => row.state, priority: 9},
	{header: 'STATUS', value: (row) => row.status, priority: 8},
	{header: 'SCHEDULE', value: (row) => row.schedule, flexible: true, minWidth: 10, priority: 5},
	{header: 'MEM', value: (row) => row.mem, align: 'right', priority: 4},
];

const rows: Row[] = [
	{name: 'alice-resnet50-imagenet-training', state: 'running', status: 'failure', schedule: 'after alice-prepare-imagenet-shards', mem: '64 GB'},
	{name: 'alice-eval', state: 'idle', status: 'fresh', schedule: 'once, now', mem: '512 MB'},
];

describe('renderTable', () => {
	test('everything fits on a wide terminal, numbers right-aligned', () => {
		const lines = renderTable(columns, rows, 120, plain);
		expect(lines[0]).toMatch(/^NAME\s+STATE\s+STATUS\s+SCHEDULE\s+MEM$/);
		expect(lines[1]).toContain('after alice-prepare-imagenet-shards');
		expect(lines[1]!.endsWith(' 64 GB')).toBe(true);
		expect(lines[2]!.endsWith('512 MB')).toBe(true);
	});

	test('the schedule shrinks before anything is dropped', () => {
		const lines = renderTable(columns, rows, 85, plain);
		expect(lines.every((line) => line.length <= 85)).toBe(true);
		expect(lines[0]).toContain('MEM');
		expect(lines[1]).toContain('alice-resnet50-imagenet-training');
		expect(lines[1]).toContain('…');
	});

	test('a narrow terminal drops the least important columns and keeps whole names', () => {
		const lines = renderTable(columns, rows, 60, plain);
		expect(lines.every((line) => line.length <= 60)).toBe(true);
		expect(lines[0]).not.toContain('MEM');
		expect(lines[1]).toContain('alice-resnet50-imagenet-training');
	});

	test('a very narrow terminal shortens the name rather than overflowing', () => {
		const lines = renderTable(columns, rows, 40, plain);
		expect(lines.every((line) => line.length <= 40)).toBe(true);
		expect(lines[1]!.startsWith('alice-resnet50-imag')).toBe(true);
		expect(lines[1]).toContain('…');
	});
});
