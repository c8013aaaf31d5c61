// Container image references, by the grammar Docker uses (distribution/reference):
//   [registry[:port]/]path/components[:tag][@algorithm:hex]
import type {ClusterProfile} from './profile.js';
import type {JobProblem} from './types.js';
import {error, expected, warning} from './problems.js';

export interface ImageReference {
	/** Registry host (and port), or undefined for Docker Hub. */
	registry?: string;
	/** Repository path, e.g. `gvino/cuda11.5.0-base-ubuntu20.04`. */
	path: string;
	tag?: string;
	digest?: string;
}

const domainComponent = /^(?:[a-zA-Z\d]|[a-zA-Z\d][a-zA-Z\d-]*[a-zA-Z\d])$/;
const pathComponent = /^[a-z\d]+(?:(?:[._]|__|-+)[a-z\d]+)*$/;
const tagPattern = /^\w[\w.-]{0,127}$/;
const digestPattern = /^[a-z\d]+(?:[.+_-][a-z\d]+)*:[a-zA-Z\d=_-]{32,}$/;
const imagePath = 'container.image';

function looksLikeRegistry(first: string): boolean {
	return first.includes('.') || first.includes(':') || first === 'localhost';
}

function checkRegistry(registry: string): string | undefined {
	const [host = '', port, extra] = registry.split(':');
	if (extra !== undefined || !host.split('.').every((part) => domainComponent.test(part))) {
		return `'${registry}' is not a registry host name`;
	}
	if (port !== undefined && !/^\d{1,5}$/.test(port)) {
		return `the registry port '${port}' is not a number`;
	}
	return undefined;
}

/** The parts of an image reference, or a message saying what is wrong with it. */
export function parseImageReference(text: string): {ok: true; image: ImageReference} | {ok: false; message: string} {
	if (/\s/.test(text)) {
		return {ok: false, message: `'${text}' contains spaces`};
	}
	let rest = text;
	let digest: string | undefined;
	const at = rest.indexOf('@');
	if (at !== -1) {
		digest = rest.slice(at + 1);
		rest = rest.slice(0, at);
		if (!digestPattern.test(digest)) {
			return {ok: false, message: `'@${digest}' is not a digest: write @sha256: and 64 hex digits`};
		}
	}
	const components = rest.split('/');
	let registry: string | undefined;
	if (components.length > 1 && looksLikeRegistry(components[0]!)) {
		registry = components.shift();
		const problem = checkRegistry(registry!);
		if (problem) {
			return {ok: false, message: problem};
		}
	}
	let tag: string | undefined;
	const last = components.at(-1) ?? '';
	const colon = last.indexOf(':');
	if (colon !== -1) {
		tag = last.slice(colon + 1);
		components[components.length - 1] = last.slice(0, colon);
		if (!tagPattern.test(tag)) {
			return {ok: false, message: `':${tag}' is not a tag: tags are up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`};
		}
	}
	for (const component of components) {
		if (component === '') {
			return {ok: false, message: `'${text}' has an empty part between slashes`};
		}
		if (!pathComponent.test(component)) {
			const reason = /[A-Z]/.test(component)
				? 'repository names must be lower case'
				: "use lower-case letters and digits, separated by '.', '_', '__' or '-'";
			return {ok: false, message: `'${component}' is not a valid repository name part: ${reason}`};
		}
	}
	const path = components.join('/');
	if (path.length + (registry ? registry.length + 1 : 0) > 255) {
		return {ok: false, message: 'the image name is longer than 255 characters'};
	}
	return {ok: true, image: {registry, path, tag, digest}};
}

export function checkImage(ref: unknown, profile: ClusterProfile): JobProblem[] {
	if (ref === undefined || ref === '') {
		return [error(imagePath, `a job needs a container image, e.g. ${profile.imageRegistry}/<project>/<image>:<tag>`)];
	}
	if (typeof ref !== 'string') {
		return [expected(imagePath, 'a string', ref)];
	}
	const parsed = parseImageReference(ref);
	if (!parsed.ok) {
		return [error(imagePath, `'${ref}' is not an image reference: ${parsed.message}`)];
	}
	const problems: JobProblem[] = [];
	const {registry, tag, digest} = parsed.image;
	if (!digest && (tag === undefined || tag === 'latest')) {
		const which = tag === undefined ? 'has no tag, so it means :latest' : 'uses :latest';
		problems.push(
			warning(imagePath, `'${ref}' ${which}, which can change between runs: pin a version tag, e.g. ':1.0'`),
		);
	}
	if (registry !== profile.imageRegistry) {
		const from = registry ? `registry ${registry}` : 'Docker Hub';
		problems.push(warning(imagePath, `'${ref}' comes from ${from}, not ${profile.imageRegistry}: check that the cluster can pull it`));
	}
	return problems;
}
