// Drives the wizard by keystrokes through ink-testing-library, with the XDG dirs in a fresh temp folder so
// drafts and templates never touch the real home.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach} from 'vitest';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {InputDispatcher, InputLayer} from '../../../source/ui/input/InputLayer.js';
import {Wizard, type WizardProps, type WizardResult} from '../../../source/ui/wizard/Wizard.js';
import type {WizardServices} from '../../../source/ui/wizard/services.js';

// Unmounting also removes each wizard's signal handlers.
afterEach(() => {
	cleanup();
});

export const keys = {
	enter: '\r',
	tab: '\t',
	shiftTab: '\u001B[Z',
	esc: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	space: ' ',
	backspace: '\u007F',
	ctrlU: '\u0015',
	ctrlW: '\u0017',
} as const;

/** Lets ink read the keystroke and render; escape needs longer because ink waits to see if a sequence follows. */
async function settle(key: string): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, key === keys.esc ? 60 : 25);
	});
}

export interface MemoryServices extends WizardServices {
	jobs: ChronosJob[];
	submitted: ChronosJob[];
	failNext?: Error;
}

/** A Chronos in memory for view tests: lists and stores jobs like the server does for the wizard's purposes. */
export function memoryServices(jobs: ChronosJob[] = []): MemoryServices {
	const services: MemoryServices = {
		url: 'http://127.0.0.1:4400',
		jobs: structuredClone(jobs),
		submitted: [],
		listJobs: async () => structuredClone(services.jobs),
		async submit(job) {
			if (services.failNext) {
				const error = services.failNext;
				services.failNext = undefined;
				throw error;
			}

			services.submitted.push(structuredClone(job));
			services.jobs = [...services.jobs.filter(existing => existing.name !== job.name), structuredClone(job)];
		},
	};
	return services;
}

export interface XdgDirs {
	root: string;
	restore(): void;
}

export function temporaryXdg(): XdgDirs {
	const root = mkdtempSync(path.join(tmpdir(), 'chronos-wizard-'));
	const saved = {state: process.env['XDG_STATE_HOME'], config: process.env['XDG_CONFIG_HOME']};
	process.env['XDG_STATE_HOME'] = path.join(root, 'state');
	process.env['XDG_CONFIG_HOME'] = path.join(root, 'config');
	return {
		root,
		restore() {
			for (const [key, value] of [
				['XDG_STATE_HOME', saved.state],
				['XDG_CONFIG_HOME', saved.config],
			] as const) {
				if (value === undefined) delete process.env[key];
				else process.env[key] = value;
			}

			rmSync(root, {recursive: true, force: true});
		},
	};
}

export function startWizard(services: WizardServices, props: Partial<WizardProps> = {}) {
	const exits: WizardResult[] = [];
	// The testing library's terminal is 100 columns; the wizard must fit the 80 of a default terminal.
	const input = new InputDispatcher();
	const instance = render(
		<InputLayer dispatcher={input}>
			<Box width={80} flexDirection="column">
				<Wizard services={services} user="rosa" profile={recasProfile} onExit={result => exits.push(result)} {...props} />
			</Box>
		</InputLayer>,
	);

	/** Each write is one read for the program: a string of several keys arrives as a burst. */
	async function press(...sequence: string[]): Promise<void> {
		for (const key of sequence) {
			instance.stdin.write(key);
			await settle(key);
			await input.whenIdle();
		}
	}

	/**
	 * Text for the focused field, as a bracketed paste: a field takes typed and pasted text alike, and one
	 * paste is one screen to draw where typing is one per character (bursts of typed keys have tests of their own).
	 */
	async function type(text: string): Promise<void> {
		await press(`\u001B[200~${text}\u001B[201~`);
	}

	/** Backspace one key at a time: the field must see each deletion before the next. */
	async function erase(count: number): Promise<void> {
		for (let index = 0; index < count; index++) {
			instance.stdin.write(keys.backspace);
			await input.whenIdle();
		}

		await settle(keys.backspace);
	}

	const screen = () => instance.lastFrame() ?? '';
	/** The screen with line breaks and runs of spaces folded, for messages that wrap. */
	const text = () => folded(screen());

	/** The largest frame drawn so far, in terminal cells. */
	function largestFrame(): {rows: number; columns: number} {
		let rows = 0;
		let columns = 0;
		for (const frame of instance.frames) {
			const lines = frame.replaceAll(/\u001B\[[\d;]*m/g, '').split('\n');
			rows = Math.max(rows, lines.length);
			columns = Math.max(columns, ...lines.map(line => [...line].length));
		}

		return {rows, columns};
	}

	return {...instance, press, type, erase, screen, text, exits, largestFrame};
}

/** A wizard rendered by startWizard, with the keys and screens a test drives it by. */
export type TestWizard = ReturnType<typeof startWizard>;

export function folded(text: string): string {
	return text.replaceAll(/\s+/g, ' ');
}

/** Waits (briefly) until the screen shows `text`, wrapped or not: loading the job list is asynchronous. */
export async function waitForScreen(screen: () => string, text: string): Promise<void> {
	for (let attempt = 0; attempt < 120; attempt++) {
		if (folded(screen()).includes(folded(text))) return;
		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}

	throw new Error(`screen never showed ${JSON.stringify(text)}; last screen:\n${screen()}`);
}
