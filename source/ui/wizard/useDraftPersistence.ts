// Keeps the draft file current: the newest state in memory on every change, written on every step change,
// and written synchronously when the terminal goes away (SIGHUP), the process is told to stop (SIGTERM) or
// ends any other way.
import {useEffect} from 'react';
import type {DraftSession} from './draft-store.js';
import type {WizardDraft} from './draft.js';

const signals = ['SIGHUP', 'SIGTERM'] as const;

export function useDraftPersistence(session: DraftSession, draft: WizardDraft): void {
	session.update(draft);

	useEffect(() => {
		session.flush();
	}, [session, draft.step]);

	useEffect(() => {
		const handlers = signals.map(signal => {
			const handler = () => {
				session.flush();
				// Listening to a signal turns off Node's default exit; when nobody else handles it, restore that.
				if (process.listenerCount(signal) === 1) {
					process.removeListener(signal, handler);
					process.kill(process.pid, signal);
				}
			};

			// First in line: whoever else handles the signal may exit the process right away.
			process.prependListener(signal, handler);
			return {signal, handler};
		});
		// A closed terminal can also end the process through a failing read on stdin before any signal arrives.
		const onExit = () => {
			session.flush();
		};

		process.on('exit', onExit);
		return () => {
			// Unmounted for whatever reason (a closed terminal makes ink unmount before any signal arrives): keep
			// the work. After a submit or a cancel the session has nothing left to write.
			session.flush();
			for (const {signal, handler} of handlers) process.removeListener(signal, handler);
			process.removeListener('exit', onExit);
		};
	}, [session]);
}
