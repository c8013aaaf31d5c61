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
