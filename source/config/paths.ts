// Where the configuration lives, following the XDG base directory convention.
import {access} from 'node:fs/promises';
import {homedir} from 'node:os';
import {dirname, isAbsolute, join, resolve} from 'node:path';

export function homeDirectory(env: NodeJS.ProcessEnv): string {
	return env['HOME'] || homedir();
}

/** `$XDG_CONFIG_HOME/chronos-tui/config.yaml`, else `~/.config/chronos-tui/config.yaml`. */
export function defaultConfigPath(env: NodeJS.ProcessEnv): string {
	const xdg = env['XDG_CONFIG_HOME'];
	const base = xdg && isAbsolute(xdg) ? xdg : join(homeDirectory(env), '.config');
	return join(base, 'chronos-tui', 'config.yaml');
}

/** `~/x` and paths relative to the config file's folder, as a user writing the file would expect. */
export function resolveUserPath(path: string, configPath: string | undefined, env: NodeJS.ProcessEnv): string {
	if (path === '~' || path.startsWith('~/')) {
		return join(homeDirectory(env), path.slice(1));
	}

	if (isAbsolute(path)) {
		return path;
	}

	return configPath ? resolve(dirname(configPath), path) : resolve(path);
}

/** True when something exists at the path (a file, a folder, a link to either). */
export async function pathExists(path: string): Promise<boolean> {
	try {
		await access(path);
		return true;
	} catch {
		return false;
	}
}
