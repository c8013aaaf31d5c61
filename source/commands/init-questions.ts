// The questions `config init` asks: a line answer with an offered default, answers checked and asked again,
// yes/no. Running out of answers (ctrl-d, the end of a pipe) cancels the whole run.
import type {InitPrompts} from '../config/line-prompts.js';

/** Thrown when the answers run out: nothing is written. */
export class Cancelled extends Error {}

export type Say = (text?: string) => void;

const maxAttempts = 5;

export function question(label: string, suggestion: string | undefined): {text: string; fallback?: string} {
	const fallback = suggestion?.trim() || undefined;
	return {text: fallback ? `${label} [${fallback}]: ` : `${label}: `, ...(fallback ? {fallback} : {})};
}

async function answer(prompts: InitPrompts, text: string): Promise<string> {
	const line = await prompts.ask(text);
	if (line === undefined) {
		throw new Cancelled();
	}

	return line.trim();
}

export async function askValid<T>(
	prompts: InitPrompts,
	say: Say,
	{text, fallback}: {text: string; fallback?: string},
	check: (answer: string) => {value: T} | {problem: string},
): Promise<T> {
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const given = (await answer(prompts, text)) || fallback || '';
		const result = check(given);
		if ('value' in result) {
			return result.value;
		}

		say(`  ${result.problem}`);
	}

	throw new Cancelled();
}

export async function yesNo(prompts: InitPrompts, text: string, fallback: boolean): Promise<boolean> {
	for (let attempt = 1; attempt <= maxAttempts; attempt++) {
		const given = (await answer(prompts, text)).toLowerCase();
		if (given === '') {
			return fallback;
		}

		if (['y', 'yes'].includes(given)) {
			return true;
		}

		if (['n', 'no'].includes(given)) {
			return false;
		}
	}

	throw new Cancelled();
}
