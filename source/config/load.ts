// Resolves the configuration: flags over environment over the config file, then the ReCaS defaults.
// Everything a user can get wrong is found here, before any connection, with one line that says the fix.
import {access, constants, stat} from 'node:fs/promises';
import {FileTooLargeError, formatLimit, readBoundedFile} from '../files/bounded-read.js';
import type {Writable} from 'node:stream';
import type {ClusterProfile} from '../jobs/profile.js';
import {ConfigError} from './errors.js';
import type {ConfigFileValues} from './file.js';
import type {MesosConfig} from './output-section.js';
import {passwordGetter, pickPasswordSource, type PasswordSettings, type PasswordSource} from './password.js';
import {defaultConfigPath, resolveUserPath} from './paths.js';
import {requireConfigOwnerOnly, requireOwnerOnly} from './permissions.js';
import type {TerminalInput} from './prompt.js';
import {checkChronosUrl, checkUserName} from './url.js';
import {recasProfile} from '../jobs/profile.js';

export interface ResolvedConfig {
	url: string;
	user: string;
	/** The file that was read; undefined when flags and environment said everything. */
	configPath?: string;
	profile: ClusterProfile;
	pollIntervalMs: number;
	timeoutMs: number;
	/** The largest answer read from Chronos; a bigger one is refused as "response too large". */
	maxResponseBytes: number;
	caFile?: string;
	passwordSource: PasswordSource;
	/** Where the password comes from, in words a refusal can name (`password from CHRONOS_PASSWORD`); never the password. */
	passwordOrigin?: string;
	/** Resolves the password once per run (reading the file, running the command or prompting). */
	getPassword(): Promise<string | undefined>;
	/** Where kept job output goes: a folder template with {user} and {job}, and whether new jobs keep it. */
	output: {dir: string; keepByDefault: boolean};
	/** The dashboard rings and sends a desktop notice when a watched job's run ends (`notifyRunEnds`). */
	notifyRunEnds: boolean;
	/** The Mesos master to read task sandboxes from, when the config names one. */
	mesos?: MesosAccess;
}

export interface MesosAccess {
	url: string;
	user?: string;
	/** Undefined without a mesos.user; otherwise resolved like the Chronos password, once per run. */
	getPassword(): Promise<string | undefined>;
}

export interface LoadConfigOptions {
	flags: {url?: string; user?: string; config?: string};
	env: NodeJS.ProcessEnv;
	/** Where the password prompt reads and writes; the process's stdin and stderr by default. */
	terminal?: {input: TerminalInput; output: Writable};
	/** Replaces the terminal prompt entirely. */
	askPassword?: (question: string) => Promise<string>;
}

export const defaultTimeoutSeconds = 10;
export const defaultPollSeconds = 2;
/** Generous: 10,000 jobs with long commands are a few tens of MB. */
export const defaultMaxResponseMegabytes = 256;

/** The config file to read: --config, else CHRONOS_CONFIG, else the default path; `explicit` when named. */
export function configFileLocation(flags: LoadConfigOptions['flags'], env: NodeJS.ProcessEnv): {path: string; explicit: boolean} {
	const explicitPath = nonEmpty(flags.config) ?? nonEmpty(env['CHRONOS_CONFIG']);
	return explicitPath
		? {path: resolveUserPath(explicitPath, undefined, env), explicit: true}
		: {path: defaultConfigPath(env), explicit: false};
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
	const {flags, env} = options;
	const {path, explicit} = configFileLocation(flags, env);
	const file = await readConfigFile(path, explicit);
	// The YAML library is loaded only when there is a file to read: with flags and environment alone, start-up
	// does without it.
	const values: ConfigFileValues = file ? (await import('./file.js')).parseConfigFile(file.text, path) : {profile: recasProfile};
	const configPath = file ? path : undefined;

	const url = resolveUrl(flags, env, values, path, file !== undefined);
	const user = resolveUser(flags, env, values, path);

	if (file) {
		const namesPasswordSource = values.passwordFile || values.passwordCommand || values.mesos?.passwordFile || values.mesos?.passwordCommand;
		await requireConfigOwnerOnly(path, Boolean(namesPasswordSource));
	}

	const passwordFile = values.passwordFile ? resolveUserPath(values.passwordFile, configPath, env) : undefined;
	if (passwordFile) {
		await requireOwnerOnly(passwordFile, 'password file');
	}

	const caFile = values.caFile ? resolveUserPath(values.caFile, configPath, env) : undefined;
	if (caFile) {
		await requireReadable(caFile, 'caFile');
	}

	const passwordSettings = {
		...(passwordFile ? {passwordFile} : {}),
		...(values.passwordCommand ? {passwordCommand: values.passwordCommand} : {}),
		env,
		question: `Chronos password for ${user} at ${url}: `,
		terminal: options.terminal ?? {input: process.stdin, output: process.stderr},
		...(options.askPassword ? {askPassword: options.askPassword} : {}),
	};

	const mesos = values.mesos ? await mesosAccess(values.mesos, configPath, env, passwordSettings) : undefined;
	const passwordSource = pickPasswordSource(passwordSettings);
	const passwordOrigin = describePasswordSource(passwordSource, passwordSettings, configPath);

	return {
		url,
		user,
		...(configPath ? {configPath} : {}),
		notifyRunEnds: values.notifyRunEnds ?? true,
		output: {dir: values.output?.dir ?? values.profile.output.dir, keepByDefault: values.output?.keepByDefault ?? values.profile.output.keepByDefault},
		...(mesos ? {mesos} : {}),
		profile: values.profile,
		pollIntervalMs: (values.pollIntervalSeconds ?? defaultPollSeconds) * 1000,
		timeoutMs: (values.timeoutSeconds ?? defaultTimeoutSeconds) * 1000,
		maxResponseBytes: (values.maxResponseMegabytes ?? defaultMaxResponseMegabytes) * 1024 * 1024,
		...(caFile ? {caFile} : {}),
		passwordSource,
		...(passwordOrigin ? {passwordOrigin} : {}),
		getPassword: passwordGetter(passwordSettings),
	};
}

