// Frontends often set HTTP_PROXY for the outside world. The demo talks to an emulator on this machine that no
// proxy can reach, so it must never send its requests through one.
import {afterEach, describe, expect, test} from 'vitest';
import {closedPort} from '../helpers/http-server.js';
import {endProgramTest, startProgram} from './program.js';
import {tmuxAvailable} from './tmux.js';

describe.skipIf(!tmuxAvailable())('demo mode behind a proxy', () => {
	afterEach(endProgramTest);

	test('shows the sample jobs, whatever HTTP_PROXY says, without a word about it', async () => {
		const deadProxy = `http://127.0.0.1:${await closedPort()}`;
		const {terminal} = await startProgram({width: 100, height: 30, args: ['demo'], env: {HTTP_PROXY: deadProxy, http_proxy: deadProxy}});
		const screen = await terminal.waitFor('demo-resnet50', {timeoutMs: 15_000});
		expect(screen).toContain('12/12');
		expect(screen).not.toMatch(/proxy|could not be reached/i);
	}, 30_000);
});
