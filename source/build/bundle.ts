// `npm run build` (after the type check): bundles the program with esbuild into dist/chronos-tui.js, one file
// holding our code and every library, with React's production build and a source map. Loading one file
// instead of hundreds of modules is what makes start-up quick; nothing from node_modules is read at run time.
// dist/cli.js is the executable: a few lines that turn on V8's compile cache before the bundle is compiled.
// The benchmark and the screenshots' emulator are bundled the same way, so what they measure is what ships.
import {build, type BuildOptions, type Plugin} from 'esbuild';
import {chmod} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

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

/** Everything esbuild needs to bundle the program, shared by the build and the start-path test. */
export function bundleOptions(): BuildOptions {
	return {
		absWorkingDir: projectRoot,
		entryPoints: [
			{in: 'source/cli.ts', out: 'cli'},
			{in: 'source/program.ts', out: 'chronos-tui'},
			{in: 'source/bench/run.ts', out: 'bench/run'},
			{in: 'source/bench/dashboard-child.ts', out: 'bench/dashboard-child'},
			{in: 'source/emulator/server.ts', out: 'emulator/server'},
		],
		outdir: 'dist',
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// React picks its development build (several times slower per render) unless this is "production".
		define: {'process.env.NODE_ENV': '"production"'},
		// A few CommonJS libraries require Node's own modules; ESM has no `require` of its own.
		banner: {js: "import {createRequire as createRequireForBundle} from 'node:module';\nconst require = createRequireForBundle(import.meta.url);"},
		sourcemap: 'linked',
		sourcesContent: false,
		minifySyntax: true,
		minifyWhitespace: true,
		legalComments: 'eof',
		logLevel: 'warning',
		plugins: [programBesideLauncher, withoutDevtools, rememberedStringWidth, rememberingInkOutput],
	};
}

async function main(): Promise<void> {
	await build(bundleOptions());
	await chmod(new URL('../../dist/cli.js', import.meta.url), 0o755);
}

if (import.meta.main) {
	await main();
}
