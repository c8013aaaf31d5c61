// A job that keeps its output must have the output folder's storage mounted read-write, at the same path.
// The mount is the user's own folder (the part of the template up to {user}), which exists on the cluster,
// rather than the output folder itself, which the first run creates.
import type {ChronosJob, Volume} from '../jobs/types.js';

export type OutputVolumeCheck =
	| {kind: 'mounted'}
	| {kind: 'add'; volume: Volume}
	| {kind: 'problem'; message: string};

/** The host folder to mount for a template such as /lustrehome/{user}/.chronos-output/{job}. */
export function outputMountPath(template: string, user: string): string | undefined {
	const parts = template.split('/');
	const userAt = parts.findIndex((part) => part.includes('{user}'));
	const jobAt = parts.findIndex((part) => part.includes('{job}'));
	const end = userAt !== -1 && userAt < jobAt ? userAt + 1 : jobAt;
	const path = parts.slice(0, end).join('/').replaceAll('{user}', user);
	return path === '' || path === '/' ? undefined : path;
}

export function checkOutputVolume(job: Pick<ChronosJob, 'container'>, template: string, user: string): OutputVolumeCheck {
	const mount = outputMountPath(template, user);
	if (!mount) {
		return {kind: 'problem', message: `output folder ${template} has no folder to mount before {job}`};
	}
	const volumes = job.container?.volumes ?? [];
	const covering = volumes.find((volume) => volume.containerPath === volume.hostPath && within(mount, volume.hostPath));
	if (covering) {
		return covering.mode.toUpperCase() === 'RW'
			? {kind: 'mounted'}
			: {kind: 'problem', message: `volume ${covering.hostPath} is mounted read-only (RO): the job's output in ${mount} needs it read-write (RW)`};
	}
	const clash = volumes.find((volume) => within(volume.containerPath, mount) || within(mount, volume.containerPath));
	if (clash) {
		return {
			kind: 'problem',
			message: `volume ${clash.hostPath} → ${clash.containerPath} overlaps ${mount}, where the job's output goes: mount ${mount} at the same path, read-write`,
		};
	}
	return {kind: 'add', volume: {containerPath: mount, hostPath: mount, mode: 'RW'}};
}

function within(path: string, root: string): boolean {
	const cleanRoot = root.replace(/\/+$/, '');
	return path === cleanRoot || path.startsWith(`${cleanRoot}/`);
}