/** Where the password is read, as a refusal names it, so the user knows what to correct. */
function describePasswordSource(source: PasswordSource, settings: PasswordSettings, configPath: string | undefined): string | undefined {
	switch (source) {
		case 'file': return `password from the password file ${settings.passwordFile ?? ''}`;
		case 'command': return `password from the passwordCommand in ${configPath ?? 'the config'}`;
		case 'env': return `password from ${settings.variable ?? 'CHRONOS_PASSWORD'}`;
		case 'prompt': return 'password typed at the prompt';
		case 'none': return undefined;
	}
}

/** Mesos credentials follow the Chronos password's rules, with CHRONOS_MESOS_PASSWORD as their variable. */
async function mesosAccess(
	mesos: MesosConfig,
	configPath: string | undefined,
	env: NodeJS.ProcessEnv,
	chronos: Omit<PasswordSettings, 'question'>,
): Promise<MesosAccess> {
	if (mesos.user === undefined) {
		return {url: mesos.url, getPassword: async () => undefined};
	}
	const passwordFile = mesos.passwordFile ? resolveUserPath(mesos.passwordFile, configPath, env) : undefined;
	if (passwordFile) {
		await requireOwnerOnly(passwordFile, 'mesos password file');
	}
	const settings: PasswordSettings = {
		...chronos,
		passwordFile,
		passwordCommand: mesos.passwordCommand,
		variable: 'CHRONOS_MESOS_PASSWORD',
		question: `Mesos password for ${mesos.user} at ${mesos.url}: `,
	};
	return {url: mesos.url, user: mesos.user, getPassword: passwordGetter(settings)};
}

/** A config is a few lines; a megabyte is already far more than one could hold. */
const maxConfigBytes = 1024 * 1024;

async function readConfigFile(path: string, explicit: boolean): Promise<{text: string; mode: number} | undefined> {
	try {
		const info = await stat(path);
		if (info.isDirectory()) {
			throw new ConfigError(`config file ${path} is a directory; point --config at a YAML file`);
		}

		return {text: await readBoundedFile(path, maxConfigBytes), mode: info.mode & 0o777};
	} catch (error) {
		if (error instanceof ConfigError) {
			throw error;
		}

		if (error instanceof FileTooLargeError) {
			throw new ConfigError(`config file ${path} is too large (over ${formatLimit(error.limitBytes)}): is it the right file?`);
		}

		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' && !explicit) {
			return undefined;
		}

		throw new ConfigError(
			code === 'ENOENT' ? `config file ${path} does not exist` : `cannot read config file ${path} (${code ?? 'unknown error'})`,
		);
	}
}

function resolveUrl(
	flags: LoadConfigOptions['flags'],
	env: NodeJS.ProcessEnv,
	values: ConfigFileValues,
	path: string,
	haveFile: boolean,
): string {
	const candidates: Array<[string | undefined, string]> = [
		[nonEmpty(flags.url), '--url'],
		[nonEmpty(env['CHRONOS_URL']), 'CHRONOS_URL'],
		[values.url, path],
	];
	const found = candidates.find(([value]) => value !== undefined);
	if (!found) {
		throw new ConfigError(
			haveFile
				? `${path}: no url; add "url: http://<host>:<port>" (the address in your Chronos e-mail) or set CHRONOS_URL`
				: `no configuration (${path} does not exist): run \`chronos-tui config init\` to connect to your Chronos, or \`chronos-tui demo\` to try it with sample jobs`,
		);
	}

	const [value, source] = found;
	const checked = checkChronosUrl(value ?? '');
	if (!checked.ok) {
		throw new ConfigError(`${source}: ${checked.message}`);
	}

	return checked.url;
}

function resolveUser(flags: LoadConfigOptions['flags'], env: NodeJS.ProcessEnv, values: ConfigFileValues, path: string): string {
	const user = nonEmpty(flags.user) ?? nonEmpty(env['CHRONOS_USER']) ?? values.user;
	if (user === undefined) {
		throw new ConfigError(`no username: add "user: <your ReCaS username>" to ${path}, set CHRONOS_USER or pass --user`);
	}

	const problem = checkUserName(user);
	if (problem) {
		throw new ConfigError(problem);
	}

	return user;
}

async function requireReadable(path: string, what: string): Promise<void> {
	try {
		await access(path, constants.R_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new ConfigError(code === 'ENOENT' ? `${what} ${path} does not exist` : `cannot read ${what} ${path} (${code ?? 'unknown error'})`);
	}
}

function nonEmpty(value: string | undefined): string | undefined {
	return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
