// `npm run build` (after the type check): bundles the program with esbuild into dist/chronos-tui.js and the
// chunks it loads (dist/chunks/), holding our code and every library, with React's production build and source
// maps. Loading a few bundled files instead of hundreds of modules is what makes start-up quick; nothing from
// node_modules is read at run time, and each command loads only the chunks it uses.
// dist/cli.js is the executable: a few lines that turn on V8's compile cache before the bundle is compiled.
// The benchmark and the screenshots' emulator are bundled the same way, so what they measure is what ships.
import {build, type BuildOptions, type Plugin} from 'esbuild';
import {chmod, readFile, rm} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import {fileURLToPath} from 'node:url';
import {isLazyBuiltin, lazyBuiltinSource} from './lazy-builtins.ts';
import {patchedLibraries} from './library-patches.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The executable's import of the program stays an import of the bundle beside it, never a second copy. */
const programBesideLauncher: Plugin = {
	name: 'program-beside-launcher',
	setup(builder) {
		builder.onResolve({filter: /^\.\/program\.js$/}, args =>
			args.importer.endsWith('cli.ts') ? {path: './chronos-tui.js', external: true} : undefined,
		);
	},
};

/**
 * Ink connects to React DevTools when DEV=true and the package is installed; the bundle never carries that
 * client (nor looks for it next to the user's files), so ink's loader gets an empty module.
 */
const withoutDevtools: Plugin = {
	name: 'without-devtools',
	setup(builder) {
		builder.onResolve({filter: /^\.\/devtools\.js$/}, args =>
			args.importer.includes('/node_modules/ink/') ? {path: 'ink-devtools', namespace: 'empty-module'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'empty-module'}, () => ({contents: 'export {};', loader: 'js'}));
	},
};

/** Every library's string-width becomes the remembering one (string-width-memo.ts), which alone imports the real one. */
const rememberedStringWidth: Plugin = {
	name: 'remembered-string-width',
	setup(builder) {
		const memo = fileURLToPath(new URL('string-width-memo.ts', import.meta.url));
		builder.onResolve({filter: /^string-width$/}, args => (args.importer === memo ? undefined : {path: memo}));
	},
};

/** Ink's Output (the grid each frame is drawn into) becomes the one that remembers between frames (ink-output.ts). */
const rememberingInkOutput: Plugin = {
	name: 'remembering-ink-output',
	setup(builder) {
		const output = fileURLToPath(new URL('ink-output.ts', import.meta.url));
		builder.onResolve({filter: /^\.\/output\.js$/}, args => (args.importer.includes('/node_modules/ink/build/') ? {path: output} : undefined));
	},
};

/**
 * Node's own modules are loaded with `require`, never with an ESM `import`. An ESM import of a built-in makes
 * Node read every export of it up front, getters included: `node:http`'s WebSocket getter then loads and
 * evaluates all of undici, about 60 ms of CPU on every launch for an HTTP client the program never uses
 * (`node:util`, `node:process` and `node:fs` cost a few ms each the same way). Through `require`, exports are
 * read only when used. Each built-in becomes a one-line CommonJS module; esbuild's interop reads its
 * properties lazily. `node:module` stays an import: the banner's `require` is made from it.
 */
const builtinsThroughRequire: Plugin = {
	name: 'builtins-through-require',
	setup(builder) {
		const names = new Set(builtinModules.filter(name => name !== 'module'));
		builder.onResolve({filter: /^[a-z\d_:/]+$/}, args => {
			const name = args.path.replace(/^node:/, '');
			return args.namespace === 'file' && names.has(name) ? {path: `node:${name}`, namespace: 'builtin-through-require'} : undefined;
		});
		builder.onLoad({filter: /.*/, namespace: 'builtin-through-require'}, args => ({
			contents: isLazyBuiltin(args.path) ? lazyBuiltinSource(args.path) : `module.exports = require(${JSON.stringify(args.path)});`,
			loader: 'js',
		}));
	},
};

const wasmDataUrl = /"data:application\/octet-stream;base64,([A-Za-z\d+/=]+)"/;
const yogaBinary = /\/yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/;
const yogaEntry = /\/yoga-layout\/dist\/src\/index\.js$/;
const yogaLoad = 'await loadYoga()';

async function yogaWasmBase64(binaryPath: string): Promise<{source: string; base64: string}> {
	const source = await readFile(binaryPath, 'utf8');
	const base64 = wasmDataUrl.exec(source)?.[1];
	if (!base64) throw new Error(`no WebAssembly data URL in ${binaryPath}: yoga-layout changed, see yogaWithoutFetch`);
	return {source, base64};
}

