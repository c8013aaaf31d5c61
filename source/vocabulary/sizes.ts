// The words for resources: memory and disk in MB or GB as Mesos counts them, CPUs as a short number.
import {formatMegabytes} from '../jobs/units.js';

export {formatMegabytes};

/** 4 → "4", 0.5 → "0.5", 2.25 → "2.3": a CPU share short enough for a column. */
export function formatCpus(cpus: number): string {
	return Number.isInteger(cpus) ? String(cpus) : String(Number(cpus.toFixed(1)));
}

/** "1 GPU", "2 GPUs", "0.5 CPUs": a count with its noun. */
export function countOf(count: number, word: string, words = `${word}s`): string {
	return `${count} ${count === 1 ? word : words}`;
}

/** Sizes of files (job output): 0 B, 812 B, 14 KB, 3.2 MB, 1.5 GB, in powers of 1024. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}

	const rounded = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
	return `${rounded} ${units[unit]}`;
}
