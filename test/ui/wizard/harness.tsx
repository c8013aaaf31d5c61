// Drives the wizard by keystrokes through ink-testing-library, with the XDG dirs in a fresh temp folder so
// drafts and templates never touch the real home.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import type {ChronosJob} from '../../../source/jobs/types.js';
import {recasProfile} from '../../../source/jobs/profile.js';
import {Wizard, type WizardProps} from '../../../source/ui/wizard/Wizard.js';
import type {WizardServices} from '../../../source/ui/wizard/services.js';

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
	const exits: Array<{submitted?: string; savedTo?: string}> = [];
	const instance = render(
		<Wizard services={services} user="rosa" profile={recasProfile} onExit={result => exits.push(result)} {...props} />,
	);

	async function press(...sequence: string[]): Promise<void> {
		for (const key of sequence) {
			instance.stdin.write(key);
			await settle(key);
		}
	}

	async function type(text: string): Promise<void> {
		await press(text);
	}

	/** Backspace one key at a time: the field must see each deletion before the next. */
	async function erase(count: number): Promise<void> {
		for (let index = 0; index < count; index++) {
			instance.stdin.write(keys.backspace);
			await new Promise(resolve => {
				setTimeout(resolve, 5);
			});
		}

		await settle(keys.backspace);
	}

	const screen = () => instance.lastFrame() ?? '';
	return {...instance, press, type, erase, screen, exits};
}

/** Waits (briefly) until the screen shows `text`: loading the job list is asynchronous. */
export async function waitForScreen(screen: () => string, text: string): Promise<void> {
	for (let attempt = 0; attempt < 80; attempt++) {
		if (screen().includes(text)) return;
		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}

	throw new Error(`screen never showed ${JSON.stringify(text)}; last screen:\n${screen()}`);
}
