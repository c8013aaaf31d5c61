// The dashboard wired as run.tsx wires it (real store, real actions, the client it is given) and rendered
// into a fake terminal of a chosen size, polling from the start: for tests against any server, hostile ones
// included.
import type {ChronosClient} from '../../source/chronos/client.js';
import {recasProfile} from '../../source/jobs/profile.js';
import {createJobActions} from '../../source/store/actions.js';
import {JobStore} from '../../source/store/job-store.js';
import {App, type AppProps} from '../../source/ui/App.js';
import {renderTerminal, type TestTerminal} from '../ui/terminal.js';

export interface DashboardOptions {
	size: {columns: number; rows: number};
	pollIntervalMs: number;
	/** Anything App takes besides its store, actions and client's URL: the user is alice, colours are off. */
	props?: Partial<AppProps>;
}

export interface RenderedDashboard {
	terminal: TestTerminal;
	store: JobStore;
	/** Unmounts the dashboard and stops polling. */
	stop(): void;
}

export function renderDashboard(client: ChronosClient, {size, pollIntervalMs, props}: DashboardOptions): RenderedDashboard {
	const store = new JobStore({client, pollIntervalMs});
	const terminal = renderTerminal(
		<App
			store={store}
			actions={createJobActions(client, store)}
			url={client.url}
			user="alice"
			profile={recasProfile}
			color={false}
			startupNotice={client.proxyNotice}
			copy={() => {}}
			onQuit={() => {}}
			{...props}
		/>,
		size,
	);
	store.start();
	return {
		terminal,
		store,
		stop() {
			terminal.unmount();
			store.stop();
		},
	};
}
