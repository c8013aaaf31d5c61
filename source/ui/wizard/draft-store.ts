// Drafts live in the XDG state dir so an ssh drop or ctrl-c never costs a half-built job; templates live in the
// XDG config dir because users keep and share them on purpose. Writes are synchronous: they also run inside
// signal handlers, where nothing asynchronous is guaranteed to finish.
import {freePathBeside, type SaveOutcome} from './save.js';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type {ChronosJob} from '../../jobs/types.js';
import {emptyDraft, stepIds, type WizardDraft} from './draft.js';

type Env = Record<string, string | undefined>;

export function draftsDirectory(env: Env = process.env): string {
	const base = env['XDG_STATE_HOME'] || path.join(env['HOME'] || homedir(), '.local', 'state');
	return path.join(base, 'chronos-tui', 'drafts');
}

export function templatesDirectory(env: Env = process.env): string {
	const base = env['XDG_CONFIG_HOME'] || path.join(env['HOME'] || homedir(), '.config');
	return path.join(base, 'chronos-tui', 'templates');
}

export interface SavedDraft {
	file: string;
	savedAt: Date;
	draft: WizardDraft;
}

function writeAtomically(file: string, text: string): void {
	mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, text, {mode: 0o600});
	renameSync(temporary, file);
}

function isDraft(value: unknown): value is WizardDraft {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	return typeof record['name'] === 'string' && stepIds.includes(record['step'] as never);
}

/** Drafts left by earlier runs, newest first. Unreadable files are skipped, never fatal. */
export function listDrafts(env: Env = process.env): SavedDraft[] {
	const directory = draftsDirectory(env);
	if (!existsSync(directory)) return [];
	const drafts: SavedDraft[] = [];
	for (const entry of readdirSync(directory)) {
		if (!entry.endsWith('.json')) continue;
		const file = path.join(directory, entry);
		try {
			const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
			if (isDraft(value)) {
				drafts.push({file, savedAt: statSync(file).mtime, draft: {...emptyDraft(), ...value}});
			}
		} catch {
			// A draft cut short by a crash is not worth an error on the way in.
		}
	}
	return drafts.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
}

/**
 * One wizard run's draft file. `update` keeps the newest state in memory; `flush` writes it. The wizard flushes
 * on every step change and on ctrl-c; signal handlers flush on SIGHUP and SIGTERM.
 */
export class DraftSession {
	private latest: WizardDraft | undefined;
	private written: string | undefined;
	/** Set by discard: later renders of the finished wizard must not write the draft back. */
	private finished = false;

	constructor(private filePath: string) {}

	get file(): string {
		return this.filePath;
	}

	static create(env: Env = process.env): DraftSession {
		const stamp = new Date().toISOString().replaceAll(/[:.]/g, '-');
		return new DraftSession(path.join(draftsDirectory(env), `draft-${stamp}-${process.pid}.json`));
	}

	/** Continue a draft from an earlier run in its own file, so resuming leaves no duplicate behind. */
	adopt(file: string): void {
		if (file !== this.filePath) rmSync(this.filePath, {force: true});
		this.filePath = file;
		this.written = undefined;
	}

	update(draft: WizardDraft): void {
		if (this.finished) return;
		this.latest = draft;
	}

	flush(): void {
		if (this.latest === undefined || this.latest.step === 'start') return;
		const text = `${JSON.stringify(this.latest, undefined, '\t')}\n`;
		if (text === this.written) return;
		writeAtomically(this.filePath, text);
		this.written = text;
	}

	/** Whether a draft file is on disk for this run to offer back later. */
	kept(): boolean {
		return !this.finished && existsSync(this.filePath);
	}

	/** After a successful submit or when the user said to discard it: the draft has served its purpose. */
	discard(): void {
		this.finished = true;
		this.latest = undefined;
		this.written = undefined;
		rmSync(this.filePath, {force: true});
	}
}

export interface SavedTemplate {
	name: string;
	file: string;
	job: ChronosJob;
}

export function listTemplates(env: Env = process.env): SavedTemplate[] {
	const directory = templatesDirectory(env);
	if (!existsSync(directory)) return [];
	const templates: SavedTemplate[] = [];
	for (const entry of readdirSync(directory).sort()) {
		if (!/\.ya?ml$/.test(entry)) continue;
		const file = path.join(directory, entry);
		try {
			const value: unknown = YAML.parse(readFileSync(file, 'utf8'));
			if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
				templates.push({name: entry.replace(/\.ya?ml$/, ''), file, job: value as ChronosJob});
			}
		} catch {
			// A broken template is skipped here; `chronos-tui validate` reports what is wrong with it.
		}
	}
	return templates;
}

/** Writes `<templates>/<name>.yaml` and returns its path. */
/** Like saveJobFile: an existing template is replaced only when `replace` names its file. */
export function saveTemplate(name: string, yamlText: string, replace?: string, env: Env = process.env): SaveOutcome {
	const safeName = name.replaceAll(/[^\w.-]/g, '-') || 'template';
	const file = path.join(templatesDirectory(env), `${safeName}.yaml`);
	if (existsSync(file) && replace !== file) {
		return {exists: file, beside: freePathBeside(file)};
	}

	writeAtomically(file, yamlText);
	return {saved: file};
}
