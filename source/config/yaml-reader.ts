// Reads a YAML config document while keeping every key's line and column, so each complaint points at the
// exact spot in the file: `config.yaml:4:3: unknown key "pollInterval" (did you mean "pollIntervalSeconds"?)`.
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node} from 'yaml';
import {suggestField} from '../jobs/fields.js';
import {ConfigError} from './errors.js';

export interface YamlEntry {
	key: string;
	/** The value node, for its position and for nested maps and lists. */
	node: Node | null;
	/** Position of the key, for messages about the key itself. */
	keyAt: Node | null;
}

export class YamlReader {
	private readonly lines = new LineCounter();
	readonly root: Node | null;

	constructor(
		text: string,
		readonly fileName: string,
	) {
		const document = parseDocument(text, {lineCounter: this.lines, prettyErrors: false, uniqueKeys: true});
		const [first] = document.errors;
		if (first) {
			const {line, col} = this.lines.linePos(first.pos[0]);
			const reason = first.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
			throw new ConfigError(`${fileName}:${line}:${col}: ${reason}`);
		}

		this.root = (document.contents as Node | null) ?? null;
	}

	/** Throws a ConfigError located at `node` (or at the file when there is no node). */
	fail(node: Node | null | undefined, message: string): never {
		const offset = node?.range?.[0];
		if (offset === undefined) {
			throw new ConfigError(`${this.fileName}: ${message}`);
		}

		const {line, col} = this.lines.linePos(offset);
		throw new ConfigError(`${this.fileName}:${line}:${col}: ${message}`);
	}

	/** The entries of a map node, refusing keys outside `known` with a did-you-mean. */
	entries(node: Node | null, where: string, known: readonly string[], refuse?: (entry: YamlEntry) => void): YamlEntry[] {
		if (node === null || (isScalar(node) && node.value === null)) {
			return [];
		}

		if (!isMap(node)) {
			this.fail(node, `${where} must be a map of keys and values`);
		}

		const result: YamlEntry[] = [];
		for (const pair of node.items) {
			const keyNode = (pair.key as Node | null) ?? null;
			const key = isScalar(keyNode) ? String(keyNode.value) : '';
			const entry = {key, node: (pair.value as Node | null) ?? null, keyAt: keyNode};
			refuse?.(entry);
			if (!known.includes(key)) {
				const suggestion = suggestKey(key, known);
				const hint = suggestion ? `did you mean "${suggestion}"?` : `known keys: ${known.join(', ')}`;
				const prefix = where === 'the config file' ? '' : `${where}.`;
				this.fail(keyNode, `unknown key "${prefix}${key}" (${hint})`);
			}

			result.push(entry);
		}

		return result;
	}

	string(entry: YamlEntry, path: string): string {
		const value = isScalar(entry.node) ? entry.node.value : undefined;
		if (typeof value !== 'string' || value.trim() === '') {
			this.fail(entry.node ?? entry.keyAt, `${path} must be a non-empty text`);
		}

		return value.trim();
	}

	number(entry: YamlEntry, path: string): number {
		const value = isScalar(entry.node) ? entry.node.value : undefined;
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			this.fail(entry.node ?? entry.keyAt, `${path} must be a number`);
		}

		return value;
	}

	boolean(entry: YamlEntry, path: string): boolean {
		const value = isScalar(entry.node) ? entry.node.value : undefined;
		if (typeof value !== 'boolean') {
			this.fail(entry.node ?? entry.keyAt, `${path} must be true or false`);
		}

		return value;
	}

	/** A number, or for sizes a text like `8G` handled by the caller. */
	scalar(entry: YamlEntry): unknown {
		return isScalar(entry.node) ? entry.node.value : undefined;
	}

	strings(entry: YamlEntry, path: string): Array<{value: string; node: Node}> {
		if (!isSeq(entry.node)) {
			this.fail(entry.node ?? entry.keyAt, `${path} must be a list`);
		}

		return entry.node.items.map((item, index) => {
			const itemNode = item as Node;
			const value = isScalar(itemNode) ? itemNode.value : undefined;
			if (typeof value !== 'string' || value.trim() === '') {
				this.fail(itemNode, `${path}[${index}] must be a non-empty text`);
			}

			return {value: value.trim(), node: itemNode};
		});
	}
}

/** A typo, or a key missing its unit (`pollInterval` for `pollIntervalSeconds`). */
function suggestKey(key: string, known: readonly string[]): string | undefined {
	const lower = key.toLowerCase();
	return (
		suggestField(key, known) ??
		(lower.length >= 3 ? known.find((name) => name.toLowerCase().startsWith(lower) || lower.startsWith(name.toLowerCase())) : undefined)
	);
}
