// A dashboard wired exactly as run.tsx wires it (real store, real actions, real client) against a real
// emulator over HTTP, rendered into a fake terminal of a chosen size, in demo mode with the wizard.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ChronosClient, type ChronosClientOptions} from '../../source/chronos/client.js';
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/server.js';
import type {JobStore} from '../../source/store/job-store.js';
import type {AppProps} from '../../source/ui/App.js';
import type {EditText} from '../../source/ui/edit/editor.js';
import {wizardServicesFromClient} from '../../source/ui/wizard/services.js';
import {renderDashboard} from '../helpers/dashboard.js';
import {startTamperingServer, type Tamper} from '../helpers/tampering-proxy.js';
import type {TestTerminal} from './terminal.js';

export interface Dashboard {
	emulator: RunningEmulator;
	client: ChronosClient;
	store: JobStore;
	terminal: TestTerminal;
	copied: string[];
	quits: number;
	/** Where `e` keeps its edits; gone once the dashboard is closed. */
	editFolder: string;
	/** Closes the dashboard; a second call does nothing. */
	close(): Promise<void>;
}

export interface DashboardSetup {
	size?: {columns: number; rows: number};
	emulator?: EmulatorOptions;
	editText?: EditText;
	/**
	 * Where `e` makes each edit's folder: a folder of the test's own, which the test removes. By default one
	 * made for the dashboard and removed when it closes: the program's exit hook never runs in a test worker.
	 */
	editFolder?: string;
	props?: Partial<AppProps>;
	/** Text that shows the first poll has landed; a sample job by default. */
	readyText?: string;
	/** Damages the emulator's job documents on their way to the dashboard, as a broken server would. */
	tamper?: Tamper;
	/** Credentials for the client, as the config would give them. */
	client?: Pick<ChronosClientOptions, 'user' | 'password' | 'passwordOrigin' | 'proxyEnv'>;
}

export const user = 'alice';

const openDashboards = new Set<Dashboard>();

/** Closes every dashboard still open; for afterEach, so a failed test never leaves one running. */
export async function closeDashboards(): Promise<void> {
	await Promise.all([...openDashboards].map(async dashboard => dashboard.close()));
}

export async function openDashboard(setup: DashboardSetup = {}): Promise<Dashboard> {
	const emulatorOptions: EmulatorOptions = {seed: 'samples', sampleUser: user, ...setup.emulator};
	const tampering = setup.tamper ? await startTamperingServer(setup.tamper, emulatorOptions) : undefined;
	const emulator = tampering?.emulator ?? (await startEmulator(emulatorOptions));
	const client = new ChronosClient({url: tampering?.url ?? emulator.url, retries: 0, ...setup.client});
	const copied: string[] = [];
	const ownEditFolder = setup.editFolder === undefined;
	const editFolder = setup.editFolder ?? mkdtempSync(join(tmpdir(), 'chronos-tui-test-edits-'));
	const {terminal, store, stop} = renderDashboard(client, {
		size: setup.size ?? {columns: 100, rows: 30},
		pollIntervalMs: 1000,
		props: {
			user,
			demo: true,
			editText: setup.editText,
			editFolder,
			wizardServices: wizardServicesFromClient(client),
			copy(text) {
				copied.push(text);
			},
			onQuit() {
				dashboard.quits++;
			},
			...setup.props,
		},
	});
	const dashboard: Dashboard = {
		emulator,
		client,
		store,
		terminal,
		copied,
		quits: 0,
		editFolder,
		async close() {
			if (!openDashboards.delete(dashboard)) {
				return;
			}

			stop();
			await (tampering ?? emulator).close();
			if (ownEditFolder) {
				rmSync(editFolder, {recursive: true, force: true});
			}
		},
	};
	openDashboards.add(dashboard);
	await dashboard.terminal.waitFor(setup.readyText ?? 'alice-bert-finetune', 15_000);
	return dashboard;
}

/** The line of the list that shows a job. */
export function lineOf(frame: string, name: string): string {
	return frame.split('\n').find(line => line.includes(name)) ?? '';
}

/** The name on the selected line (the one with the cursor mark). */
export function selectedName(frame: string): string | undefined {
	const line = frame.split('\n').find(candidate => candidate.startsWith('› '));
	return line?.match(/alice-[\w.-]+/)?.[0];
}

/** Moves the cursor onto the job whose line starts with `prefix`. */
export async function selectJob(d: Dashboard, prefix: string): Promise<void> {
	await d.terminal.press('g');
	for (let step = 0; step < 20 && !selectedName(d.terminal.lastFrame())?.startsWith(prefix); step++) {
		await d.terminal.press('j');
	}

	if (!selectedName(d.terminal.lastFrame())?.startsWith(prefix)) {
		throw new Error(`no job line starts with ${prefix}:\n${d.terminal.lastFrame()}`);
	}
}

/** Filters the list down to one job, as a user would: `/`, its name, enter, until the header says 1/1. */
export async function showOnly(terminal: TestTerminal, name: string): Promise<void> {
	await terminal.press('/');
	await terminal.type(name);
	await terminal.press('\r');
	await terminal.waitFor(frame => frame.includes(name) && frame.includes('1/1'));
}
