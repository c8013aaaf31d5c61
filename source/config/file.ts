// The config file's keys, checked one by one with the position of every mistake.
import {recasProfile, type ClusterProfile} from '../jobs/profile.js';
import {readMesosSection, readOutputSection, type MesosConfig, type OutputConfig} from './output-section.js';
import {applyProfileOverride} from './profile-override.js';
import {checkChronosUrl} from './url.js';
import {YamlReader, type YamlEntry} from './yaml-reader.js';

export interface ConfigFileValues {
	url?: string;
	user?: string;
	passwordFile?: string;
	passwordCommand?: string;
	caFile?: string;
	timeoutSeconds?: number;
	maxResponseMegabytes?: number;
	pollIntervalSeconds?: number;
	profile: ClusterProfile;
	output?: OutputConfig;
	mesos?: MesosConfig;
	notifyRunEnds?: boolean;
}

export const configKeys = [
	'url',
	'user',
	'passwordFile',
	'passwordCommand',
	'caFile',
	'timeoutSeconds',
	'maxResponseMegabytes',
	'pollIntervalSeconds',
	'profile',
	'output',
	'mesos',
	'notifyRunEnds',
] as const;

export const minimumPollSeconds = 1;
const maximumTimeoutSeconds = 600;

// A password written straight into the file would sit in backups, dotfile repos and screen shares.
const passwordLikeKey = /^(?:pass(?:word|wd)?|pwd|secret|token|credentials?|auth)$|password(?!File$|Command$)/i;

export function parseConfigFile(text: string, fileName: string): ConfigFileValues {
	const reader = new YamlReader(text, fileName);
	const values: ConfigFileValues = {profile: recasProfile};
	const entries = reader.entries(reader.root, 'the config file', configKeys, (entry) => refusePassword(entry, reader));
	for (const entry of entries) {
		readKey(entry, reader, values);
	}

	return values;
}

function refusePassword(entry: YamlEntry, reader: YamlReader): void {
	if (passwordLikeKey.test(entry.key)) {
		reader.fail(
			entry.keyAt,
			`"${entry.key}" does not belong in the config file: put the password in a file only you can read and set passwordFile: ~/.chronos-password, or set passwordCommand (e.g. "pass show recas/chronos")`,
		);
	}
}

function readKey(entry: YamlEntry, reader: YamlReader, values: ConfigFileValues): void {
	const key = entry.key as (typeof configKeys)[number];
	switch (key) {
		case 'url': {
			const checked = checkChronosUrl(reader.string(entry, key));
			if (!checked.ok) {
				reader.fail(entry.node, `url: ${checked.message}`);
			}

			values.url = checked.url;
			break;
		}

		case 'user':
		case 'passwordFile':
		case 'passwordCommand':
		case 'caFile':
			values[key] = reader.string(entry, key);
			break;
		case 'timeoutSeconds': {
			const seconds = reader.number(entry, key);
			if (seconds <= 0 || seconds > maximumTimeoutSeconds) {
				reader.fail(entry.node, `timeoutSeconds must be more than 0 and at most ${maximumTimeoutSeconds} (got ${seconds})`);
			}

			values.timeoutSeconds = seconds;
			break;
		}

		case 'maxResponseMegabytes': {
			const megabytes = reader.number(entry, key);
			if (megabytes < 1) {
				reader.fail(entry.node, `maxResponseMegabytes must be at least 1 (got ${megabytes})`);
			}

			values.maxResponseMegabytes = megabytes;
			break;
		}

		case 'pollIntervalSeconds': {
			const seconds = reader.number(entry, key);
			if (seconds < minimumPollSeconds) {
				reader.fail(
					entry.node,
					`pollIntervalSeconds must be at least ${minimumPollSeconds} (got ${seconds}); polling faster loads your Chronos for no gain`,
				);
			}

			values.pollIntervalSeconds = seconds;
			break;
		}

		case 'profile':
			values.profile = applyProfileOverride(recasProfile, entry, reader);
			break;
		case 'output':
			values.output = readOutputSection(entry, reader);
			break;
		case 'mesos':
			values.mesos = readMesosSection(entry, reader);
			break;
		case 'notifyRunEnds':
			values.notifyRunEnds = reader.boolean(entry, key);
			break;
	}
}