/**
 * Yoga (ink's layout engine) carries its WebAssembly as a base64 data URL and, when `fetch` exists, reads it
 * through `fetch`: that loads Node's whole undici HTTP client (about 50 ms of CPU) to decode a string. Emscripten
 * takes the bytes ready-made as the `wasmBinary` option, so the bundle decodes them with Buffer (native) and
 * hands them over; the data URL is left empty rather than carry the same 90 kB twice.
 */
const yogaWithoutFetch: Plugin = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad({filter: yogaBinary}, async args => {
			const {source, base64} = await yogaWasmBase64(args.path);
			return {
				contents: `${source.replace(wasmDataUrl, '"data:application/octet-stream;base64,"')}\nexport const yogaWasmBase64 = ${JSON.stringify(base64)};\n`,
				loader: 'js',
			};
		});
		builder.onLoad({filter: yogaEntry}, async args => {
			const source = await readFile(args.path, 'utf8');
			if (!source.includes(yogaLoad)) throw new Error(`no "${yogaLoad}" in ${args.path}: yoga-layout changed, see yogaWithoutFetch`);
			const withBytes = source
				.replace("import loadYoga from '../binaries/yoga-wasm-base64-esm.js';", "import loadYoga, {yogaWasmBase64} from '../binaries/yoga-wasm-base64-esm.js';")
				.replace(yogaLoad, "await loadYoga({wasmBinary: Buffer.from(yogaWasmBase64, 'base64')})");
			if (!withBytes.includes('{yogaWasmBase64}')) throw new Error(`yoga-layout's index.js imports its binary differently now: see yogaWithoutFetch`);
			return {contents: withBytes, loader: 'js'};
		});
	},
};

/** What every bundle shares: Node 20+, ESM, production React, a source map, the plugins above. */
function commonOptions(): BuildOptions {
	return {
		absWorkingDir: projectRoot,
		outdir: 'dist',
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// React picks its development build (several times slower per render) unless this is "production".
		define: {'process.env.NODE_ENV': '"production"', 'Intl.Segmenter': 'LazySegmenter', 'Intl.ListFormat': 'LazyListFormat'},
		// Segmenters and list formats load ICU data when made; these make them when first used (lazy-intl.ts).
		inject: [fileURLToPath(new URL('lazy-intl.ts', import.meta.url))],
		// A few CommonJS libraries require Node's own modules; ESM has no `require` of its own.
		banner: {js: "import {createRequire as createRequireForBundle} from 'node:module';\nconst require = createRequireForBundle(import.meta.url);"},
		sourcemap: 'linked',
		sourcesContent: false,
		minifySyntax: true,
		minifyWhitespace: true,
		legalComments: 'eof',
		logLevel: 'warning',
		plugins: [programBesideLauncher, withoutDevtools, rememberedStringWidth, rememberingInkOutput, builtinsThroughRequire, yogaWithoutFetch, patchedLibraries],
	};
}

/** Where the program's shared chunks go: shipped with it (package.json "files"), named by their content. */
export const chunkFolder = 'chunks';

/**
 * The program users run, split into chunks: each `await import()` in the program loads only the chunks that
 * module needs, so `--version` and the headless commands never evaluate ink, React or yoga, and the dashboard
 * evaluates neither YAML, the wizard, the editor flow nor the emulator before its first frame. One bundled
 * file evaluated everything at load (about 100 ms more for `--version`, measured against `node -e 0`).
 * Shared by the build and the start-path test.
 */
export function bundleOptions(): BuildOptions {
	return {
		...commonOptions(),
		entryPoints: [
			{in: 'source/cli.ts', out: 'cli'},
			{in: 'source/program.ts', out: 'chronos-tui'},
		],
		splitting: true,
		chunkNames: `${chunkFolder}/[name]-[hash]`,
	};
}

/** The benchmark and the screenshots' emulator, bundled the same way (production React) but not shipped. */
function toolOptions(): BuildOptions {
	return {
		...commonOptions(),
		entryPoints: [
			{in: 'source/bench/run.ts', out: 'bench/run'},
			{in: 'source/bench/dashboard-child.ts', out: 'bench/dashboard-child'},
			{in: 'source/emulator/server.ts', out: 'emulator/server'},
		],
	};
}

async function main(): Promise<void> {
	// Chunks are named by content: old ones would pile up (and be packed) without a clean folder.
	await rm(new URL(`../../dist/${chunkFolder}`, import.meta.url), {recursive: true, force: true});
	await Promise.all([build(bundleOptions()), build(toolOptions())]);
	await chmod(new URL('../../dist/cli.js', import.meta.url), 0o755);
}

if (import.meta.main) {
	await main();
}
