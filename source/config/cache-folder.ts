// Where the program keeps what it can always rebuild (V8's compiled code), by the XDG base directory
// convention. Imported by the executable before anything else, so it uses nothing but Node itself.
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/** `$XDG_CACHE_HOME/chronos-tui/compile`, else `~/.cache/chronos-tui/compile`. */
export function compileCacheFolder(env: NodeJS.ProcessEnv): string {
	const xdg = env['XDG_CACHE_HOME'];
	const base = xdg && isAbsolute(xdg) ? xdg : join(env['HOME'] || homedir(), '.cache');
	return join(base, 'chronos-tui', 'compile');
}
