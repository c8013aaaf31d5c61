// The `output:` and `mesos:` sections: where kept job output goes, and the Mesos master to read sandboxes from.
import {outputDirProblem} from '../output/wrapper.js';
import {checkChronosUrl} from './url.js';
import type {YamlEntry, YamlReader} from './yaml-reader.js';

export interface OutputConfig {
	/** Folder template with {user} and {job}; replaces the profile's. */
	dir?: string;
	/** Whether new jobs keep their output unless told otherwise; replaces the profile's. */
	keepByDefault?: boolean;
}

export interface MesosConfig {
	url: string;
	user?: string;
	passwordFile?: string;
	passwordCommand?: string;
}

const outputKeys = ['dir', 'keepByDefault'] as const;
const mesosKeys = ['url', 'user', 'passwordFile', 'passwordCommand'] as const;

export function readOutputSection(section: YamlEntry, reader: YamlReader): OutputConfig {
	const output: OutputConfig = {};
	for (const entry of reader.entries(section.node, 'output', outputKeys)) {
		if (entry.key === 'dir') {
			const dir = reader.string(entry, 'output.dir');
			const problem = outputDirProblem(dir);
			if (problem) {
				reader.fail(entry.node, `output.dir: ${problem}`);
			}
			output.dir = dir;
		} else {
			output.keepByDefault = reader.boolean(entry, 'output.keepByDefault');
		}
	}
	return output;
}

export function readMesosSection(section: YamlEntry, reader: YamlReader): MesosConfig {
	const values: Partial<MesosConfig> = {};
	for (const entry of reader.entries(section.node, 'mesos', mesosKeys)) {
		const key = entry.key as (typeof mesosKeys)[number];
		const value = reader.string(entry, `mesos.${key}`);
		if (key === 'url') {
			const checked = checkChronosUrl(value);
			if (!checked.ok) {
				reader.fail(entry.node, `mesos.url: ${checked.message}`);
			}
			values.url = checked.url;
		} else {
			values[key] = value;
		}
	}
	if (values.url === undefined) {
		reader.fail(section.node ?? section.keyAt, 'mesos needs a url: the leading master, e.g. url: http://mesos-master:5050');
	}
	return values as MesosConfig;
}
