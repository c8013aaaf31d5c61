// Field-by-field differences between two versions of a job, so a user confirms exactly what changes.

export interface FieldChange {
	/** Dotted path, e.g. `container.volumes.0.mode`. */
	path: string;
	/** JSON text of the old value; undefined when the field is new. */
	before?: string;
	/** JSON text of the new value; undefined when the field was removed. */
	after?: string;
}

function flatten(value: unknown, path: string, into: Map<string, string>): void {
	if (Array.isArray(value)) {
		if (value.length === 0) {
			into.set(path, '[]');
		}

		value.forEach((item, index) => {
			flatten(item, path ? `${path}.${index}` : String(index), into);
		});
		return;
	}

	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
		if (entries.length === 0) {
			into.set(path, '{}');
		}

		for (const [key, item] of entries) {
			flatten(item, path ? `${path}.${key}` : key, into);
		}

		return;
	}

	if (value !== undefined) {
		into.set(path, JSON.stringify(value));
	}
}

export function diffJobs(before: object, after: object): FieldChange[] {
	const old = new Map<string, string>();
	const next = new Map<string, string>();
	flatten(before, '', old);
	flatten(after, '', next);
	const paths = [...new Set([...old.keys(), ...next.keys()])];
	const changes: FieldChange[] = [];
	for (const path of paths) {
		const was = old.get(path);
		const now = next.get(path);
		if (was !== now) {
			changes.push({path, before: was, after: now});
		}
	}

	return changes;
}

/** `mem: 1024 → 8192`, `description: (added) "x"`, `gpus: 1 → (removed)`. */
export function describeChange(change: FieldChange): string {
	return `${change.path}: ${change.before ?? '(not set)'} → ${change.after ?? '(removed)'}`;
}

/** One field someone else changed on the server while it was being edited here. */
export interface ThreeWayChange {
	path: string;
	/** JSON texts; undefined when the field is not set in that version. */
	startedFrom?: string;
	thereNow?: string;
	yourEdit?: string;
}

/** The fields that changed between `original` and `current`, each with all three versions. */
export function threeWayChanges(original: object, current: object, edit: object): ThreeWayChange[] {
	const yours = new Map<string, string>();
	flatten(edit, '', yours);
	return diffJobs(original, current).map(change => ({
		path: change.path,
		startedFrom: change.before,
		thereNow: change.after,
		yourEdit: yours.get(change.path),
	}));
}

/** `command: started from "a" · there now "b" · your edit "a"`. */
export function describeThreeWay(change: ThreeWayChange): string {
	const shown = (value: string | undefined) => value ?? '(not set)';
	return `${change.path}: started from ${shown(change.startedFrom)} · there now ${shown(change.thereNow)} · your edit ${shown(change.yourEdit)}`;
}
