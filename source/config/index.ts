// The configuration module's public face: load the config, and turn it into a connected client.
import {ChronosClient} from '../chronos/client.js';
import type {ResolvedConfig} from './load.js';

export {ConfigError, isConfigError} from './errors.js';
export {loadConfig, defaultPollSeconds, defaultTimeoutSeconds, type LoadConfigOptions, type ResolvedConfig} from './load.js';
export {defaultConfigPath} from './paths.js';
export type {PasswordSource} from './password.js';
export {checkChronosUrl} from './url.js';

/** Resolves the password (file, command, environment or prompt) and builds the client with it. */
export async function createClient(
	config: Pick<ResolvedConfig, 'url' | 'user' | 'timeoutMs' | 'caFile' | 'getPassword'> & Partial<Pick<ResolvedConfig, 'maxResponseBytes' | 'passwordOrigin'>>,
): Promise<ChronosClient> {
	const password = await config.getPassword();
	return new ChronosClient({
		url: config.url,
		user: config.user,
		...(password === undefined ? {} : {password}),
		...(password !== undefined && config.passwordOrigin ? {passwordOrigin: config.passwordOrigin} : {}),
		...(config.caFile ? {caFile: config.caFile} : {}),
		timeoutMs: config.timeoutMs,
		...(config.maxResponseBytes ? {maxResponseBytes: config.maxResponseBytes} : {}),
	});
}
