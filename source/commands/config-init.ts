// `chronos-tui config init`: asks for the Chronos address, the username and where the password lives,
// optionally tries the connection, and writes a private config file. It never stores the password itself
// in the config, and never overwrites a config without a yes.
import {chmod} from 'node:fs/promises';
import type {Readable, Writable} from 'node:stream';
import {ChronosClient} from '../chronos/client.js';
import {isChronosError} from '../chronos/errors.js';
import {ConfigError} from '../config/errors.js';
import {linePrompts, type InitPrompts} from '../config/line-prompts.js';
import {configFileLocation} from '../config/load.js';
import {readPasswordFile, runPasswordCommand} from '../config/password.js';
import {pathExists, resolveUserPath} from '../config/paths.js';
import {fileMode} from '../config/permissions.js';
import {checkChronosUrl, checkUserName} from '../config/url.js';
import {renderConfig, writePrivateFile, type NewConfig} from '../config/write-config.js';

export interface ConfigInitOptions {
	env: NodeJS.ProcessEnv;
	flags?: {config?: string; url?: string; user?: string};
	stdin?: Readable & {isTTY?: boolean};
	stdout?: Writable;
	/** Replaces the terminal questions (tests, other front ends). */
	prompt?: InitPrompts;
}

/** Thrown when the answers run out (ctrl-d, end of a pipe): nothing is written. */
class Cancelled extends Error {}

const maxAttempts = 5;

export async function configInit(options: ConfigInitOptions): Promise<number> {
	const {env} = options;
	const out = options.stdout ?? process.stdout;
	const prompts = options.prompt ?? linePrompts(options.stdin ?? process.stdin, out);
	const say = (text = ''): void => {
		out.write(`${text}\n`);
	};

	// Written where every other command will read it.
	const {path} = configFileLocation(options.flags ?? {}, env);
	try {
		if (await pathExists(path)) {
			say(`A configuration already exists at ${path}.`);
			if (!(await yesNo(prompts, 'Replace it? [y/N] ', false))) {
				say(`Kept ${path} unchanged.`);
				return 1;
			}
		}

		say('Connect chronos-tui to your Chronos.');
		say('The address, username and password are in the e-mail from ReCaS.');
		const url = await askValid<string>(prompts, say, question('Chronos URL', options.flags?.url ?? env['CHRONOS_URL']), (answer) => {
			const checked = checkChronosUrl(answer);
			return checked.ok ? {value: checked.url} : {problem: checked.message};
		});
		const user = await askValid<string>(prompts, say, question('Username', options.flags?.user ?? env['CHRONOS_USER'] ?? env['USER']), (answer) => {
			const problem = checkUserName(answer);
			return problem ? {problem} : {value: answer.trim()};
		});

		const config: NewConfig = {url, user};
		const password = await choosePasswordSource(prompts, say, config, path, env);

		if (await yesNo(prompts, 'Test the connection now? [Y/n] ', true)) {
			const connected = await testConnection(config, await password(), say);
			if (!connected && !(await yesNo(prompts, 'Save this configuration anyway? [y/N] ', false))) {
				say('Nothing written.');
				return 1;
			}
		}

		const note = config.passwordFile
			? 'The password is read from passwordFile; keep that file chmod 600.'
			: config.passwordCommand
				? 'The password is the first line printed by passwordCommand.'
				: 'The password comes from the CHRONOS_PASSWORD environment variable.';
		await writePrivateFile(path, renderConfig(config, note));
		say(`Wrote ${path} (readable only by you).`);
		say('Run `chronos-tui` for the dashboard, or `chronos-tui list` for a plain list of your jobs.');
		return 0;
	} catch (error) {
		if (error instanceof Cancelled) {
			say('Cancelled; nothing written.');
			return 1;
		}

		throw error;
	} finally {
		prompts.close();
	}
}

function question(label: string, suggestion: string | undefined): {text: string; fallback?: string} {
	const fallback = suggestion?.trim() || undefined;
	return {text: fallback ? `${label} [${fallback}]: ` : `${label}: `, ...(fallback ? {fallback} : {})};
}

async function answer(prompts: InitPrompts, text: string): Promise<string> {
	const line = await prompts.ask(text);
	if (line === undefined) {
		throw new Cancelled();
	}

	return line.trim();
}

