// Which modules a launch evaluates, read from esbuild's metafile. The program is split into chunks: loading a
// chunk evaluates every module in it, and the chunks it imports statically, before its code runs. A module
// reached only through `await import()` sits in a chunk of its own (or one shared with other such modules)
// that is loaded when that import runs. So what a command evaluates is the static-import closure of the
// chunks of the modules it loads, and a module is on a start path when it is in one of those chunks.

/** The part of esbuild's metafile this reads: each input and output, and the imports in them. */
export interface ImportGraph {
	inputs: Record<string, {imports: ReadonlyArray<{path: string; kind: string; external?: boolean}>}>;
	outputs?: Record<string, {entryPoint?: string; inputs: Record<string, unknown>; imports: ReadonlyArray<{path: string; kind: string; external?: boolean}>}>;
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

/** The output file that holds a module: its own chunk when it is loaded with `await import()`. */
export function chunkOf(graph: ImportGraph, module: string): string {
	const outputs = Object.entries(graph.outputs ?? {}).filter(([path]) => path.endsWith('.js'));
	const found = outputs.find(([, output]) => output.entryPoint === module) ?? outputs.find(([, output]) => module in output.inputs);
	if (!found) throw new Error(`${module} is in no output of the build`);
	return found[0];
}

/**
 * The modules evaluated when `modules` are loaded, each with the chunk that holds it: the chunks of those
 * modules and every chunk they import statically.
 */
export function evaluatedModules(graph: ImportGraph, modules: readonly string[]): Map<string, string> {
	const chunks = new Set<string>();
	const pending = modules.map(module => chunkOf(graph, module));
	for (let chunk = pending.pop(); chunk !== undefined; chunk = pending.pop()) {
		if (chunks.has(chunk)) continue;
		chunks.add(chunk);
		for (const imported of graph.outputs?.[chunk]?.imports ?? []) {
			if (imported.kind === 'import-statement' && !imported.external) pending.push(imported.path);
		}
	}
	const evaluated = new Map<string, string>();
	for (const chunk of chunks) {
		for (const input of Object.keys(graph.outputs?.[chunk]?.inputs ?? {})) evaluated.set(input, chunk);
	}
	return evaluated;
}
