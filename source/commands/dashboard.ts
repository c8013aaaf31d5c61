// `chronos-tui` alone: the live dashboard, once the configuration resolves. Without any configuration the
// config module's error already names the two ways forward (`config init`, `demo`), exit 3.
import {setFlagsFromString} from 'node:v8';
import {outputSettings, storageRootOption} from '../output/settings.js';
import {JobStore} from '../store/job-store.js';
import {InputTurns} from '../ui/input/input-turns.js';
import type {ParsedArgs} from './args.js';
import type {CommandIO} from './io.js';
import {createClient} from '../config/index.js';
import {resolveConfig} from './session.js';
import {requireTerminal} from './terminal.js';

export async function dashboardCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const config = await resolveConfig(args.global, io);
	// Checked before the password is asked for: a prompt into a pipe would hang.
	requireTerminal(io, 'the dashboard', 'use `chronos-tui list` in scripts');
	const client = await createClient(config);
	// The first poll goes out before the views' code (ink, React, yoga) is loaded and compiled, so Chronos
	// answers while that happens instead of after it. Loading holds the event loop for about 100 ms, so the
	// request is let out first (connected and written), unless that takes longer than a load would.
	const inputTurns = new InputTurns();
	const store = new JobStore({client, pollIntervalMs: config.pollIntervalMs, turns: inputTurns});
	store.start();
	await settledOrAfter(client.firstRequestSent, 100);
	const {runDashboard} = await import('../ui/run.js');
	// Reading 10,000 jobs allocates fast enough that V8 grows the young generation from 2 to 64 MB, and the
	// pages stay resident for as long as the dashboard runs. Kept at its starting size, the jobs (long-lived
	// anyway) move to the old generation sooner and the resident set stays about 40 MB smaller. Set once the
	// code the first frame needs is loaded: V8 rejects code cached under other flags, so code compiled after
	// it and cached would be compiled again by `list` and the other commands, and theirs again here.
	setFlagsFromString('--semi-space-growth-factor=1');
	// An answer that came back meanwhile is read before the first frame, which then shows the jobs at once
	// instead of a loading line and, a frame later, the jobs.
	await new Promise(resolve => setImmediate(resolve));
	return runDashboard({client, config, started: {store, inputTurns}, outputSettings: outputSettings(config, storageRootOption(io.env))});
}

async function settledOrAfter(promise: Promise<void>, ms: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	await Promise.race([promise, new Promise(resolve => (timer = setTimeout(resolve, ms)))]);
	clearTimeout(timer);
}