async function askValid<T>(
	prompts: InitPrompts,
	say: (text?: string) => void,
	{text, fallback}: {text: string; fallback?: string},
	check: (answer: string) => {value: T} | {problem: string},
): Promise<T> {
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const given = (await answer(prompts, text)) || fallback || '';
		const result = check(given);
		if ('value' in result) {
			return result.value;
		}

		say(`  ${result.problem}`);
	}

	throw new Cancelled();
}

async function yesNo(prompts: InitPrompts, text: string, fallback: boolean): Promise<boolean> {
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const given = (await answer(prompts, text)).toLowerCase();
		if (given === '') {
			return fallback;
		}

		if (['y', 'yes'].includes(given)) {
			return true;
		}

		if (['n', 'no'].includes(given)) {
			return false;
		}
	}

	throw new Cancelled();
}

/** Fills the password key of `config`; returns how to get the password for the connection test. */
async function choosePasswordSource(
	prompts: InitPrompts,
	say: (text?: string) => void,
	config: NewConfig,
	configPath: string,
	env: NodeJS.ProcessEnv,
): Promise<() => Promise<string | undefined>> {
	say('Where should chronos-tui find your password?');
	say('(Never on the command line: other users of the frontend can see it there.)');
	say('  1) a file only you can read (recommended)');
	say('  2) a command that prints it, e.g. pass show recas/chronos');
	say('  3) the CHRONOS_PASSWORD environment variable');
	const choice = await askValid(prompts, say, {text: 'Choice [1]: ', fallback: '1'}, (given) =>
		['1', '2', '3'].includes(given) ? {value: given} : {problem: 'answer 1, 2 or 3'},
	);

	if (choice === '2') {
		config.passwordCommand = await askValid(prompts, say, {text: 'Command: '}, (given) =>
			given ? {value: given} : {problem: 'type the command that prints your password'},
		);
		return async () => runPasswordCommand(config.passwordCommand ?? '');
	}

	if (choice === '3') {
		say('  Set it in the shell that runs chronos-tui, e.g. with `read -rs CHRONOS_PASSWORD; export CHRONOS_PASSWORD`.');
		return async () => env['CHRONOS_PASSWORD'] || undefined;
	}

	const suggested = resolveUserPath('password', configPath, env);
	const passwordFile = await askValid(prompts, say, question('Password file', suggested), (given) => ({
		value: resolveUserPath(given, configPath, env),
	}));
	config.passwordFile = passwordFile;
	await preparePasswordFile(prompts, say, passwordFile);
	return async () => ((await pathExists(passwordFile)) ? readPasswordFile(passwordFile) : undefined);
}

/** An existing file gets its mode checked (and fixed on request); a missing one can be written now. */
async function preparePasswordFile(prompts: InitPrompts, say: (text?: string) => void, path: string): Promise<void> {
	const mode = await fileMode(path);
	if (mode !== undefined) {
		if ((mode & 0o077) !== 0) {
			say(`  ${path} is readable by others.`);
			if (await yesNo(prompts, `  Make it private now (chmod 600 ${path})? [Y/n] `, true)) {
				await chmod(path, 0o600);
			} else {
				say(`  chronos-tui will refuse it until you run: chmod 600 ${path}`);
			}
		}

		return;
	}

	say(`  ${path} does not exist yet.`);
	const secret = await prompts.askSecret('  Type the password to store it there (hidden; enter to skip): ');
	if (secret) {
		await writePrivateFile(path, `${secret}\n`);
		say(`  Stored the password in ${path} (readable only by you).`);
	} else {
		say(`  Create it later with: (umask 077; cat > ${path})  then type the password and press ctrl-d.`);
	}
}

async function testConnection(config: NewConfig, password: string | undefined, say: (text?: string) => void): Promise<boolean> {
	const client = new ChronosClient({url: config.url, user: config.user, ...(password ? {password} : {}), retries: 0});
	try {
		const jobs = await client.listSummaries();
		say(`Connected to ${client.url} as ${config.user}: ${jobs.length} job${jobs.length === 1 ? '' : 's'}.`);
		return true;
	} catch (error) {
		if (isChronosError(error) || error instanceof ConfigError) {
			say(`Could not connect: ${error.message}`);
			return false;
		}

		throw error;
	}
}
