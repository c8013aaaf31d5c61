// Opens the dashboard full screen and gives the terminal back exactly as it was: on q, ctrl-c, SIGTERM and
// SIGHUP (the ssh connection dropped). Resolves with the exit code.
// What the first frame draws is imported up front; the wizard, YAML and the editor flow load when first used.
import {render} from 'ink';
import type {ChronosClient} from '../chronos/client.js';
import type {ClusterProfile} from '../jobs/profile.js';
import type {OutputSettings} from '../output/index.js';
import {createJobActions} from '../store/actions.js';
import {JobStore} from '../store/job-store.js';
import {App} from './App.js';
import {InputTurns} from './input/input-turns.js';
import {wizardServicesFromClient} from './wizard/services.js';

export interface DashboardOptions {
	client: ChronosClient;
	config: {url: string; user: string; profile: ClusterProfile; pollIntervalMs: number; notifyRunEnds?: boolean; output?: {dir: string}};
	demo?: boolean;
	stdout?: NodeJS.WriteStream;
	stdin?: NodeJS.ReadStream;
	/** Where job output is read from: a storage root in demo mode, a Mesos master when configured. */
	outputSettings?: OutputSettings;
	/** The store of this client and the turns it polls in, when its first poll went out before the views' code loaded. */
	started?: {store: JobStore; inputTurns: InputTurns};
}

/** Exit status after a signal, as shells report it: 128 + the signal number. */
const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;
type HandledSignal = keyof typeof signalExitCodes;

export async function runDashboard(options: DashboardOptions): Promise<number> {
	const {client, config} = options;
	const stdout = options.stdout ?? process.stdout;
	// The store's polls of a big Chronos run between the keys the input layer reports.
	const inputTurns = options.started?.inputTurns ?? new InputTurns();
	const store = options.started?.store ?? new JobStore({client, pollIntervalMs: config.pollIntervalMs, turns: inputTurns});
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
			outputSettings={options.outputSettings}
			notifyRunEnds={config.notifyRunEnds ?? true}
			outputDirTemplate={config.output?.dir ?? config.profile.output.dir}
			startupNotice={client.proxyNotice}
			inputTurns={inputTurns}
			copy={(text: string) => {
				stdout.write(text);
			}}
		/>,
		{
			stdout,
			stdin: options.stdin ?? process.stdin,
			alternateScreen: true,
			incrementalRendering: true,
			// A frame drawn for a poll or the clock holds the next one back for 1000/maxFps ms: at 30 a key
			// pressed just after it waited up to 34 ms (measured with 10,000 jobs), at 60 it waits at most 17.
			// A frame of 10,000 jobs costs about 10 ms, so 60 is sustainable; frames are incremental, so a
			// quiet list still costs a line per poll.
			maxFps: 60,
			exitOnCtrlC: false,
			patchConsole: true,
		},
	);

	// ctrl-c arrives as a key in raw mode; these come from outside: kill, a closed ssh session, kill -INT.
	const onSignal = (signal: HandledSignal) => {
		exitCode = signalExitCodes[signal];
		instance.unmount();
	};

	const handlers = (Object.keys(signalExitCodes) as HandledSignal[]).map(signal => {
		const handler = () => {
			onSignal(signal);
		};

		process.once(signal, handler);
		return [signal, handler] as const;
	});

	// After an ssh drop the terminal is gone and writes fail (EIO, EPIPE). That must not turn into a crash that
	// skips the cleanup below; there is nobody left to show anything to.
	const ignoreVanishedTerminal = () => undefined;
	stdout.on('error', ignoreVanishedTerminal);

	store.start();
	try {
		await instance.waitUntilExit();
	} finally {
		store.stop();
		for (const [signal, handler] of handlers) {
			process.off(signal, handler);
		}

		stdout.off('error', ignoreVanishedTerminal);
	}

	return exitCode;
}
