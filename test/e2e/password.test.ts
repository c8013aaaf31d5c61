// A refused password in the real program in a real terminal: the password file holds an old password, the
// dashboard names that file, the right password is typed into the masked field, and the jobs appear. Not one
// screen, scrollback included, ever shows either password.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {e2ePassword, e2eUser, startTestChronos} from './chronos.js';
import {endProgramTest, freshHome, startProgram} from './program.js';
import {tmuxAvailable, type TmuxTerminal} from './tmux.js';

const oldPassword = 'last-years-password-7';

/** Everything tmux holds for the pane: the screen and all the history above it. */
async function everythingShown(terminal: TmuxTerminal): Promise<string> {
	return terminal.tmux('capture-pane', '-p', '-S', '-', '-t', terminal.target);
}

describe.skipIf(!tmuxAvailable())('a password Chronos refuses', () => {
	beforeAll(() => {
		assertBuilt();
	});

	afterEach(endProgramTest);

	test('names the password file, takes the right password masked, and shows the jobs', async () => {
		const {chronos} = await startTestChronos();
		const home = freshHome();
		const passwordFile = join(home, '.chronos-password');
		writeFileSync(passwordFile, `${oldPassword}\n`, {mode: 0o600});
		mkdirSync(join(home, '.config', 'chronos-tui'), {recursive: true});
		writeFileSync(
			join(home, '.config', 'chronos-tui', 'config.yaml'),
			`url: ${chronos.url}\nuser: ${e2eUser}\npasswordFile: ~/.chronos-password\n`,
			{mode: 0o600},
		);
		const {terminal} = await startProgram({width: 80, height: 24, home, env: {CHRONOS_URL: undefined, CHRONOS_USER: undefined, CHRONOS_PASSWORD: undefined}});
		const shown: string[] = [];
		// The list says "refused" a frame before the dialog opens over it: wait for the dialog's own hint.
		const refused = await terminal.waitFor('enter tries it', {timeoutMs: 15_000});
		expect(refused).toContain('Chronos refused the password');
		shown.push(refused);
		expect(refused).toContain(passwordFile);
		expect(refused).toContain('password:');

		await terminal.type(e2ePassword);
		shown.push(await terminal.waitFor('•'.repeat(e2ePassword.length)));
		await terminal.sendKeys('Enter');
		const listed = await terminal.waitFor('e2e-resnet50', {timeoutMs: 15_000});
		shown.push(listed, await terminal.waitFor('saved nowhere'));
		expect(listed).not.toContain('refused');
		shown.push(await everythingShown(terminal));
		for (const screen of shown) {
			expect(screen).not.toContain(e2ePassword);
			expect(screen).not.toContain(oldPassword);
		}
	}, 60_000);
});
