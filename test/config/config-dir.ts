// A throwaway home with its own XDG config folder, so tests never touch the real user's files.
import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

export interface TempHome {
	home: string;
	env: NodeJS.ProcessEnv;
	configPath: string;
	write(relativePath: string, text: string, mode?: number): Promise<string>;
	writeConfig(text: string, mode?: number): Promise<string>;
	remove(): Promise<void>;
}

export async function tempHome(): Promise<TempHome> {
	const home = await mkdtemp(join(tmpdir(), 'chronos-home-'));
	const configPath = join(home, '.config', 'chronos-tui', 'config.yaml');
	const write = async (relativePath: string, text: string, mode = 0o600): Promise<string> => {
		const path = join(home, relativePath);
		await mkdir(dirname(path), {recursive: true});
		await writeFile(path, text);
		await chmod(path, mode);
		return path;
	};

	return {
		home,
		configPath,
		env: {HOME: home, XDG_CONFIG_HOME: join(home, '.config')},
		write,
		writeConfig: async (text, mode) => write('.config/chronos-tui/config.yaml', text, mode),
		remove: async () => rm(home, {recursive: true, force: true}),
	};
}
