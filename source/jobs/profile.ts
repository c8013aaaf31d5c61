// A cluster profile holds the site's conventions (ReCaS-Bari by default), so other sites change data, not code.

export interface ClusterLimits {
	/** Largest values one job may ask for (one node's capacity). */
	gpus: number;
	cpus: number;
	/** Megabytes. */
	mem: number;
	/** Megabytes. */
	disk: number;
}

export interface ClusterProfile {
	name: string;
	/** Job names must start with `<username>-` and join words with dashes. */
	requireUserPrefix: boolean;
	/** Registry offered for images, e.g. `registry-clustergpu.recas.ba.infn.it`. */
	imageRegistry: string;
	/** An image known to run on the site, used by the "my first job" template. */
	exampleImage?: string;
	/** The site's storage roots, which volumes are expected to mount; any other host path is a warning. */
	allowedVolumeRoots: string[];
	limits: ClusterLimits;
	defaultSchedule: string;
	containerType: string;
	/** Defaults applied to a new job before the user changes anything. */
	defaults: {cpus: number; mem: number; disk: number; gpus: number; retries: number};
	/** How the site wants to be asked for help with a job: the `S` key and `chronos-tui support`. */
	support: SupportTexts;
	/** Where kept job output goes (`{user}` and `{job}` filled in), and whether new jobs keep it unless told not to. */
	output: {dir: string; keepByDefault: boolean};
}

export interface SupportTexts {
	/** The title the site asks requests about a job to carry. */
	title: string;
	/** Where a request is opened. */
	page: string;
	/** What to do with the text, in one or two sentences. */
	instructions: string;
}

export const recasProfile: ClusterProfile = {
	name: 'recas-bari',
	requireUserPrefix: true,
	imageRegistry: 'registry-clustergpu.recas.ba.infn.it',
	// The image of the guide's first-job example.
	exampleImage: 'registry-clustergpu.recas.ba.infn.it/gvino/cuda11.5.0-base-ubuntu20.04:0.1',
	// The user's home on the same storage is /lustrehome/<user> in the guide's 2022 edition, and it is where the
	// profile keeps job output (output.dir below): both must be mountable.
	allowedVolumeRoots: ['/lustre', '/lustrehome'],
	// One ReCaS GPU node: 4 GPUs, 64 cores, 512 GB memory; disk is the sandbox size.
	limits: {gpus: 4, cpus: 64, mem: 512 * 1024, disk: 1024 * 1024},
	defaultSchedule: 'R1//P1Y',
	containerType: 'mesos',
	defaults: {cpus: 1, mem: 1024, disk: 0, gpus: 1, retries: 2},
	// The cluster guide, "User Support": this title, the username and the job name are what the site requires.
	support: {
		title: 'ReCaS HPC/GPU: Chronos issue',
		page: 'https://www.recas-bari.it/index.php/en/recas-bari-servizi-en/support-request',
		instructions: 'Open the support page, give the request the title below and paste this text into the issue box, after describing the problem in your own words.',
	},
	// The site's guides keep job output in the user's lustre home, which the frontend also mounts.
	output: {dir: '/lustrehome/{user}/.chronos-output/{job}', keepByDefault: true},
};
