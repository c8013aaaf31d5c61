// Volumes map a host directory into the container. On a shared cluster the host side is normally one of the
// site's storage roots (ReCaS: /lustre and /lustrehome); a path elsewhere is a warning, not an error: the
// site may mount more than the profile knows, and the user is told to check before Mesos fails the run.
import type {ClusterProfile} from './profile.js';
import type {JobProblem, Volume} from './types.js';
import {suggestField, volumeFieldNames} from './fields.js';
import {error, expected, isPlainObject, joinPath, warning} from './problems.js';

const volumesPath = 'container.volumes';

function checkAbsolutePath(path: string, value: unknown): JobProblem[] {
	if (value === undefined || value === '') {
		return [error(path, 'a path is required')];
	}
	if (typeof value !== 'string') {
		return [expected(path, 'a path (text)', value)];
	}
	if (!value.startsWith('/')) {
		return [error(path, `'${value}' is not an absolute path: start it with '/', e.g. /lustre/...`)];
	}
	if (value.split('/').includes('..')) {
		return [error(path, `'${value}' contains '..': write the path without going up`)];
	}
	return [];
}

function insideRoot(path: string, root: string): boolean {
	const cleanRoot = root.replace(/\/+$/, '');
	return path === cleanRoot || path.startsWith(`${cleanRoot}/`);
}

function checkVolume(volume: unknown, path: string, profile: ClusterProfile): JobProblem[] {
	if (!isPlainObject(volume)) {
		return [expected(path, 'an object {containerPath, hostPath, mode}', volume)];
	}
	const problems = [
		...checkAbsolutePath(joinPath(path, 'containerPath'), volume.containerPath),
		...checkAbsolutePath(joinPath(path, 'hostPath'), volume.hostPath),
	];
	const {hostPath, mode} = volume;
	const hostPathProblems = problems.some((problem) => problem.path.endsWith('.hostPath'));
	if (!hostPathProblems && typeof hostPath === 'string' && !profile.allowedVolumeRoots.some((root) => insideRoot(hostPath, root))) {
		const roots = profile.allowedVolumeRoots.join(', ');
		problems.push(warning(
			joinPath(path, 'hostPath'),
			`'${hostPath}' is outside the site's storage (${roots}): the run fails if the cluster's nodes cannot mount it`,
		));
	}
	if (mode === undefined) {
		problems.push(error(joinPath(path, 'mode'), "say how to mount it: mode 'RW' (read-write) or 'RO' (read-only)"));
	} else if (typeof mode !== 'string' || !/^r[wo]$/i.test(mode)) {
		// Chronos upper-cases the mode before reading it, so 'rw' is fine; anything else is a 500.
		problems.push(error(joinPath(path, 'mode'), `mode must be 'RW' (read-write) or 'RO' (read-only), not ${JSON.stringify(mode)}`));
	}
	for (const key of Object.keys(volume)) {
		if (!(volumeFieldNames as string[]).includes(key)) {
			const suggestion = suggestField(key, volumeFieldNames);
			const hint = suggestion ? `: did you mean '${suggestion}'?` : '';
			problems.push(warning(joinPath(path, key), `unknown volume field '${key}' is ignored${hint}`));
		}
	}
	return problems;
}

export function checkVolumes(volumes: unknown, profile: ClusterProfile): JobProblem[] {
	if (volumes === undefined) {
		return [];
	}
	if (!Array.isArray(volumes)) {
		return [expected(volumesPath, 'a list of {containerPath, hostPath, mode}', volumes)];
	}
	const problems: JobProblem[] = [];
	const seen = new Map<string, number>();
	for (const [index, volume] of volumes.entries()) {
		const path = joinPath(volumesPath, index);
		problems.push(...checkVolume(volume, path, profile));
		const containerPath = isPlainObject(volume) ? volume.containerPath : undefined;
		if (typeof containerPath === 'string' && containerPath !== '') {
			const normalised = containerPath.replace(/\/+$/, '') || '/';
			const earlier = seen.get(normalised);
			if (earlier === undefined) {
				seen.set(normalised, index);
			} else {
				problems.push(error(joinPath(path, 'containerPath'), `'${containerPath}' is mounted twice (also by ${joinPath(volumesPath, earlier)}): a container path can hold one volume`));
			}
		}
	}
	return problems;
}

/** The volumes as the job type wants them; call only when checkVolumes found no errors. */
export function normaliseVolumes(volumes: unknown): Volume[] | undefined {
	if (!Array.isArray(volumes)) {
		return undefined;
	}
	return volumes.map((volume: Record<string, unknown>) => ({
		containerPath: String(volume.containerPath),
		hostPath: String(volume.hostPath),
		mode: String(volume.mode).toUpperCase() as Volume['mode'],
	}));
}
