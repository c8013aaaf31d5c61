// `--timeout 90`, `--timeout 30s`, `--timeout 10m`, `--timeout 2h30m`: a length of time on the command line.
import {UsageError} from './errors.js';

const unitMs: Record<string, number> = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000};

/** Milliseconds, or a usage error that shows what is accepted. */
export function durationFlag(text: string | undefined, flag: string, usage: string): number | undefined {
	if (text === undefined) {
		return undefined;
	}
	const trimmed = text.trim().toLowerCase();
	if (/^\d+(\.\d+)?$/.test(trimmed)) {
		return Number(trimmed) * 1000;
	}
	const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)];
	if (parts.length === 0 || parts.map((part) => part[0]).join('') !== trimmed) {
		throw new UsageError(`${flag} must be a length of time such as 90 (seconds), 30s, 10m or 2h30m, not '${text}'`, usage);
	}
	return parts.reduce((total, part) => total + Number(part[1]) * unitMs[part[2]!]!, 0);
}
