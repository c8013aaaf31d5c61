// Where `config init` finds the password, as a plan: chosen and used for the connection test first, written
// (a typed password into its file) only once the user accepts the configuration. A password typed now lives
// in memory until then, so a failed run leaves no file behind for the next run to trust.
import {chmod} from 'node:fs/promises';
import type {InitPrompts} from '../config/line-prompts.js';
import {readPasswordFile, runPasswordCommand} from '../config/password.js';
import {pathExists, resolveUserPath} from '../config/paths.js';
import {fileMode} from '../config/permissions.js';
import {writePrivateFile, type NewConfig} from '../config/write-config.js';
import {askValid, question, yesNo, type Say} from './init-questions.js';

export const passwordVariable = 'CHRONOS_PASSWORD';

export type PasswordPlan =
	/** `typed`: asked for at the prompt, to be stored in `file` on saving; else `file` is read as it is. */
	| {kind: 'file'; file: string; typed?: string}
	| {kind: 'command'; command: string}
	| {kind: 'env'};

/** Asks where the password lives and returns the plan; the password key of `config` is filled in. */
export async function choosePasswordPlan(
	prompts: InitPrompts,
	say: Say,
	config: NewConfig,
	configPath: string,
	env: NodeJS.ProcessEnv,
): Promise<PasswordPlan> {
	say('Where should chronos-tui find your password?');
	say('(Never on the command line: other users of the frontend can see it there.)');
	say('  1) a file only you can read (recommended)');
	say('  2) a command that prints it, e.g. pass show recas/chronos');
	say(`  3) the ${passwordVariable} environment variable`);
	const choice = await askValid(prompts, say, {text: 'Choice [1]: ', fallback: '1'}, (given) =>
		['1', '2', '3'].includes(given) ? {value: given} : {problem: 'answer 1, 2 or 3'},
	);

	if (choice === '2') {
		const command = await askValid<string>(prompts, say, {text: 'Command: '}, (given) =>
			given ? {value: given} : {problem: 'type the command that prints your password'},
		);
		config.passwordCommand = command;
		return {kind: 'command', command};
	}

	if (choice === '3') {
		say(`  Set it in the shell that runs chronos-tui, e.g. with \`read -rs ${passwordVariable}; export ${passwordVariable}\`.`);
		return {kind: 'env'};
	}

	const suggested = resolveUserPath('password', configPath, env);
	const file = await askValid(prompts, say, question('Password file', suggested), (given) => ({
		value: resolveUserPath(given, configPath, env),
	}));
	config.passwordFile = file;
	if (await pathExists(file)) {
		await offerPrivateMode(prompts, say, file);
		return {kind: 'file', file};
	}

	say(`  ${file} does not exist yet.`);
	const typed = await prompts.askSecret('  Type the password to store it there once the setup is saved (hidden; enter to skip): ');
	return typed ? {kind: 'file', file, typed} : {kind: 'file', file};
}

/** An existing file others can read is refused by every command: offer to fix that now. */
async function offerPrivateMode(prompts: InitPrompts, say: Say, file: string): Promise<void> {
	const mode = await fileMode(file);
	if (mode === undefined || (mode & 0o077) === 0) {
		return;
	}

	say(`  ${file} is readable by others.`);
	if (await yesNo(prompts, `  Make it private now (chmod 600 ${file})? [Y/n] `, true)) {
		await chmod(file, 0o600);
	} else {
		say(`  chronos-tui will refuse it until you run: chmod 600 ${file}`);
	}
}

/** The password the plan stands for now, for the connection test; undefined when there is none yet. */
export async function plannedPassword(plan: PasswordPlan, env: NodeJS.ProcessEnv): Promise<string | undefined> {
	switch (plan.kind) {
		case 'file':
			return plan.typed ?? ((await pathExists(plan.file)) ? readPasswordFile(plan.file) : undefined);
		case 'command':
			return runPasswordCommand(plan.command);
		case 'env':
			return env[passwordVariable] || undefined;
	}
}

/** Which password a refused connection used, so the user knows which one to fix. */
export async function describePasswordSource(plan: PasswordPlan, env: NodeJS.ProcessEnv): Promise<string> {
	switch (plan.kind) {
		case 'file':
			if (plan.typed) return 'the password typed above';
			return (await pathExists(plan.file)) ? `the password in ${plan.file}` : `no password: ${plan.file} does not exist yet`;
		case 'command':
			return `the password printed by passwordCommand \`${plan.command}\``;
		case 'env':
			return env[passwordVariable] ? `the password in the ${passwordVariable} environment variable` : `no password: ${passwordVariable} is not set in this shell`;
	}
}

/** After Chronos refused the password of a file plan: the user may type the right one (kept in memory). */
export async function retypePassword(prompts: InitPrompts, plan: PasswordPlan): Promise<PasswordPlan | undefined> {
	if (plan.kind !== 'file') {
		return undefined;
	}

	const inFile = plan.typed === undefined && (await pathExists(plan.file));
	const again = plan.typed !== undefined || inFile ? ' again' : '';
	const replaces = inFile ? `; it replaces the one in ${plan.file} once saved` : '';
	const typed = await prompts.askSecret(`  Type the password${again}${replaces} (hidden; enter to stop trying): `);
	return typed ? {...plan, typed} : undefined;
}

/** Once the user accepted: stores a typed password in its file, or says how to create the file later. */
export async function savePasswordPlan(plan: PasswordPlan, say: Say): Promise<void> {
	if (plan.kind !== 'file') {
		return;
	}

	if (plan.typed) {
		await writePrivateFile(plan.file, `${plan.typed}\n`);
		say(`Stored the password in ${plan.file} (readable only by you).`);
	} else if (!(await pathExists(plan.file))) {
		say(`Create ${plan.file} later with: (umask 077; cat > ${plan.file})  then type the password and press ctrl-d.`);
	}
}
