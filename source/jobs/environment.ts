// Environment variables as Chronos wants them: a list of {name, value} with names a shell can use.
import type {EnvironmentVariable, JobProblem} from './types.js';
import {error, expected, isPlainObject, joinPath, warning} from './problems.js';

const environmentPath = 'environmentVariables';
const variableName = /^[A-Za-z_]\w*$/;

/** Checks the variables and returns them with numbers and booleans written as text, as Chronos reads them. */
export function normaliseEnvironment(vars: unknown): {variables?: EnvironmentVariable[]; problems: JobProblem[]} {
	if (vars === undefined) {
		return {problems: []};
	}
	if (isPlainObject(vars)) {
		const example = Object.keys(vars)[0] ?? 'NAME';
		return {
			problems: [
				error(environmentPath, `expected a list of {name, value}, got an object: write [{"name": "${example}", "value": "..."}]`),
			],
		};
	}
	if (!Array.isArray(vars)) {
		return {problems: [expected(environmentPath, 'a list of {name, value}', vars)]};
	}
	const problems: JobProblem[] = [];
	const variables: EnvironmentVariable[] = [];
	const seen = new Map<string, number>();
	for (const [index, variable] of vars.entries()) {
		const path = joinPath(environmentPath, index);
		if (!isPlainObject(variable)) {
			problems.push(expected(path, 'an object {name, value}', variable));
			continue;
		}
		const {name, value} = variable;
		if (typeof name !== 'string' || name === '') {
			problems.push(name === undefined || name === '' ? error(joinPath(path, 'name'), 'the variable needs a name') : expected(joinPath(path, 'name'), 'a string', name));
		} else if (!variableName.test(name)) {
			problems.push(
				error(joinPath(path, 'name'), `'${name}' is not a variable name: use letters, digits and '_', not starting with a digit`),
			);
		} else if (seen.has(name)) {
			problems.push(error(joinPath(path, 'name'), `'${name}' is already set by ${joinPath(environmentPath, seen.get(name)!)}: set each variable once`));
		} else {
			seen.set(name, index);
		}
		let text: string | undefined;
		if (typeof value === 'string') {
			text = value;
		} else if (typeof value === 'number' || typeof value === 'boolean') {
			text = String(value);
		} else if (value === undefined) {
			problems.push(error(joinPath(path, 'value'), `'${String(name)}' needs a value (use "" for an empty one)`));
		} else {
			problems.push(expected(joinPath(path, 'value'), 'text', value));
		}
		for (const key of Object.keys(variable)) {
			if (key !== 'name' && key !== 'value') {
				problems.push(warning(joinPath(path, key), `unknown field '${key}' is ignored: a variable has only name and value`));
			}
		}
		if (typeof name === 'string' && text !== undefined) {
			variables.push({name, value: text});
		}
	}
	return {variables, problems};
}

export function checkEnvironment(vars: unknown): JobProblem[] {
	return normaliseEnvironment(vars).problems;
}
