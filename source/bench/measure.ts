// Timing helpers and the shape of one measured figure with its goal. Figures are wall-clock on this
// machine; each names its unit and whether smaller or larger is better, so the table can say "met".
import {performance} from 'node:perf_hooks';

export interface Figure {
	/** What was measured, as a user would put it. */
	name: string;
	value: number;
	unit: 'ms' | 'jobs/s' | 'MB' | 'jobs' | '×' | 'B/s';
	/** The value must stay at or below (`max`) or at or above (`min`) this; no goal = reported only. */
	goal?: {max: number} | {min: number};
	/** How it was measured (sample count, percentile), shown beside the figure. */
	note?: string;
}

/** Starts the line on which a benchmark child process reports its figures as JSON. */
export const figuresMarker = 'chronos-tui-bench-figures ';

export function meetsGoal(figure: Figure): boolean | undefined {
	if (!figure.goal) return undefined;
	return 'max' in figure.goal ? figure.value <= figure.goal.max : figure.value >= figure.goal.min;
}

export function percentile(samples: readonly number[], fraction: number): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[index]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Milliseconds one call takes. */
export async function timeOnce<T>(action: () => Promise<T> | T): Promise<{ms: number; result: T}> {
	const started = performance.now();
	const result = await action();
	return {ms: performance.now() - started, result};
}

/** Runs the action `count` times after `warmup` unmeasured runs; returns each run's milliseconds. */
export async function timeRepeated(action: () => Promise<unknown> | unknown, count: number, warmup = 2): Promise<number[]> {
	for (let index = 0; index < warmup; index++) await action();
	const samples: number[] = [];
	for (let index = 0; index < count; index++) {
		const started = performance.now();
		await action();
		samples.push(performance.now() - started);
	}
	return samples;
}

export function residentMegabytes(): number {
	return process.memoryUsage().rss / (1024 * 1024);
}

function formatValue(figure: Figure): string {
	const digits = figure.value >= 100 ? 0 : figure.value >= 10 ? 1 : 2;
	return `${figure.value.toLocaleString('en-GB', {maximumFractionDigits: digits, minimumFractionDigits: digits})} ${figure.unit}`;
}

function formatGoal(figure: Figure): string {
	if (!figure.goal) return '';
	const sign = 'max' in figure.goal ? '<=' : '>=';
	const bound = 'max' in figure.goal ? figure.goal.max : figure.goal.min;
	return `${sign} ${bound.toLocaleString('en-GB')} ${figure.unit}`;
}

/** The figures as an aligned text table: measured value, goal, whether it was met, how it was measured. */
export function formatTable(figures: readonly Figure[]): string {
	const rows = figures.map(figure => {
		const met = meetsGoal(figure);
		return [figure.name, formatValue(figure), formatGoal(figure), met === undefined ? '' : met ? 'ok' : 'MISSED', figure.note ?? ''];
	});
	const header = ['measurement', 'value', 'goal', 'result', 'how'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map(width => '-'.repeat(width))), ...rows.map(row => line(row))].join('\n');
}
