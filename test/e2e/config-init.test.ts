// `chronos-tui config init` as a new user runs it in a terminal, against a Chronos with a password: a wrong
// password typed at the hidden prompt is named as the one Chronos refused, declining to save writes nothing,
// and the next run asks for the password again instead of trusting a file from the failed one.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {e2ePassword, e2eUser, startTestChronos} from './chronos.js';
import {endProgramTest, freshHome, skipMessage, startProgram} from './program.js';
import {tmuxAvailable, type TmuxTerminal} from './tmux.js';

const wrongPassword = 'Typed-wrong-pw';

/** Answers a question once it is on screen, as a user reading it would. */
async function answer(terminal: TmuxTerminal, question: string, text: string): Promise<void> {
	await terminal.waitFor(question);
	if (text) await terminal.type(text);
	await terminal.sendKeys('Enter');
}

/** URL, username, a password file at the offered place, and the password typed at the hidden prompt. */
async function answerUpToTheTest(terminal: TmuxTerminal, url: string, password: string): Promise<void> {
	await answer(terminal, 'Chronos URL', url);
	await answer(terminal, 'Username', e2eUser);
	await answer(terminal, 'Choice [1]:', '');
	await answer(terminal, 'Password file [', '');
	await answer(terminal, 'Type the password to store it there', password);
	await answer(terminal, 'Test the connection now? [Y/n]', '');
}

describe.skipIf(!tmuxAvailable())('config init in a terminal', () => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test('a refused password is named, N writes nothing, and the next run asks for the password again', async () => {
		const {chronos} = await startTestChronos({seed: 'none'});
		const home = freshHome();
		const configFile = join(home, '.config', 'chronos-tui', 'config.yaml');
		const passwordFile = join(home, '.config', 'chronos-tui', 'password');

		const first = (await startProgram({width: 120, height: 40, args: ['config', 'init'], home})).terminal;
		await answerUpToTheTest(first, chronos.url, wrongPassword);
		await first.waitFor(`Could not connect: wrong username or password for ${chronos.url} (used the password typed above)`);
		await answer(first, 'Type the password again', '');
		await answer(first, 'Save this configuration anyway? [y/N]', 'n');
		expect(await first.waitForExit()).toBe(1);
		const declined = await first.capture();
		expect(declined).toContain('Nothing written: no configuration file and no password file, and the password you typed was not stored.');
		expect(declined).not.toContain(wrongPassword);
		expect(existsSync(passwordFile)).toBe(false);
		expect(existsSync(configFile)).toBe(false);

		const second = (await startProgram({width: 120, height: 40, args: ['config', 'init'], home})).terminal;
		await answerUpToTheTest(second, chronos.url, e2ePassword);
		await second.waitFor(`Connected to ${chronos.url} as ${e2eUser}: 0 jobs.`);
		expect(await second.waitForExit()).toBe(0);
		expect(await second.capture()).not.toContain(e2ePassword);
		expect(readFileSync(passwordFile, 'utf8').trim()).toBe(e2ePassword);
		expect(readFileSync(configFile, 'utf8')).toContain(`passwordFile: ${passwordFile}`);
	}, 60_000);
});

test.runIf(!tmuxAvailable())('config init end-to-end tests need tmux', () => {
	console.warn(skipMessage);
});
