// Jobs as a forest under their parents, flattened into the lines of the dependency view: a pipeline
// (preprocess → train → evaluate) reads top to bottom, each child indented under the job it waits for.
// Filtered, the tree keeps each matching job in its place: the jobs it waits for stay above it as context,
// and whatever matches nothing and leads to nothing that matches is left out.
// Pure: the view draws the lines, the keys move along them.
import type {JobRow} from '../../store/types.js';

export interface TreeLine {
	row: JobRow;
	/**
	 * Unique among the lines: the job's name where it first appears, the names from the root down where it
	 * appears again (under another parent), so the cursor can be put on a job by its name.
	 */
	key: string;
	/** "├─ ", "│  └─ ": the branches drawn before the name. */
	branches: string;
	/** The job waits for more than one listed job: the others are named. */
	alsoAfter: string[];
	/** The job waits for itself, here or through others (a cycle in the parents): where it comes back, it is shown, not followed. */
	cycle: boolean;
	/** The job's children are drawn at another line of the tree (under its first parent). */
	childrenElsewhere: boolean;
	/** The job does not match the filter: it is drawn only because a matching job waits for it, and is never selected. */
	context: boolean;
}

/**
 * Roots are jobs none of whose parents is listed; pipelines (roots with children) come first, then jobs that
 * stand alone, each group by name. A job with several parents appears under each of them, its children
 * only under the first, so the tree stays as long as the list of parent links. Jobs reachable from no root
 * (every one of them in a cycle) start trees of their own, and a cycle is cut where it comes back.
 * With `matching` (the names the list shows), only those jobs and the jobs they wait for are drawn, the
 * latter as context.
 */
export function dependencyTree(rows: readonly JobRow[], matching?: ReadonlySet<string>): TreeLine[] {
	const byName = new Map(rows.map(row => [row.name, row]));
	const listedParents = (row: JobRow) => [...new Set(row.parents)].filter(parent => byName.has(parent) && parent !== row.name);
	const drawnJobs = matching ? withAncestors(matching, byName, listedParents) : undefined;
	const children = new Map<string, JobRow[]>();
	for (const row of rows) {
		if (drawnJobs && !drawnJobs.has(row.name)) {
			continue;
		}

		for (const parent of listedParents(row)) {
			const list = children.get(parent) ?? [];
			list.push(row);
			children.set(parent, list);
		}
	}

	for (const list of children.values()) {
		list.sort(compareNames);
	}

	const lines: TreeLine[] = [];
	const expanded = new Set<string>();
	const drawn = new Set<string>();
	const walk = (row: JobRow, parent: string | undefined, ancestors: string[], lead: string, last: boolean) => {
		const loopsBack = ancestors.includes(row.name);
		const kids = children.get(row.name) ?? [];
		const childrenElsewhere = !loopsBack && expanded.has(row.name) && kids.length > 0;
		lines.push({
			row,
			key: drawn.has(row.name) ? [...ancestors, row.name].join('\u0000') : row.name,
			branches: parent === undefined ? '' : `${lead}${last ? '└─ ' : '├─ '}`,
			alsoAfter: listedParents(row).filter(other => other !== parent),
			cycle: loopsBack || row.parents.includes(row.name),
			childrenElsewhere,
			context: matching !== undefined && !matching.has(row.name),
		});
		drawn.add(row.name);
		if (loopsBack || expanded.has(row.name)) {
			return;
		}

		expanded.add(row.name);
		const childLead = parent === undefined ? '' : `${lead}${last ? '   ' : '│  '}`;
		for (const [index, child] of kids.entries()) {
			walk(child, row.name, [...ancestors, row.name], childLead, index === kids.length - 1);
		}
	};

	const drawable = drawnJobs ? rows.filter(row => drawnJobs.has(row.name)) : rows;
	const roots = drawable.filter(row => listedParents(row).length === 0);
	const pipelines = roots.filter(row => children.has(row.name)).sort(compareNames);
	const alone = roots.filter(row => !children.has(row.name)).sort(compareNames);
	for (const root of [...pipelines, ...alone]) {
		walk(root, undefined, [], '', true);
	}

	// Whatever no root reaches hangs in a cycle: each such job not yet drawn starts a tree of its own.
	for (const row of [...drawable].sort(compareNames)) {
		if (!expanded.has(row.name)) {
			walk(row, undefined, [], '', true);
		}
	}

	return lines;
}

/** The matching jobs and every job they wait for, directly or through others. */
function withAncestors(matching: ReadonlySet<string>, byName: ReadonlyMap<string, JobRow>, parentsOf: (row: JobRow) => string[]): Set<string> {
	const found = new Set<string>();
	const pending = [...matching].filter(name => byName.has(name));
	while (pending.length > 0) {
		const name = pending.pop()!;
		if (found.has(name)) {
			continue;
		}

		found.add(name);
		pending.push(...parentsOf(byName.get(name)!));
	}

	return found;
}

function compareNames(a: JobRow, b: JobRow): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
