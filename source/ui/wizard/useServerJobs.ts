// The jobs already on the user's Chronos: for the name collision check, image suggestions, parents and clones.
import {useCallback, useEffect, useState} from 'react';
import type {ChronosJob} from '../../jobs/types.js';
import type {WizardServices} from './services.js';

export function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? message;
}

export function useServerJobs(services: WizardServices) {
	const [jobs, setJobs] = useState<ChronosJob[] | undefined>();
	const [error, setError] = useState<string | undefined>();

	const reload = useCallback(async (): Promise<ChronosJob[] | undefined> => {
		try {
			const list = await services.listJobs();
			setJobs(list);
			setError(undefined);
			return list;
		} catch (caught) {
			setError(`Could not load your jobs from Chronos: ${firstLine(caught)}`);
			return undefined;
		}
	}, [services]);

	useEffect(() => {
		void reload();
	}, [reload]);

	return {jobs, error, reload};
}
