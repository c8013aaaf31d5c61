#!/usr/bin/env node
// The executable. It only prepares the runtime, then loads the program (dist/chronos-tui.js and its chunks):
// V8's compile cache must be on before those files are compiled for later launches to skip compiling them, and
// Node maps stack traces through the bundle's source map only for files loaded after that is switched on.
import module from 'node:module';
import {compileCacheFolder} from './config/cache-folder.js';

// Node 20 has no compile cache; the program still runs there, compiling on every launch.
module.enableCompileCache?.(compileCacheFolder(process.env));
if (process.env['CHRONOS_TUI_DEBUG'] === '1') {
	process.setSourceMapsEnabled(true);
}

await import('./program.js');
