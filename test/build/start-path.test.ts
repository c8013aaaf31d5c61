// The first frame must not wait for code it does not use, and a headless command must not load the terminal
// UI. This bundles the program as the build does (split into chunks) and reads esbuild's own record of the
// chunks and imports, so a new static import that drags the wizard, the YAML library, the editor flow, the
// emulator or the JSON Schema onto the dashboard's start path, or ink onto `list`, fails here, naming the
// chunk and the chain of imports that brought it in.
import {build} from 'esbuild';
import {beforeAll, describe, expect, test} from 'vitest';
import {bundleOptions} from '../../source/build/bundle.js';
import {evaluatedModules, importChain, staticClosure, type ImportGraph} from '../../source/build/start-path.js';

// The program's entry, and what the dashboard command loads on its way to the first frame.
const dashboardStart = ['source/program.ts', 'source/commands/dashboard.ts', 'source/ui/run.tsx'];

const notBeforeFirstFrame: Array<[what: string, path: RegExp]> = [
	// services.ts is only the wizard's interface to Chronos (a few lines, no views), handed to the dashboard.
	['the wizard', /^source\/ui\/wizard\/(?!services\.ts$)/],
	['the YAML library', /^node_modules\/yaml\//],
	['the editor flow', /^source\/ui\/edit\/(editor|review-edit)\.ts$/],
	['the emulator', /^source\/emulator\//],
	['the JSON Schema', /^source\/jobs\/json-schema\.ts$/],
];

const terminalUi = /^(node_modules\/(ink|react|react-reconciler|yoga-layout|scheduler)\/|source\/ui\/)/;

// `--version` and `--help` load the program's entry alone; a headless command adds its own module.
const headless: Array<[what: string, modules: string[]]> = [
	['--version and --help', ['source/program.ts']],
	['list', ['source/program.ts', 'source/commands/list.ts']],
	['show', ['source/program.ts', 'source/commands/show.ts']],
	['submit', ['source/program.ts', 'source/commands/submit.ts']],
];

let graph: ImportGraph;

beforeAll(async () => {
	const result = await build({...bundleOptions(), write: false, metafile: true, logLevel: 'silent'});
	graph = result.metafile as ImportGraph;
}, 60_000);

/** Each module of `evaluated` that matches, with its chunk and the static imports that lead to it. */
function offenders(evaluated: ReadonlyMap<string, string>, roots: readonly string[], path: RegExp): string[] {
	const closure = staticClosure(graph, roots);
	return [...evaluated]
		.filter(([module]) => path.test(module))
		.slice(0, 1)
		.map(([module, chunk]) => `${module} in ${chunk}${closure.has(module) ? `, imported: ${importChain(closure, module).join(' -> ')}` : ', a chunk shared with a module that is needed'}`);
}

describe('what the dashboard evaluates before its first frame', () => {
	test('the modules that draw it are there (so the check below looks at the real start path)', () => {
		const evaluated = evaluatedModules(graph, dashboardStart);
		for (const needed of ['source/ui/App.tsx', 'source/store/job-store.ts', 'node_modules/ink/build/index.js']) {
			expect(evaluated.has(needed), needed).toBe(true);
		}
	});

	test.each(notBeforeFirstFrame)('%s is loaded only when it is used', (_what, path) => {
		expect(offenders(evaluatedModules(graph, dashboardStart), dashboardStart, path)).toEqual([]);
	});
});

describe('what a command without a terminal UI evaluates', () => {
	test('the program is split: the headless chunks hold the client, not ink', () => {
		const evaluated = evaluatedModules(graph, ['source/program.ts', 'source/commands/list.ts']);
		expect(evaluated.has('source/chronos/client.ts')).toBe(true);
	});

	test.each(headless)('%s never evaluates ink, React, yoga or the views', (_what, modules) => {
		expect(offenders(evaluatedModules(graph, modules), modules, terminalUi)).toEqual([]);
	});
});
