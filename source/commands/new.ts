// `chronos-tui new`: the guided wizard. Saving to a file works without any server; submitting needs one.
import {isConfigError} from '../config/errors.js';
import {recasProfile} from '../jobs/profile.js';
import type {WizardServices} from '../ui/wizard/services.js';
import {wizardServicesFromClient} from '../ui/wizard/services.js';
import {runWizard} from '../ui/wizard/run.js';
import {booleanFlag, stringFlag, type ParsedArgs} from './args.js';
import {CommandError} from './errors.js';
import {exitCodes} from './exit-codes.js';
import type {CommandIO} from './io.js';
import {connect} from './session.js';
import {requireTerminal} from './terminal.js';

/** Without a configuration the wizard can still write a file; it just cannot see or reach the server. */
function offlineServices(): WizardServices {
	return {
		unavailable: 'no Chronos is configured',
		listJobs: async () => [],
		submit: async () => {
			throw new CommandError('no Chronos configured: run `chronos-tui config init`, or save the job with --out', exitCodes.config);
		},
	};
}

export async function newCommand(args: ParsedArgs, io: CommandIO): Promise<number> {
	const out = stringFlag(args.values, 'out');
	const submit = booleanFlag(args.values, 'submit');
	requireTerminal(io, 'the wizard', 'write a job file and use `chronos-tui submit FILE`');
	let session;
	try {
		session = await connect(args.global, io);
	} catch (error) {
		const user = args.global.user ?? io.env['CHRONOS_USER'] ?? io.env['USER'];
		if (!isConfigError(error) || submit || !out || !user) {
			throw error;
		}

		return runWizard({services: offlineServices(), user, profile: recasProfile, out, submit: false});
	}

	const {client, config} = session;
	return runWizard({services: wizardServicesFromClient(client), user: config.user, profile: config.profile, out, submit});
}
