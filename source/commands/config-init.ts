// `chronos-tui config init`: asks for the Chronos address, the username and where the password lives,
// optionally tries the connection, and writes a private config file. Nothing is written (config or password
// file) until the user accepts the tested connection or says to save anyway; the password itself never goes
// into the config, and an existing config is never replaced without a yes.
import type {Readable, Writable} from 'node:stream';
import {ChronosClient} from '../chronos/client.js';
import {isChronosError} from '../chronos/errors.js';
import {ConfigError} from '../config/errors.js';
import {linePrompts, type InitPrompts} from '../config/line-prompts.js';
import {configFileLocation} from '../config/load.js';
import {pathExists} from '../config/paths.js';
import {checkChronosUrl, checkUserName} from '../config/url.js';
import {renderConfig, writePrivateFile, type NewConfig} from '../config/write-config.js';
import {
	choosePasswordPlan,
	describePasswordSource,
	plannedPassword,
	retypePassword,
	savePasswordPlan,
	type PasswordPlan,
} from './init-password.js';
import {askValid, Cancelled, question, yesNo, type Say} from './init-questions.js';

export interface ConfigInitOptions {
	env: NodeJS.ProcessEnv;
	flags?: {config?: string; url?: string; user?: string};
	stdin?: Readable & {isTTY?: boolean};
	stdout?: Writable;
	/** Replaces the terminal questions (tests, other front ends). */
	prompt?: InitPrompts;
}

export async function configInit(options: ConfigInitOptions): Promise<number> {
	const {env} = options;
	const out = options.stdout ?? process.stdout;
	const prompts = options.prompt ?? linePrompts(options.stdin ?? process.stdin, out);
	const say: Say = (text = '') => {
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
		let plan = await choosePasswordPlan(prompts, say, config, path, env);

		if (await yesNo(prompts, 'Test the connection now? [Y/n] ', true)) {
			let outcome = await testConnection(config, plan, env, say);
			// A refused password can be typed again here: the user is never stuck with the first one.
			while (outcome === 'refused') {
				const retyped = await retypePassword(prompts, plan);
				if (!retyped) break;
				plan = retyped;
				outcome = await testConnection(config, plan, env, say);
			}

			if (outcome !== 'connected' && !(await yesNo(prompts, 'Save this configuration anyway? [y/N] ', false))) {
				say(nothingWritten(plan));
				return 1;
			}
		}

		await savePasswordPlan(plan, say);
		await writePrivateFile(path, renderConfig(config, passwordNote(plan)));
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

function passwordNote(plan: PasswordPlan): string {
	switch (plan.kind) {
		case 'file': return 'The password is read from passwordFile; keep that file chmod 600.';
		case 'command': return 'The password is the first line printed by passwordCommand.';
		case 'env': return 'The password comes from the CHRONOS_PASSWORD environment variable.';
	}
}

/** What declining leaves behind, said exactly: a password typed here was never stored anywhere. */
function nothingWritten(plan: PasswordPlan): string {
	const typed = plan.kind === 'file' && plan.typed ? ', and the password you typed was not stored' : '';
	return `Nothing written: no configuration file${plan.kind === 'file' ? ' and no password file' : ''}${typed}. Run \`chronos-tui config init\` again to start over.`;
}

type ConnectionOutcome = 'connected' | 'refused' | 'failed';

/** `refused`: Chronos said 401, and the message names the password that was used. */
async function testConnection(config: NewConfig, plan: PasswordPlan, env: NodeJS.ProcessEnv, say: Say): Promise<ConnectionOutcome> {
	try {
		const password = await plannedPassword(plan, env);
		const client = new ChronosClient({url: config.url, user: config.user, ...(password ? {password} : {}), retries: 0});
		const jobs = await client.listSummaries();
		say(`Connected to ${client.url} as ${config.user}: ${jobs.length} job${jobs.length === 1 ? '' : 's'}.`);
		return 'connected';
	} catch (error) {
		if (isChronosError(error) && error.kind === 'auth') {
			say(`Could not connect: ${error.message} (used ${await describePasswordSource(plan, env)})`);
			return 'refused';
		}

		if (isChronosError(error) || error instanceof ConfigError) {
			say(`Could not connect: ${error.message}`);
			return 'failed';
		}

		throw error;
	}
}
