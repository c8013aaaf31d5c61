// `npm run screenshots`: runs the built chronos-tui in a 100x30 tmux terminal against an emulator with the
// sample jobs of user `mrossi`, walks through the screens a new user sees, and saves each one as SVG (our own
// ANSI renderer) and PNG (rsvg-convert, or headless Chromium when that is what the machine has).
// Captured text is also kept (`.txt`, with colour escapes) so a change in a screen shows in a diff.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ansiToSvg} from './ansi-to-svg.js';
// The end-to-end tests' tmux harness, loaded straight from its TypeScript (Node 24 strips the types).
import {TmuxTerminal} from '../test/e2e/tmux.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const cli = join(root, 'dist', 'cli.js');
const emulatorModule = join(root, 'dist', 'emulator', 'server.js');
const columns = 100;
const rows = 30;
const user = 'mrossi';
// A fixed port keeps the address in the header the same from one run to the next.
const preferredPort = 40_404;

function findConverter() {
	for (const [name, probe] of [['rsvg-convert', ['--version']], ['chromium', ['--version']]]) {
		try {
			execFileSync(name, probe, {stdio: 'ignore'});
			return name;
		} catch {
			// Not installed; try the next.
		}
	}
	return undefined;
}

function svgToPng(converter, svgFile, pngFile, width, height) {
	if (converter === 'rsvg-convert') {
		execFileSync('rsvg-convert', ['--zoom', '1.5', '--output', pngFile, svgFile]);
		return;
	}
	const profile = mkdtempSync(join(tmpdir(), 'chronos-shots-chromium-'));
	try {
		execFileSync('chromium', [
			'--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--hide-scrollbars',
			`--window-size=${width},${height}`, `--screenshot=${pngFile}`, `file://${svgFile}`,
		], {stdio: 'ignore'});
	} finally {
		rmSync(profile, {recursive: true, force: true});
	}
}

async function startChronos(startEmulator, storageRoot) {
	const credentials = {user, password: 'screenshots-only'};
	try {
		return {emulator: await startEmulator({port: preferredPort, seed: 'samples', sampleUser: user, credentials, storageRoot}), credentials};
	} catch {
		return {emulator: await startEmulator({port: 0, seed: 'samples', sampleUser: user, credentials, storageRoot}), credentials};
	}
}

async function main() {
	for (const file of [cli, emulatorModule]) {
		if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run screenshots does).`);
	}
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
	} catch {
		throw new Error('tmux is needed to take the screenshots (apt-get install -y tmux).');
	}
	const converter = findConverter();
	const {startEmulator} = await import(emulatorModule);
	const home = mkdtempSync(join(tmpdir(), 'chronos-shots-home-'));
	// The sample jobs that keep their output write it here, standing for the cluster's /lustrehome.
	const storageRoot = join(home, 'storage');
	const {emulator, credentials} = await startChronos(startEmulator, storageRoot);
	const launch = async () => {
		const started = await TmuxTerminal.start({
			width: columns,
			height: rows,
			cwd: home,
			command: [process.execPath, cli],
			env: {
				HOME: home,
				XDG_CONFIG_HOME: join(home, '.config'),
				XDG_STATE_HOME: join(home, '.local', 'state'),
				LANG: 'C.UTF-8',
				CHRONOS_URL: emulator.url,
				CHRONOS_USER: credentials.user,
				CHRONOS_PASSWORD: credentials.password,
				CHRONOS_STORAGE_ROOT: storageRoot,
			},
		});
		await started.waitFor(`${user}-resnet50`);
		await started.waitFor('data as of');
		return started;
	};
	let terminal;

	const made = [];
	const shoot = async (name, title) => {
		const screen = await terminal.settle();
		writeFileSync(join(here, `${name}.txt`), screen);
		const svgFile = join(here, `${name}.svg`);
		const svg = ansiToSvg(screen, {columns, rows, title: `chronos-tui · ${title}`});
		writeFileSync(svgFile, svg);
		made.push(`${name}.svg`);
		if (converter) {
			const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg);
			svgToPng(converter, svgFile, join(here, `${name}.png`), Number(width), Number(height));
			made.push(`${name}.png`);
		}
	};

	try {
		terminal = await launch();
		await shoot('list', 'job list');

		await terminal.sendKeys('?');
		await terminal.waitFor('Show these keys');
		await shoot('help', 'keys of the job list');
		await terminal.sendKeys('Escape');
		await terminal.waitForGone('Show these keys');

		// Details of a running training job, found with the filter as a user would.
		await terminal.sendKeys('/');
		await terminal.waitFor('esc clear');
		await terminal.type('resnet');
		await terminal.waitFor('/resnet');
		await terminal.sendKeys('Enter');
		// Back in the list, the hint bar offers to clear the filter that is now applied.
		await terminal.waitFor('esc clear filter');
		await terminal.waitFor('1/12');
		await terminal.sendKeys('Enter');
		await terminal.waitFor(/Resources[\s\S]*GPUs/);
		await shoot('details', 'job details');
		// Its output, followed while it trains.
		await terminal.sendKeys('l');
		await terminal.waitFor(/Epoch \d+\/\d+/, {timeoutMs: 30_000});
		await shoot('output', 'job output, followed while it runs');
		await terminal.sendKeys('Escape');
		await terminal.waitFor(/Resources[\s\S]*GPUs/);
		await terminal.sendKeys('Escape');
		await terminal.waitFor('1/12');
		await terminal.sendKeys('/');
		await terminal.waitFor('/resnet');
		await terminal.sendKeys('Escape');
		await terminal.waitFor('12/12');

		await terminal.sendKeys('s');
		await terminal.waitFor(/Stop \S+\?/);
		await shoot('confirm-stop', 'stop confirmation');
		await terminal.sendKeys('Escape');
		await terminal.waitFor('was not stopped');
		// The status line keeps the outcome of the last action; a fresh start keeps it out of the next picture.
		await terminal.kill();
		terminal = await launch();

		await terminal.sendKeys('D');
		await terminal.waitFor('Type its name to confirm');
		await terminal.type(`${user}-bert`);
		await shoot('confirm-delete', 'delete confirmation, name typed in part');
		await terminal.sendKeys('Escape');

		// The wizard, from the cluster guide's first job, under a name of the user's own.
		await terminal.sendKeys('n');
		await terminal.waitFor('What should the new job start from?');
		await terminal.sendKeys('Down');
		await terminal.waitFor(/❯ The cluster guide's first job/);
		await terminal.sendKeys('Enter');
		await terminal.waitFor('When should the job run?');
		await terminal.sendKeys('Enter');
		await terminal.waitFor('Name');
		for (let index = 0; index < 40; index++) await terminal.sendKeys('BSpace');
		await terminal.type(`${user}-first-gpu-test`);
		await terminal.waitFor(`${user}-first-gpu-test`);
		for (const step of ['Container image', 'Command', 'Resources', 'Volumes', 'When', 'Advanced', 'Review']) {
			await terminal.sendKeys('Enter');
			await terminal.waitFor(step);
		}
		await terminal.waitFor('✓ valid');
		await shoot('wizard-review', 'new job wizard, review');
	} finally {
		await terminal?.kill();
		await emulator.close();
		rmSync(home, {recursive: true, force: true});
	}

	process.stdout.write(`Made ${made.join(', ')} in ${here}\n`);
	if (!converter) {
		process.stdout.write('No PNGs: neither rsvg-convert (apt-get install -y librsvg2-bin) nor chromium was found; the SVGs are up to date.\n');
	}
}

main().catch(error => {
	process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
