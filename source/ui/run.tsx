// Opens the dashboard full screen and gives the terminal back exactly as it was: on q, ctrl-c, SIGTERM and
// SIGHUP (the ssh connection dropped). Resolves with the exit code.
import {render} from 'ink';
import type {ChronosClient} from '../chronos/client.js';
import type {ClusterProfile} from '../jobs/profile.js';
import {createJobActions} from '../store/actions.js';
import {JobStore} from '../store/job-store.js';
import {App} from './App.js';
import {wizardServicesFromClient} from './wizard/services.js';

export interface DashboardOptions {
	client: ChronosClient;
	config: {url: string; user: string; profile: ClusterProfile; pollIntervalMs: number};
	demo?: boolean;
	stdout?: NodeJS.WriteStream;
	stdin?: NodeJS.ReadStream;
}

/** Exit status after a signal, as shells report it: 128 + the signal number. */
const signalExitCodes = {SIGTERM: 143, SIGHUP: 129} as const;

export async function runDashboard(options: DashboardOptions): Promise<number> {
	const {client, config} = options;
	const stdout = options.stdout ?? process.stdout;
	const store = new JobStore({client, pollIntervalMs: config.pollIntervalMs});
	const actions = createJobActions(client, store);
	let exitCode = 0;

	const instance = render(
		<App
			store={store}
			actions={actions}
			url={client.url}
			user={config.user}
			profile={config.profile}
			demo={options.demo}
			wizardServices={wizardServicesFromClient(client)}
			copy={text => {
				stdout.write(text);
			}}
		/>,
		{
			stdout,
			stdin: options.stdin ?? process.stdin,
			alternateScreen: true,
			incrementalRendering: true,
			// A live list changes a few lines a second; more frames only cost bandwidth over ssh.
			maxFps: 20,
			exitOnCtrlC: false,
			patchConsole: true,
		},
	);

	const onSignal = (signal: keyof typeof signalExitCodes) => {
		exitCode = signalExitCodes[signal];
		instance.unmount();
	};

	const onTerm = () => {
		onSignal('SIGTERM');
	};

	const onHup = () => {
		onSignal('SIGHUP');
	};

	process.once('SIGTERM', onTerm);
	process.once('SIGHUP', onHup);
	store.start();
	try {
		await instance.waitUntilExit();
	} finally {
		store.stop();
		process.off('SIGTERM', onTerm);
		process.off('SIGHUP', onHup);
	}

	return exitCode;
}
