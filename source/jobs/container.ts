// The container block: type, image, volumes and Docker parameters. ReCaS runs only containers, so a job
// without one is refused here rather than failing on the cluster.
import type {ClusterProfile} from './profile.js';
import type {Container, JobProblem} from './types.js';
import {checkImage} from './image.js';
import {checkVolumes, normaliseVolumes} from './volumes.js';
import {containerFieldNames, suggestField} from './fields.js';
import {error, expected, hasErrors, isPlainObject, joinPath, warning} from './problems.js';

const containerTypes = ['docker', 'mesos'];
const networkModes = ['HOST', 'BRIDGE', 'USER'];

function checkType(type: unknown, profile: ClusterProfile): JobProblem[] {
	if (type === undefined || type === '') {
		return [error('container.type', `say which containerizer runs the image: '${profile.containerType}'`)];
	}
	if (typeof type !== 'string') {
		return [expected('container.type', 'a string', type)];
	}
	if (!containerTypes.includes(type.toLowerCase())) {
		return [error('container.type', `'${type}' is not a container type: use 'mesos' or 'docker'`)];
	}
	if (type.toLowerCase() !== profile.containerType.toLowerCase()) {
		return [warning('container.type', `${profile.name} runs '${profile.containerType}' containers, not '${type}'`)];
	}
	return [];
}

function checkParameters(parameters: unknown): JobProblem[] {
	if (parameters === undefined) {
		return [];
	}
	if (!Array.isArray(parameters)) {
		return [expected('container.parameters', 'a list of {key, value}', parameters)];
	}
	return parameters.flatMap((parameter: unknown, index) => {
		const path = joinPath('container.parameters', index);
		if (!isPlainObject(parameter) || typeof parameter.key !== 'string' || typeof parameter.value !== 'string') {
			return [expected(path, 'an object {key, value} with text in both', parameter)];
		}
		return [];
	});
}

export function normaliseContainer(container: unknown, profile: ClusterProfile): {container?: Container; problems: JobProblem[]} {
	if (container === undefined) {
		return {
			problems: [error('container', `${profile.name} runs only container images: add "container": {"type": "${profile.containerType}", "image": "..."}`)],
		};
	}
	if (!isPlainObject(container)) {
		return {problems: [expected('container', 'an object {type, image, volumes}', container)]};
	}
	const problems: JobProblem[] = [
		...checkType(container.type, profile),
		...checkImage(container.image, profile),
		...checkVolumes(container.volumes, profile),
		...checkParameters(container.parameters),
	];
	if (container.forcePullImage !== undefined && typeof container.forcePullImage !== 'boolean') {
		problems.push(expected('container.forcePullImage', 'true or false', container.forcePullImage));
	}
	if (container.network !== undefined && !(networkModes as unknown[]).includes(container.network)) {
		// Chronos looks the name up as written; anything else fails the whole request with a 500.
		problems.push(error('container.network', `network must be one of ${networkModes.join(', ')} (in capitals), not ${JSON.stringify(container.network)}`));
	}
	for (const key of Object.keys(container)) {
		if (!(containerFieldNames as string[]).includes(key)) {
			const suggestion = suggestField(key, containerFieldNames);
			const hint = suggestion ? `: did you mean '${suggestion}'?` : '';
			problems.push(warning(joinPath('container', key), `unknown container field '${key}' is ignored by Chronos${hint}`));
		}
	}
	if (hasErrors(problems)) {
		return {problems};
	}
	const normalised: Container = {type: container.type as string, image: container.image as string};
	const volumes = normaliseVolumes(container.volumes);
	if (volumes) {
		normalised.volumes = volumes;
	}
	for (const key of ['forcePullImage', 'network', 'parameters'] as const) {
		if (container[key] !== undefined) {
			Object.assign(normalised, {[key]: structuredClone(container[key])});
		}
	}
	return {container: normalised, problems};
}
