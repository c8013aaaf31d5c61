// Whether a job that came again in a full poll is the one already held. Compared in place, field by field:
// serialising both sides allocated the whole list's JSON on every full poll, and keeping each job's JSON for
// the next comparison held as much memory again as the jobs themselves (9 MB with 10,000 jobs).

/** True when two values read from JSON are equal: the same fields with the same values, in any order. */
export function sameDocument(a: unknown, b: unknown): boolean {
	if (a === b) {
		return true;
	}

	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
		return false;
	}

	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((item, index) => sameDocument(item, other[index]));
	}

	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	let fields = 0;
	for (const field in left) {
		if (!Object.hasOwn(left, field)) continue;
		fields++;
		if (!Object.hasOwn(right, field) || !sameDocument(left[field], right[field])) {
			return false;
		}
	}

	for (const field in right) {
		if (Object.hasOwn(right, field)) fields--;
	}

	return fields === 0;
}
