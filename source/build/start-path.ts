// Which modules a launch evaluates before the dashboard's first frame, read from esbuild's metafile. In the
// one-file bundle a module reached only through `await import()` is wrapped and evaluated when that import
// runs; everything reached through static imports from the start is evaluated up front. So the start path
// is the static-import closure of the entry and of the modules the dashboard imports before drawing.

/** The part of esbuild's metafile this reads: each input and the imports in it. */
export interface ImportGraph {
	inputs: Record<string, {imports: ReadonlyArray<{path: string; kind: string; external?: boolean}>}>;
}

/** Every module evaluated at start, each with the module that first imports it (undefined for a root). */
export function staticClosure(graph: ImportGraph, roots: readonly string[]): Map<string, string | undefined> {
	const importedBy = new Map<string, string | undefined>();
	const pending: Array<[string, string | undefined]> = roots.map(root => [root, undefined]);
	for (let next = pending.shift(); next; next = pending.shift()) {
		const [path, importer] = next;
		if (importedBy.has(path)) continue;
		importedBy.set(path, importer);
		for (const imported of graph.inputs[path]?.imports ?? []) {
			if (imported.kind !== 'dynamic-import' && !imported.external) pending.push([imported.path, path]);
		}
	}
	return importedBy;
}

/** How a module got onto the start path: the chain of static imports from a root to it. */
export function importChain(closure: ReadonlyMap<string, string | undefined>, path: string): string[] {
	const chain = [path];
	for (let importer = closure.get(path); importer !== undefined; importer = closure.get(importer)) chain.unshift(importer);
	return chain;
}
