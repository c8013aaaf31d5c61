// Directory completion for volume host paths, read from the local filesystem: on the ReCaS frontend the lustre
// tree is mounted, so what exists here is what the job will see.
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

export interface PathCompletion {
	/** The text after completion (unchanged when nothing fits or several candidates share no longer prefix). */
	completed: string;
	/** Directory names that match what is typed, for showing below the field. */
	candidates: string[];
}

function commonPrefix(names: string[]): string {
	if (names.length === 0) return '';
	let prefix = names[0]!;
	for (const name of names.slice(1)) {
		while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
	}
	return prefix;
}

export function completeDirectory(typed: string): PathCompletion {
	if (!typed.startsWith('/')) return {completed: typed, candidates: []};
	const directory = typed.endsWith('/') ? typed : path.dirname(typed);
	const partial = typed.endsWith('/') ? '' : path.basename(typed);
	let names: string[];
	try {
		names = readdirSync(directory, {withFileTypes: true})
			.filter(entry => entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path.join(directory, entry.name))))
			.map(entry => entry.name)
			.filter(name => name.startsWith(partial) && (partial.startsWith('.') || !name.startsWith('.')))
			.sort();
	} catch {
		return {completed: typed, candidates: []};
	}

	const base = directory.endsWith('/') ? directory : `${directory}/`;
	if (names.length === 1) return {completed: `${base}${names[0]}/`, candidates: names};
	const prefix = commonPrefix(names);
	return {completed: prefix.length > partial.length ? `${base}${prefix}` : typed, candidates: names};
}

export function isDirectory(candidate: string): boolean {
	try {
		return statSync(candidate).isDirectory();
	} catch {
		return false;
	}
}
