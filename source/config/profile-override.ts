// The `profile:` section: a partial override of the ReCaS rules, for another site or a user with
// different limits. Only what is written changes; everything else keeps the ReCaS value.
import {parseSchedule} from '../jobs/schedule.js';
import {parseMegabytes} from '../jobs/units.js';
import type {ClusterProfile} from '../jobs/profile.js';
import type {YamlEntry, YamlReader} from './yaml-reader.js';

const profileKeys = [
	'name',
	'requireUserPrefix',
	'imageRegistry',
	'allowedVolumeRoots',
	'limits',
	'defaultSchedule',
	'containerType',
	'defaults',
	'support',
] as const;
const limitKeys = ['gpus', 'cpus', 'mem', 'disk'] as const;
const defaultKeys = ['cpus', 'mem', 'disk', 'gpus', 'retries'] as const;
const supportKeys = ['title', 'page', 'instructions'] as const;

export function applyProfileOverride(base: ClusterProfile, section: YamlEntry, reader: YamlReader): ClusterProfile {
	const profile: ClusterProfile = {
		...base,
		allowedVolumeRoots: [...base.allowedVolumeRoots],
		limits: {...base.limits},
		defaults: {...base.defaults},
		support: {...base.support},
	};

	for (const entry of reader.entries(section.node, 'profile', profileKeys)) {
		const path = `profile.${entry.key}`;
		switch (entry.key as (typeof profileKeys)[number]) {
			case 'name':
				profile.name = reader.string(entry, path);
				break;
			case 'requireUserPrefix':
				profile.requireUserPrefix = reader.boolean(entry, path);
				break;
			case 'imageRegistry':
				profile.imageRegistry = reader.string(entry, path).replace(/\/+$/, '');
				break;
			case 'containerType':
				profile.containerType = reader.string(entry, path);
				break;
			case 'allowedVolumeRoots':
				profile.allowedVolumeRoots = reader.strings(entry, path).map(({value, node}) => {
					if (!value.startsWith('/')) {
						reader.fail(node, `${path}: "${value}" must be an absolute path such as /lustre`);
					}

					return value.length > 1 ? value.replace(/\/+$/, '') : value;
				});
				break;
			case 'defaultSchedule': {
				const text = reader.string(entry, path);
				const parsed = parseSchedule(text);
				if (!parsed.ok) {
					reader.fail(entry.node, `${path}: ${parsed.message}`);
				}

				profile.defaultSchedule = text;
				break;
			}
			case 'limits':
				for (const limit of reader.entries(entry.node, path, limitKeys)) {
					const key = limit.key as (typeof limitKeys)[number];
					profile.limits[key] = resourceValue(limit, `${path}.${key}`, reader, {allowZero: false});
				}

				break;
			case 'defaults':
				for (const value of reader.entries(entry.node, path, defaultKeys)) {
					const key = value.key as (typeof defaultKeys)[number];
					profile.defaults[key] = resourceValue(value, `${path}.${key}`, reader, {allowZero: true});
				}

				break;
			case 'support':
				for (const text of reader.entries(entry.node, path, supportKeys)) {
					const key = text.key as (typeof supportKeys)[number];
					profile.support[key] = reader.string(text, `${path}.${key}`);
				}

				break;
		}
	}

	return profile;
}

/** Memory and disk take sizes (`8G`, `512M`, plain megabytes); the rest are plain numbers. */
function resourceValue(entry: YamlEntry, path: string, reader: YamlReader, options: {allowZero: boolean}): number {
	const raw = reader.scalar(entry);
	let value: number;
	if (path.endsWith('.mem') || path.endsWith('.disk')) {
		const parsed = typeof raw === 'string' || typeof raw === 'number' ? parseMegabytes(raw) : undefined;
		if (!parsed?.ok) {
			reader.fail(entry.node ?? entry.keyAt, `${path}: ${parsed ? parsed.message : 'must be a size such as 8G or 512M'}`);
		}

		value = parsed.mb;
	} else {
		value = reader.number(entry, path);
	}

	const integer = path.endsWith('.gpus') || path.endsWith('.retries');
	if (value < 0 || (!options.allowZero && value === 0) || (integer && !Number.isInteger(value))) {
		const what = integer ? 'a whole number' : 'a number';
		reader.fail(entry.node, `${path} must be ${what} ${options.allowZero ? 'of 0 or more' : 'greater than 0'}`);
	}

	return value;
}
