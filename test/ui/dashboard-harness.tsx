// A dashboard wired exactly as run.tsx wires it (real store, real actions, real client) against a real
// emulator over HTTP, rendered into a fake terminal of a chosen size.
import {ChronosClient} from '../../source/chronos/client.js';
import {startEmulator, type EmulatorOptions, type RunningEmulator} from '../../source/emulator/server.js';
import {recasProfile} from '../../source/jobs/profile.js';
import {createJobActions} from '../../source/store/actions.js';
import {JobStore} from '../../source/store/job-store.js';
import {App, type AppProps} from '../../source/ui/App.js';
import type {EditText} from '../../source/ui/edit/editor.js';
import {wizardServicesFromClient} from '../../source/ui/wizard/services.js';
import {renderTerminal, type TestTerminal} from './terminal.js';

export interface Dashboard {
	emulator: RunningEmulator;
	client: ChronosClient;
	store: JobStore;
	terminal: TestTerminal;
	copied: string[];
	quits: number;
	close(): Promise<void>;
}

export interface DashboardSetup {
	size?: {columns: number; rows: number};
	emulator?: EmulatorOptions;
	editText?: EditText;
	props?: Partial<AppProps>;
	/** Text that shows the first poll has landed; a sample job by default. */
	readyText?: string;
}

export const user = 'alice';

export async function openDashboard(setup: DashboardSetup = {}): Promise<Dashboard> {
	const emulator = await startEmulator({seed: 'samples', sampleUser: user, ...setup.emulator});
	const client = new ChronosClient({url: emulator.url, retries: 0});
	const store = new JobStore({client, pollIntervalMs: 1000});
	const actions = createJobActions(client, store);
	const copied: string[] = [];
	const dashboard: Dashboard = {
		emulator,
		client,
		store,
		copied,
		quits: 0,
		terminal: undefined as unknown as TestTerminal,
		async close() {
			dashboard.terminal.unmount();
			store.stop();
			await emulator.close();
		},
	};
	dashboard.terminal = renderTerminal(
		<App
			store={store}
			actions={actions}
			url={client.url}
			user={user}
			profile={recasProfile}
			demo
			color={false}
			editText={setup.editText}
			wizardServices={wizardServicesFromClient(client)}
			copy={text => {
				copied.push(text);
			}}
			onQuit={() => {
				dashboard.quits++;
			}}
			{...setup.props}
		/>,
		setup.size ?? {columns: 100, rows: 30},
	);
	store.start();
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
