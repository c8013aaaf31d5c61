// Who the jobs are for and which cluster rules apply, for work that needs no server (validate). A complete
// configuration wins; without one, --user, CHRONOS_USER or the login name (from USER, LOGNAME or the system)
// with the ReCaS rules will do.
import {userInfo} from 'node:os';
import {isConfigError} from '../config/errors.js';
import {configFileLocation} from '../config/load.js';
import {pathExists} from '../config/paths.js';
import {recasProfile, type ClusterProfile} from '../jobs/profile.js';
import type {GlobalFlags} from './args.js';
import type {CommandIO} from './io.js';
import {resolveConfig} from './session.js';

export interface Identity {
	user: string;
	profile: ClusterProfile;
}

export async function offlineIdentity(flags: GlobalFlags, io: CommandIO): Promise<Identity> {
	try {
		const config = await resolveConfig(flags, io);
		return {user: config.user, profile: config.profile};
	} catch (error) {
		const user = flags.user ?? io.env['CHRONOS_USER'] ?? io.env['USER'] ?? io.env['LOGNAME'] ?? loginName();
		// A config file that exists but is wrong may hold another site's profile: checking against the
		// ReCaS rules instead would mislead, so its error stands.
		if (!user || !isConfigError(error) || (await configFileExists(flags, io))) {
			throw error;
		}

		return {user, profile: recasProfile};
	}
}

/** The account running the program, from the system rather than the environment (cron and sudo clear USER). */
function loginName(): string | undefined {
	try {
		return userInfo().username || undefined;
	} catch {
		return undefined;
	}
}

async function configFileExists(flags: GlobalFlags, io: CommandIO): Promise<boolean> {
	return pathExists(configFileLocation(flags, io.env).path);
}
