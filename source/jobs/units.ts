// Chronos counts memory and disk in megabytes; people think in gigabytes. These two functions translate,
// with binary units (1 GB = 1024 MB) as Mesos and the cluster's documentation use them.

export type MegabytesResult = {ok: true; mb: number} | {ok: false; message: string};

const megabytesPerUnit: Record<string, number> = {
	k: 1 / 1024,
	m: 1,
	g: 1024,
	t: 1024 * 1024,
};

const sizePattern = /^(\d+(?:\.\d*)?|\.\d+)\s*(?:([kmgt])(?:i?b)?)?$/i;

/** '8G' → 8192, '512M' and '512' and 512 → 512, '1.5G' → 1536, '1T' → 1048576. */
export function parseMegabytes(input: string | number): MegabytesResult {
	if (typeof input === 'number') {
		if (!Number.isFinite(input)) {
			return {ok: false, message: `${input} is not a size: give megabytes as a number, or with a unit like 8G`};
		}
		if (input < 0) {
			return {ok: false, message: `${input} is negative: a size is 0 or more megabytes`};
		}
		return {ok: true, mb: input};
	}
	const text = input.trim();
	if (text.startsWith('-')) {
		return {ok: false, message: `'${input}' is negative: a size is 0 or more megabytes`};
	}
	const match = sizePattern.exec(text);
	if (!match) {
		return {
			ok: false,
			message: `'${input}' is not a size: write megabytes (512) or a number with a unit: 512M, 8G, 1.5G, 1T`,
		};
	}
	const [, amount = '0', unit = 'm'] = match;
	const mb = Number(amount) * (megabytesPerUnit[unit.toLowerCase()] ?? 1);
	// Keep whole megabytes whole: 1.5G must be exactly 1536, not 1535.9999.
	return {ok: true, mb: Math.round(mb * 1000) / 1000};
}

function trimNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** 8192 → '8 GB', 512 → '512 MB', 1536 → '1.5 GB', 1048576 → '1 TB'. */
export function formatMegabytes(mb: number): string {
	if (mb >= 1024 * 1024) {
		return `${trimNumber(mb / (1024 * 1024))} TB`;
	}
	if (mb >= 1024) {
		return `${trimNumber(mb / 1024)} GB`;
	}
	return `${trimNumber(mb)} MB`;
}
