// Jobs as a forest under their parents, flattened into the lines of the dependency view: a pipeline
// (preprocess → train → evaluate) reads top to bottom, each child indented under the job it waits for.
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
}

/**
 * Roots are jobs none of whose parents is listed; pipelines (roots with children) come first, then jobs that
 * stand alone, each group by name. A job with several parents appears under each of them, its children
 * only under the first, so the tree stays as long as the list of parent links. Jobs reachable from no root
 * (every one of them in a cycle) start trees of their own, and a cycle is cut where it comes back.
 */
export function dependencyTree(rows: readonly JobRow[]): TreeLine[] {
	const byName = new Map(rows.map(row => [row.name, row]));
	const listedParents = (row: JobRow) => [...new Set(row.parents)].filter(parent => byName.has(parent) && parent !== row.name);
	const children = new Map<string, JobRow[]>();
	for (const row of rows) {
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

	const roots = rows.filter(row => listedParents(row).length === 0);
	const pipelines = roots.filter(row => children.has(row.name)).sort(compareNames);
	const alone = roots.filter(row => !children.has(row.name)).sort(compareNames);
	for (const root of [...pipelines, ...alone]) {
		walk(root, undefined, [], '', true);
	}

	// Whatever no root reaches hangs in a cycle: each such job not yet drawn starts a tree of its own.
	for (const row of [...rows].sort(compareNames)) {
		if (!expanded.has(row.name)) {
			walk(row, undefined, [], '', true);
		}
	}

	return lines;
}

function compareNames(a: JobRow, b: JobRow): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
