// Command-line parsing: find the subcommand, then parse the rest strictly with node:util parseArgs, so a typo
// in a flag is a usage error instead of being silently ignored.
import {parseArgs, type ParseArgsOptionsConfig} from 'node:util';
import {UsageError} from './errors.js';

/** Flags every subcommand accepts: where Chronos is, who you are, which config file. */
export const globalOptions = {
	url: {type: 'string'},
	user: {type: 'string'},
	config: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
} as const satisfies ParseArgsOptionsConfig;

const globalValueFlags = new Set(['--url', '--user', '--config']);

export interface GlobalFlags {
	url?: string;
	user?: string;
	config?: string;
}

export type FlagValues = Record<string, string | boolean | undefined>;

export interface ParsedArgs {
	values: FlagValues;
	positionals: string[];
	global: GlobalFlags;
	help: boolean;
}

export interface SplitArgv {
	/** 'list', 'config init', ... or undefined for the dashboard. */
	command?: string;
	/** Everything but the subcommand words, flags in their original order. */
	rest: string[];
}

/**
 * Finds the subcommand wherever global flags put it (`chronos-tui --url X list` and
 * `chronos-tui list --url X` both work). `config` takes a second word.
 */
export function splitArgv(argv: readonly string[]): SplitArgv {
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			break;
		}

		if (globalValueFlags.has(token)) {
			index++;
			continue;
		}

		if (token.startsWith('-')) {
			continue;
		}

		const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
		if (token === 'config') {
			const next = argv[index + 1];
			if (next !== undefined && !next.startsWith('-')) {
				return {command: `config ${next}`, rest: [...argv.slice(0, index), ...argv.slice(index + 2)]};
			}
		}

		return {command: token, rest};
	}

	return {command: undefined, rest: [...argv]};
}

/**
 * There is deliberately no password flag: anything on a command line is readable by every user of the
 * frontend through `ps`. Checked before parsing so the value is never repeated back.
 */
export function refusePasswordFlag(argv: readonly string[]): void {
	for (const token of argv) {
		if (token === '--') {
			return;
		}

		if (token === '--password' || token.startsWith('--password=')) {
			throw new UsageError(
				'there is no --password flag: other users of the machine can read command lines with `ps`. ' +
					'Set CHRONOS_PASSWORD, or passwordFile or passwordCommand in the config file (chronos-tui config init)',
			);
		}
	}
}

export interface ArgsSpec {
	/** Shown after `usage:` on a usage error. */
	usage: string;
	options: ParseArgsOptionsConfig;
	/** How many positional arguments the command takes, and what they are called in messages. */
	positionals: {min: number; max: number; name: string};
}

/**
 * Most values of `--args` start with a dash (`--args "--lr 0.1"`), which node's parser takes for another
 * option. A value option followed by a word that is not one of the command's options gets that word.
 */
function attachDashedValues(argv: readonly string[], options: ParseArgsOptionsConfig): string[] {
	const isOption = (token: string) => {
		const name = /^--?([^=]+)/.exec(token)?.[1];
		return name !== undefined && (name in options || Object.values(options).some(option => option.short === name));
	};

	const result: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			result.push(...argv.slice(index));
			break;
		}

		const name = /^--([^=]+)$/.exec(token)?.[1];
		const next = argv[index + 1];
		if (name !== undefined && options[name]?.type === 'string' && next?.startsWith('-') && !isOption(next)) {
			result.push(`${token}=${next}`);
			index++;
		} else {
			result.push(token);
		}
	}

	return result;
}

export function parseCommandArgs(argv: readonly string[], spec: ArgsSpec): ParsedArgs {
	refusePasswordFlag(argv);
	let parsed;
	const options = {...globalOptions, ...spec.options};
	try {
		parsed = parseArgs({
			args: attachDashedValues(argv, options),
			options,
			strict: true,
			allowPositionals: true,
		});
	} catch (error) {
		throw new UsageError(describeParseError(error), spec.usage);
	}

	const values = parsed.values as FlagValues;
	const help = values['help'] === true;
	const {positionals} = parsed;
	if (!help) {
		const {min, max, name} = spec.positionals;
		if (positionals.length < min) {
			throw new UsageError(`missing ${name}`, spec.usage);
		}

		if (positionals.length > max) {
			const extra = positionals[max]!;
			throw new UsageError(max === 0 ? `unexpected argument '${extra}'` : `too many arguments: '${extra}'`, spec.usage);
		}
	}

	return {
		values,
		positionals,
		help,
		global: {
			url: stringFlag(values, 'url'),
			user: stringFlag(values, 'user'),
			config: stringFlag(values, 'config'),
		},
	};
}

function describeParseError(error: unknown): string {
	const code = (error as {code?: string}).code;
	const message = error instanceof Error ? error.message : String(error);
	const quoted = /'([^']+)'/.exec(message)?.[1];
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `unknown option '${quoted ?? message}'`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
			const option = quoted?.split(' ')[0] ?? 'option';
			if (message.includes('ambiguous')) {
				return `${option} needs a value; to pass one starting with a dash, write ${option}=VALUE`;
			}

			if (message.includes('does not take an argument')) {
				return `${option} takes no value`;
			}

			return `${option} needs a value`;
		}

		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `unexpected argument '${quoted ?? message}'`;
		default:
			return message.split('\n', 1)[0] ?? message;
	}
}

export function stringFlag(values: FlagValues, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

export function booleanFlag(values: FlagValues, name: string): boolean {
	return values[name] === true;
}

export interface NumberRule {
	min?: number;
	max?: number;
	integer?: boolean;
}

/** A numeric flag, or a usage error that says which flag and what it accepts. */
export function numberFlag(values: FlagValues, name: string, rule: NumberRule, usage: string): number | undefined {
	const text = stringFlag(values, name);
	if (text === undefined) {
		return undefined;
	}

	const value = Number(text);
	const kind = rule.integer ? 'a whole number' : 'a number';
	const range =
		rule.min !== undefined && rule.max !== undefined
			? ` from ${rule.min} to ${rule.max}`
			: rule.min !== undefined
				? ` of at least ${rule.min}`
				: '';
	if (
		text.trim() === '' ||
		!Number.isFinite(value) ||
		(rule.integer && !Number.isInteger(value)) ||
		(rule.min !== undefined && value < rule.min) ||
		(rule.max !== undefined && value > rule.max)
	) {
		throw new UsageError(`--${name} must be ${kind}${range}, not '${text}'`, usage);
	}

	return value;
}
