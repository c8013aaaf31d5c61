// `chronos-tui emulator`: a Chronos-compatible server in the foreground, for trying scripts and the
// dashboard without a cluster. Stops cleanly on ctrl-c or SIGTERM.
import {resolve} from 'node:path';
import {startEmulator, type EmulatorOptions} from '../emulator/server.js';
import {StateFileError} from '../emulator/state-file.js';
import {numberFlag, stringFlag, type ParsedArgs} from './args.js';
import {demoUser} from './demo.js';
import {CommandError, UsageError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import {type CommandIO, print} from './io.js';
// One reader for the client and the emulator: a file ending in a blank line means the same password to both.
import {readPasswordFile} from '../config/password.js';

const usage =
	'chronos-tui emulator [--port N] [--seed-jobs N] [--user U --password-file F] [--latency MS] [--fail-rate P] [--state FILE] [--speed X] [--storage-root DIR]';

const defaultPort = 4400;

async function emulatorOptions(args: ParsedArgs, io: CommandIO): Promise<EmulatorOptions> {
	const {values} = args;
	const port = numberFlag(values, 'port', {min: 0, max: 65_535, integer: true}, usage) ?? defaultPort;
	const seedJobs = numberFlag(values, 'seed-jobs', {min: 0, max: 100_000, integer: true}, usage);
	const latencyMs = numberFlag(values, 'latency', {min: 0, max: 600_000}, usage);
	const failRate = numberFlag(values, 'fail-rate', {min: 0, max: 1}, usage);
	const speed = numberFlag(values, 'speed', {min: 0.01, max: 10_000}, usage);
	const passwordFile = stringFlag(values, 'password-file');
	const user = args.global.user ?? demoUser(io.env);
	if (user.includes(':') || user === '') {
		// Basic auth joins user and password with a colon: a user holding one could never log in.
		throw new UsageError(`--user ${JSON.stringify(user)} cannot be a Chronos username: it must be non-empty and hold no ':'`, usage);
	}

	const options: EmulatorOptions = {
		port,
		seed: seedJobs === undefined ? 'samples' : seedJobs === 0 ? 'none' : seedJobs,
		sampleUser: user,
	};
	if (passwordFile !== undefined) {
		const password = await readPasswordFile(passwordFile, '--password-file');
		options.credentials = {user, password};
	}

	if (latencyMs !== undefined || failRate !== undefined) {
		options.faults = {...(latencyMs === undefined ? {} : {latencyMs}), ...(failRate === undefined ? {} : {failRate})};
	}

	const state = stringFlag(values, 'state');
	if (state !== undefined) {
		options.stateFile = state;
	}

	if (speed !== undefined) {
		options.speed = speed;
	}

	const storageRoot = stringFlag(values, 'storage-root');
	if (storageRoot !== undefined) {
		options.storageRoot = resolve(storageRoot);
	}

	return options;
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
	return new Promise((resolve) => {
		const stop = (signal: NodeJS.Signals) => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			resolve(signal);
		};

		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}

export async function emulatorCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const options = await emulatorOptions(args, io);
	let emulator;
	try {
		emulator = await startEmulator(options);
	} catch (error) {
		if (error instanceof StateFileError) {
			throw new CommandError(error.message, exitCodes.config);
		}

		const code = (error as {code?: string}).code;
		if (code === 'EADDRINUSE' || code === 'EACCES') {
			throw new CommandError(
				`cannot listen on port ${options.port}: ${code === 'EADDRINUSE' ? 'it is in use' : 'permission denied'}; pick another with --port N (0 = any free port)`,
				exitCodes.jobProblem,
			);
		}

		throw error;
	}

	const auth = options.credentials
		? `, basic auth as ${options.credentials.user}`
		: ', no password';
	const count = emulator.jobs().length;
	print(io, `Chronos emulator listening on ${emulator.url} (${count} job${count === 1 ? '' : 's'} of ${options.sampleUser}${auth})`);
	print(io, 'Point chronos-tui at it:');
	print(io, `  export CHRONOS_URL=${emulator.url} CHRONOS_USER=${options.sampleUser}`);
	if (options.credentials) {
		print(io, `  export CHRONOS_PASSWORD="$(cat ${stringFlag(args.values, 'password-file')})"`);
	}

	if (options.storageRoot) {
		print(io, `  export CHRONOS_STORAGE_ROOT=${options.storageRoot}   # kept job output is written under it`);
	}

	print(io, '  chronos-tui list');
	print(io, 'Stop with ctrl-c.');

	const signal = await waitForStopSignal();
	await emulator.close();
	print(io, `Emulator stopped (${signal}).`);
	return exitCodes.ok;
}
