// What the review buttons do: submit (after one more look at the server's names, so nothing is replaced
// without the user's say), and save the job as a JSON or YAML file or as a template.
import path from 'node:path';
import {useRef, useState} from 'react';
import {jobToYaml} from '../../jobs/io.js';
import type {ChronosJob} from '../../jobs/types.js';
import {submitPath} from './curl.js';
import {saveTemplate, type DraftSession} from './draft-store.js';
import type {WizardDraft} from './draft.js';
import {saveJobFile, type SaveQuestion} from './save.js';
import type {WizardServices} from './services.js';
import type {SaveFormat, SubmitState} from './steps/ReviewStep.js';
import {firstLine} from './useServerJobs.js';
import {hasErrorIn, type DraftVerdict} from './validation.js';

export interface SubmitAndSaveOptions {
	services: WizardServices;
	session: DraftSession;
	draft: WizardDraft;
	verdict: DraftVerdict;
	/** `--out FILE`: written on submit too, and saving there ends the wizard. */
	out?: string;
	reload(): Promise<ChronosJob[] | undefined>;
	setNotice(notice: string | undefined): void;
	leave(result: {submitted?: string; savedTo?: string}): void;
}

export function useSubmitAndSave(options: SubmitAndSaveOptions) {
	const {services, session, draft, verdict, out} = options;
	const [submit, setSubmit] = useState<SubmitState>({state: 'idle'});
	const [savedTo, setSavedTo] = useState<string | undefined>();
	const submitted = useRef<string | undefined>(undefined);
	const writtenFiles = useRef(new Set<string>());

	async function submitJob(): Promise<void> {
		const {job} = verdict;
		if (!job || hasErrorIn(verdict.problems)) return;
		setSubmit({state: 'busy'});
		const fresh = await options.reload();
		if (fresh === undefined) {
			setSubmit({state: 'failed', message: 'Could not check whether the name is free on your Chronos; nothing was submitted. Try again.'});
			return;
		}

		if (fresh.some(existing => existing.name === job.name) && draft.replace !== job.name) {
			setSubmit({state: 'failed', message: `${job.name} now exists on your Chronos; go back to Name to pick another name or replace it.`});
			return;
		}

		try {
			await services.submit(job);
		} catch (caught) {
			session.flush();
			setSubmit({state: 'failed', message: `Chronos refused the job: ${firstLine(caught)} (your draft is kept)`});
			return;
		}

		session.discard();
		submitted.current = job.name;
		const what = draft.replace === job.name ? 'replaced your job' : 'created';
		let message = `Chronos ${what} ${job.name} (POST ${submitPath(job)} answered 204).`;
		if (out) {
			message += ` ${saveOut(job, out)}`;
		}

		setSubmit({state: 'done', message});
	}

	/**
	 * Saves unless the file is already there and not agreed to be replaced: then nothing is written and the
	 * answer says which file exists and which free name beside it to offer. Files this wizard wrote itself
	 * are replaced without asking again.
	 */
	function save(format: SaveFormat, target: string, replace?: string): SaveQuestion | undefined {
		const job = verdict.job ?? (verdict.input as unknown as ChronosJob);
		try {
			const outcome = format === 'template'
				? saveTemplate(target, jobToYaml(job), replace ?? templateWritten(target))
				: saveJobFile(job, target, replace ?? written(target));
			if ('exists' in outcome) {
				const suggestion = format === 'template' ? path.basename(outcome.beside, '.yaml') : path.relative(process.cwd(), outcome.beside);
				return {exists: outcome.exists, suggestion};
			}

			const file = outcome.saved;
			writtenFiles.current.add(file);
			setSavedTo(file);
			const invalid = hasErrorIn(verdict.problems) ? ' (not valid yet: fix the errors before submitting it)' : '';
			options.setNotice(`✓ Saved to ${file}${invalid}`);
			if (format !== 'template' && out && file === path.resolve(out)) {
				// The file asked for with --out now holds the finished job; a draft is only worth keeping while unfinished.
				if (!invalid) session.discard();
				options.leave({savedTo: file});
			}
		} catch (caught) {
			options.setNotice(`✗ ${firstLine(caught)}`);
		}

		return undefined;
	}

	function written(target: string): string | undefined {
		const file = path.resolve(target);
		return writtenFiles.current.has(file) ? file : undefined;
	}

	function templateWritten(name: string): string | undefined {
		return [...writtenFiles.current].find(file => path.basename(file, '.yaml') === name);
	}

	/** After a submit there is no one to ask: a file already at `--out` stays, and the job goes beside it. */
	function saveOut(job: ChronosJob, target: string): string {
		try {
			let outcome = saveJobFile(job, target, written(target));
			let note = '';
			if ('exists' in outcome) {
				note = ` (${outcome.exists} already existed and was kept)`;
				outcome = saveJobFile(job, outcome.beside);
			}

			if ('saved' in outcome) {
				writtenFiles.current.add(outcome.saved);
				setSavedTo(outcome.saved);
				return `Saved to ${outcome.saved}${note}.`;
			}

			return `But ${outcome.exists} appeared meanwhile; the job was not saved to a file.`;
		} catch (caught) {
			return `But ${firstLine(caught)}.`;
		}
	}

	return {submit, savedTo, submitted, submitJob, save};
}
