// Files named on the command line are read up to a ceiling: `validate /dev/zero` and `--config /dev/zero`
// end with one line saying the file is too large, instead of filling the memory.
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, expect, test, vi} from 'vitest';
import {assertBuilt} from '../helpers/built-program.js';
import {runCli} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let home: string;

beforeAll(async () => {
	assertBuilt();
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-limits-'));
});

afterAll(async () => {
	await rm(home, {recursive: true, force: true});
});

test('validate /dev/zero says the file is too large, with the setting that raises the limit', async () => {
	const result = await runCli(['validate', '/dev/zero'], {home, env: {CHRONOS_TUI_MAX_FILE_MB: '2'}});
	expect(result.code).toBe(1);
	expect(result.stdout).toContain('/dev/zero: error: cannot read the file: file too large (over 2 MB; CHRONOS_TUI_MAX_FILE_MB raises the limit)');
});

test('--config /dev/zero is refused as too large, exit 3', async () => {
	const result = await runCli(['list', '--config', '/dev/zero'], {home});
	expect(result.code).toBe(3);
	expect(result.stderr).toBe('chronos-tui: config file /dev/zero is too large (over 1 MB): is it the right file?\n');
});
