// The program as users get it: dist/cli.js, the executable, which loads dist/chronos-tui.js and its chunks,
// the files esbuild bundles the program into (`npm run build`; npm test builds it first). The CLI and terminal suites
// run this file, never the TypeScript sources.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(projectRoot, 'dist', 'cli.js');

/**
 * The Node that runs it: the pinned one of the tests, unless CHRONOS_TUI_TEST_NODE names another (e.g. the
 * machine's own /usr/bin/node, to check the program on the Node a frontend has).
 */
export const programNode = process.env['CHRONOS_TUI_TEST_NODE'] || process.execPath;

/** Fails loudly (never skips) when the program has not been built: a skipped suite would hide that. */
export function assertBuilt(): void {
	if (!existsSync(cliPath)) {
		throw new Error(`${cliPath} is missing: run \`npm run build\` before these tests.`);
	}
}
