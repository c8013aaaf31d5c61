// `chronos-tui new`: the wizard alone, full screen. Leaves the alternate screen on every way out and then
// prints one line saying what happened, so the result stays in the scrollback.
import {existsSync} from 'node:fs';
import {Box, render, useWindowSize} from 'ink';
import type {ReactNode} from 'react';
import type {ClusterProfile} from '../../jobs/profile.js';
import {InputLayer} from '../input/InputLayer.js';
import {DraftSession} from './draft-store.js';
import type {WizardServices} from './services.js';
import {Wizard, type WizardResult} from './Wizard.js';

export interface RunWizardOptions {
	services: WizardServices;
	user: string;
	profile: ClusterProfile;
	/** File Save JSON/YAML offers first; saving there ends the wizard. */
	out?: string;
	/** With `out`: also submit. Without `out` submitting is always on. */
	submit?: boolean;
}

/** Never taller than the terminal: a frame of full height makes some terminals scroll. */
function FitToTerminal({children}: {children: ReactNode}) {
	const {rows, columns} = useWindowSize();
	return (
		<Box flexDirection="column" height={Math.max(rows - 1, 10)} width={columns} overflow="hidden">
			{children}
		</Box>
	);
}

const signalExitCodes = {SIGHUP: 129, SIGTERM: 143} as const;

export async function runWizard(options: RunWizardOptions): Promise<number> {
	const drafts = DraftSession.create();
	let result: WizardResult = {};
	const submitBlockedReason =
		options.out !== undefined && options.submit !== true
			? `Submit is off: this run saves to ${options.out} (add --submit to also send it to Chronos)`
			: undefined;

	const instance = render(
		<FitToTerminal>
			<InputLayer>
				<Wizard
					services={options.services}
					user={options.user}
					profile={options.profile}
					out={options.out}
					submitBlockedReason={submitBlockedReason}
					drafts={drafts}
					onExit={outcome => {
						result = outcome;
						instance.unmount();
					}}
				/>
			</InputLayer>
		</FitToTerminal>,
		{exitOnCtrlC: false, alternateScreen: true, maxFps: 30, incrementalRendering: true},
	);

	const onSignal = (signal: keyof typeof signalExitCodes) => {
		// The wizard's own handler has already written the draft (it listens first).
		instance.unmount();
		process.exitCode = signalExitCodes[signal];
		process.exit();
	};

	// A terminal that went away turns every later write into EIO/EPIPE: leave quietly, the draft is on disk.
	const onOutputError = (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EIO' && error.code !== 'EPIPE') throw error;
		drafts.flush();
		process.exit(signalExitCodes.SIGHUP);
	};

	process.stdout.on('error', onOutputError);
	const handlers = (Object.keys(signalExitCodes) as Array<keyof typeof signalExitCodes>).map(signal => {
		const handler = () => onSignal(signal);
		process.on(signal, handler);
		return {signal, handler};
	});

	try {
		await instance.waitUntilExit();
	} finally {
		for (const {signal, handler} of handlers) process.removeListener(signal, handler);
		process.stdout.removeListener('error', onOutputError);
	}

	if (result.submitted) process.stdout.write(`Submitted ${result.submitted} to Chronos.\n`);
	if (result.savedTo) process.stdout.write(`Saved to ${result.savedTo}\n`);
	if (result.discarded) process.stdout.write('Discarded the job and its draft; nothing was submitted.\n');
	if (!result.submitted && existsSync(drafts.file)) {
		process.stdout.write(`Your draft is kept in ${drafts.file}; \`chronos-tui new\` offers it back.\n`);
	}

	return result.submitted || result.savedTo ? 0 : 1;
}
