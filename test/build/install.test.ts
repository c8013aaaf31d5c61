// Installing for real, as the README's "Install on the frontend" says: the tarball `npm pack` makes,
// installed without root into a prefix of its own, run as `chronos-tui` with the Node the machine has (not
// the tests' pinned Node 24: a frontend may have nothing newer than 20).
import {execFile} from 'node:child_process';
import {accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {assertBuilt, projectRoot} from '../helpers/built-program.js';
import {closeTestEmulators, startTestEmulator} from '../helpers/emulators.js';

const run = promisify(execFile);

/** The first `node` on PATH that is not this project's own (npm puts node_modules/.bin first). */
function machineNode(): string {
	for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
		if (!folder || folder.startsWith(projectRoot)) continue;
		const candidate = join(folder, 'node');
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// Not here.
		}
	}
	throw new Error('no node of the machine on PATH: this test runs the installed command with it');
}

let work: string;
let installedCommand: string;
let userEnv: NodeJS.ProcessEnv;
const {version} = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {version: string};
// Each test starts Node cold on a machine that may be busy.
const commandTimeout = 60_000;

beforeAll(async () => {
	assertBuilt();
	work = mkdtempSync(join(tmpdir(), 'chronos-install-'));
	const npmEnv = {...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false'};
	const {stdout} = await run('npm', ['pack', '--json', '--pack-destination', work], {cwd: projectRoot, env: npmEnv});
	const [{filename}] = JSON.parse(stdout) as [{filename: string}];
	const prefix = join(work, 'prefix');
	await run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, filename)], {cwd: work, env: npmEnv});
	installedCommand = join(prefix, 'bin', 'chronos-tui');
	const home = join(work, 'home');
	userEnv = {
		PATH: [join(prefix, 'bin'), dirname(machineNode()), '/usr/bin', '/bin'].join(delimiter),
		HOME: home,
		XDG_CONFIG_HOME: join(home, '.config'),
		XDG_CACHE_HOME: join(home, '.cache'),
		LANG: 'C.UTF-8',
	};
}, 180_000);

afterAll(async () => {
	await closeTestEmulators();
	if (work) rmSync(work, {recursive: true, force: true});
});

describe('the installed package', () => {
	test('is the bundle alone: no libraries installed beside it', () => {
		const installed = join(dirname(dirname(installedCommand)), 'lib', 'node_modules', 'chronos-tui');
		expect(existsSync(join(installed, 'node_modules')), 'a runtime dependency crept in: libraries belong in devDependencies, the bundle carries them').toBe(false);
		expect(readdirSync(join(installed, 'dist')).sort()).toEqual(['chronos-tui.js', 'chronos-tui.js.map', 'chunks', 'cli.js']);
	});

	test('has every chunk the program loads, each with its source map (CHRONOS_TUI_DEBUG=1 stack traces)', () => {
		const dist = join(dirname(dirname(installedCommand)), 'lib', 'node_modules', 'chronos-tui', 'dist');
		const built = readdirSync(join(projectRoot, 'dist', 'chunks')).sort();
		expect(readdirSync(join(dist, 'chunks')).sort()).toEqual(built);
		for (const file of ['chronos-tui.js', ...built.filter(name => name.endsWith('.js')).map(name => join('chunks', name))]) {
			const linked = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
			expect(linked, file).toBeDefined();
			expect(existsSync(join(dist, dirname(file), linked!)), `${file} links ${linked}`).toBe(true);
		}
	});

	test('chronos-tui --version runs on the machine\'s own Node', async () => {
		const {stdout} = await run(installedCommand, ['--version'], {env: userEnv, cwd: work});
		expect(stdout.trim()).toBe(version);
	}, commandTimeout);

	test('chronos-tui list talks to Chronos on the machine\'s own Node', async () => {
		const emulator = await startTestEmulator({seed: 'samples', sampleUser: 'alice'});
		const {stdout} = await run(installedCommand, ['list'], {
			env: {...userEnv, CHRONOS_URL: emulator.url, CHRONOS_USER: 'alice', CHRONOS_PASSWORD: 'not-checked'},
			cwd: work,
		});
		expect(stdout).toMatch(/^NAME\s+STATE/);
		expect(stdout).toContain('alice-bert-finetune');
	}, commandTimeout);
});
