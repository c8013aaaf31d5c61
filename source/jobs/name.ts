// Job names: what Chronos accepts (`[\w.-]+`) and what the site asks for (`<username>-words-with-dashes`).
// Every complaint comes with a corrected name, so fixing it is one copy and paste.
import type {ClusterProfile} from './profile.js';
import type {ChronosJob, JobProblem} from './types.js';
import {error, expected, warning} from './problems.js';

/**
 * The order of job names everywhere (dashboard and `list`): by code unit, so the same names come in the same
 * order in every view whatever the locale, without the ICU data a collator loads (about 8 ms per launch).
 */
export function byName(a: {name: string}, b: {name: string}): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export const chronosNamePattern = /^[\w.-]+$/;

/** The user's job: named `<user>-…`, or owned or run by the user. */
export function isUsersJob(name: string, job: Pick<ChronosJob, 'owner' | 'runAsUser'> | undefined, user: string): boolean {
	return name.startsWith(`${user}-`) || job?.owner === user || job?.runAsUser === user;
}

export interface NameContext {
	profile: ClusterProfile;
	username: string;
	existingJobNames?: ReadonlySet<string>;
}

/** A name that follows the rules, as close to `name` as possible. */
export function suggestJobName(name: string, username: string, profile: ClusterProfile): string {
	const separator = profile.requireUserPrefix ? /[^A-Za-z\d.]+/g : /[^\w.-]+/g;
	let words = name.trim().replace(separator, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '');
	if (!profile.requireUserPrefix) {
		return words || 'my-job';
	}
	// 'Alice-job' and 'alice_job' already say the username: keep the words, not a second copy of it.
	if (words.toLowerCase().startsWith(username.toLowerCase())) {
		words = words.slice(username.length).replace(/^[-.]+/, '');
	}
	return `${username}-${words || 'my-job'}`;
}

function quoteCharacters(characters: string[]): string {
	return [...new Set(characters)].map((character) => (character === ' ' ? 'spaces' : `'${character}'`)).join(', ');
}

export function checkName(name: unknown, ctx: NameContext): JobProblem[] {
	if (name === undefined || name === '') {
		const example = ctx.profile.requireUserPrefix ? `, e.g. ${ctx.username}-my-training-run` : '';
		return [error('name', `a job needs a name${example}`)];
	}
	if (typeof name !== 'string') {
		return [expected('name', 'a string', name)];
	}
	const suggestion = suggestJobName(name, ctx.username, ctx.profile);
	const fix = ` (try '${suggestion}')`;
	const problems: JobProblem[] = [];
	if (/^[.]+$/.test(name)) {
		// Chronos accepts '..', but in a URL it is a step up: the job could never be read, run or deleted.
		return [error('name', `'${name}' is only dots: a job name needs a letter or digit${fix}`)];
	}
	const refused = name.match(/[^\w.-]/g);
	if (refused) {
		problems.push(
			error('name', `'${name}' contains ${quoteCharacters(refused)}, which Chronos refuses: use only letters, digits, '-', '_' and '.'${fix}`),
		);
	}
	if (ctx.profile.requireUserPrefix) {
		const prefix = `${ctx.username}-`;
		if (!name.startsWith(prefix)) {
			problems.push(error('name', `'${name}' must start with your username and a dash, '${prefix}'${fix}`));
		} else if (!/[A-Za-z\d]/.test(name.slice(prefix.length))) {
			problems.push(error('name', `'${name}' needs words after '${prefix}' that say what the job does${fix}`));
		}
		if (name.includes('_')) {
			problems.push(error('name', `'${name}' contains '_': join words with dashes instead${fix}`));
		}
		if (name.includes('--')) {
			problems.push(error('name', `'${name}' contains a double dash: join words with a single '-'${fix}`));
		}
		if (name.endsWith('-') && name !== prefix) {
			problems.push(error('name', `'${name}' ends with a dash: remove it${fix}`));
		}
		if (name.startsWith('-')) {
			problems.push(error('name', `'${name}' starts with a dash${fix}`));
		}
	}
	if (problems.length === 0 && ctx.existingJobNames?.has(name)) {
		problems.push(warning('name', `a job named '${name}' already exists: submitting replaces it, and Chronos does not ask`));
	}
	return problems;
}
