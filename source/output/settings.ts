// The output settings a command or the dashboard needs, from the resolved configuration.
import type {ResolvedConfig} from '../config/load.js';
import {MesosSource} from './mesos-source.js';
import type {OutputSettings, OutputSourceKind} from './index.js';

export function outputSettings(
	config: Pick<ResolvedConfig, 'mesos' | 'timeoutMs'>,
	options: {prefer?: OutputSourceKind; storageRoot?: string} = {},
): OutputSettings {
	const {mesos} = config;
	return {
		...(options.prefer ? {prefer: options.prefer} : {}),
		...(options.storageRoot ? {storageRoot: options.storageRoot} : {}),
		...(mesos
			? {
					mesos: (job) =>
						new MesosSource(job.name, {
							url: mesos.url,
							...(mesos.user === undefined ? {} : {user: mesos.user}),
							getPassword: mesos.getPassword,
							timeoutMs: config.timeoutMs,
						}),
				}
			: {}),
	};
}

/**
 * A local folder standing for `/` of the cluster's storage, for trying commands against the emulator
 * (`chronos-tui emulator --storage-root DIR`); unset on a frontend, which mounts the storage itself.
 */
export function storageRootFrom(env: NodeJS.ProcessEnv): string | undefined {
	const root = env['CHRONOS_STORAGE_ROOT']?.trim();
	return root ? root : undefined;
}

/** The same, as an option to spread into outputSettings' options. */
export function storageRootOption(env: NodeJS.ProcessEnv): {storageRoot?: string} {
	const storageRoot = storageRootFrom(env);
	return storageRoot ? {storageRoot} : {};
}
