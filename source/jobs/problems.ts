// Small helpers every check uses to report problems in the same words.
import type {JobProblem} from './types.js';

export function error(path: string, message: string): JobProblem {
	return {path, message, severity: 'error'};
}

export function warning(path: string, message: string): JobProblem {
	return {path, message, severity: 'warning'};
}

export function hasErrors(problems: readonly JobProblem[]): boolean {
	return problems.some((problem) => problem.severity === 'error');
}

/** `container` + `volumes` → `container.volumes`; `''` + `name` → `name`. */
export function joinPath(parent: string, key: string | number): string {
	return parent === '' ? String(key) : `${parent}.${key}`;
}

/** How a value reads in "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
	if (value === null) {
		return 'null';
	}
	if (Array.isArray(value)) {
		return 'a list';
	}
	switch (typeof value) {
		case 'string': {
			return `the text '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
		}
		case 'number': {
			return `the number ${value}`;
		}
		case 'boolean': {
			return String(value);
		}
		case 'object': {
			return 'an object';
		}
		default: {
			return typeof value;
		}
	}
}

export function expected(path: string, what: string, value: unknown): JobProblem {
	return error(path, `expected ${what}, got ${describeValue(value)}`);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
