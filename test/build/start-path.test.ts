// The first frame must not wait for code it does not use. This bundles the program as the build does and
// reads esbuild's own record of the imports, so a new static import that drags the wizard, the YAML
// library, the editor flow, the emulator or the JSON Schema onto the dashboard's start path fails here,
// with the chain of imports that brought it in.
import {build} from 'esbuild';
import {beforeAll, describe, expect, test} from 'vitest';
import {bundleOptions} from '../../source/build/bundle.js';
import {importChain, staticClosure, type ImportGraph} from '../../source/build/start-path.js';

// The program's entry, and what the dashboard command imports on its way to the first frame.
const dashboardStart = ['source/program.ts', 'source/commands/dashboard.ts'];

const notBeforeFirstFrame: Array<[what: string, path: RegExp]> = [
	// services.ts is only the wizard's interface to Chronos (a few lines, no views), handed to the dashboard.
	['the wizard', /^source\/ui\/wizard\/(?!services\.ts$)/],
	['the YAML library', /^node_modules\/yaml\//],
	['the editor flow', /^source\/ui\/edit\/(editor|review-edit)\.ts$/],
	['the emulator', /^source\/emulator\//],
	['the JSON Schema', /^source\/jobs\/json-schema\.ts$/],
];

let closure: Map<string, string | undefined>;

beforeAll(async () => {
	const options = bundleOptions();
	const result = await build({...options, entryPoints: [{in: 'source/program.ts', out: 'chronos-tui'}], write: false, metafile: true, logLevel: 'silent'});
	closure = staticClosure(result.metafile as ImportGraph, dashboardStart);
}, 60_000);

describe('what the dashboard evaluates before its first frame', () => {
	test('the modules that draw it are there (so the check below looks at the real start path)', () => {
		for (const needed of ['source/ui/App.tsx', 'source/store/job-store.ts', 'node_modules/ink/build/index.js']) {
			expect(closure.has(needed), needed).toBe(true);
		}
	});

	test.each(notBeforeFirstFrame)('%s is loaded only when it is used', (_what, path) => {
		const offenders = [...closure.keys()].filter(module => path.test(module));
		expect(offenders.slice(0, 1).map(module => importChain(closure, module).join(' -> '))).toEqual([]);
	});
});
