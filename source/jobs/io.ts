// Job files in and out. Reading keeps every value's position, so a problem in a job is reported at the
// line and column of the field it is about; writing follows the key order of the guide's curl JSON,
// so a file written here looks like the one users already know.
import {extname} from 'node:path';
import {Document as YamlDocument, LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node, type Document} from 'yaml';
import {escapeInvisibles, hasInvisibles} from '../text/printable.js';
import {readBoundedFile} from '../files/bounded-read.js';
import type {ChronosJob, JobProblem} from './types.js';
import {findJsonSyntaxError} from './json-syntax.js';
import {inGuideOrder} from './guide-order.js';
import {maxNestingDepth, tooDeepAt} from './nesting.js';
import {aliasBombMessage, unresolvedAliasMessage, yamlMessage} from './yaml-messages.js';

export {jobToJson} from './guide-order.js';

// Aliases may repeat a value this often in one job; beyond it the file is an alias bomb, not a job.
const maxAliasCount = 100;

export interface SourcePosition {
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
}

export interface ParsedJobDocument {
	value: unknown;
	/**
	 * Where a dotted field path (`container.volumes.0.hostPath`) is written; for a field that is not
	 * there, where its nearest enclosing field is. `''` is the job itself.
	 */
	locate(path: string): SourcePosition | undefined;
}

export interface ParsedJobFile {
	fileName: string;
	documents: ParsedJobDocument[];
	syntaxErrors: Array<SourcePosition & {message: string}>;
}

function looksLikeJson(text: string, fileName: string): boolean {
	const extension = extname(fileName).toLowerCase();
	if (extension === '.json') {
		return true;
	}
	if (extension === '.yaml' || extension === '.yml') {
		return false;
	}
	return /^\s*[[{]/.test(text);
}

function positionOf(lineCounter: LineCounter, offset: number): SourcePosition {
	const {line, col} = lineCounter.linePos(offset);
	return {line, column: col};
}

/** The node a dotted path leads to, or the deepest one on the way when the path goes further than the file. */
function nodeAt(root: Node, path: string): Node {
	let node: Node = root;
	for (const segment of path === '' ? [] : path.split('.')) {
		let next: Node | undefined;
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
			if (pair) {
				// `mem:` with nothing after it has no value node: point at the key.
				next = (pair.value ?? pair.key) as Node | undefined;
			}
		} else if (isSeq(node) && /^\d+$/.test(segment)) {
			next = node.items[Number(segment)] as Node | undefined;
		}
		if (!next?.range) {
			break;
		}
		node = next;
	}
	return node;
}

function documentFor(value: unknown, node: Node, lineCounter: LineCounter): ParsedJobDocument {
	return {
		value,
		locate(path) {
			const target = nodeAt(node, path);
			return target.range ? positionOf(lineCounter, target.range[0]) : undefined;
		},
	};
}

/** One job per document; a list at the top of the only document is several jobs too. */
function jobDocuments(documents: Document[], lineCounter: LineCounter): ParsedJobDocument[] {
	const nonEmpty = documents.filter((document) => document.contents !== null && !(isScalar(document.contents) && document.contents.value === null));
	const [only] = nonEmpty;
	if (nonEmpty.length === 1 && only && isSeq(only.contents)) {
		const values = only.toJS({maxAliasCount}) as unknown[];
		return only.contents.items.map((item, index) => documentFor(values[index], item as Node, lineCounter));
	}
	return nonEmpty.map((document) => documentFor(document.toJS({maxAliasCount}), document.contents as Node, lineCounter));
}

/** Reads JSON or YAML (by extension, else by content) into job documents with positions. */
export function parseJobText(text: string, fileName: string): ParsedJobFile {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const lineCounter = new LineCounter();
	const deep = tooDeepAt(source);
	if (deep !== undefined) {
		return {fileName, documents: [], syntaxErrors: [{...positionIn(source, deep), message: tooDeepMessage}]};
	}
	const json = looksLikeJson(source, fileName);
	if (json && source.trim() !== '') {
		const syntaxError = findJsonSyntaxError(source);
		if (syntaxError) {
			// Fill the line table: the YAML parser is what records line starts.
			parseAllDocuments(source, {lineCounter});
			return {fileName, documents: [], syntaxErrors: [{...positionOf(lineCounter, syntaxError.offset), message: syntaxError.message}]};
		}
	}
	const documents = parseAllDocuments(source, {lineCounter, prettyErrors: false, keepSourceTokens: true});
	const list: Document[] = Array.isArray(documents) ? documents : [documents];
	if (json && source.trim() !== '') {
		// JSON.parse keeps the last of two equal keys without a word; a job file with `mem` twice is a mistake.
		const duplicates = (list[0]?.errors ?? [])
			.filter((error) => error.code === 'DUPLICATE_KEY')
			.map((error) => ({...positionOf(lineCounter, error.pos[0]), message: 'this field is written twice: keep one'}));
		if (duplicates.length > 0) {
			return {fileName, documents: [], syntaxErrors: duplicates};
		}
		return {fileName, documents: jsonDocuments(source, list, lineCounter), syntaxErrors: []};
	}
	const syntaxErrors = firstAtEachPlace(list.flatMap((document) =>
		document.errors.map((error) => ({...positionOf(lineCounter, error.pos[0]), message: yamlMessage(error.code, error.message)})),
	));
	if (syntaxErrors.length > 0) {
		return {fileName, documents: [], syntaxErrors};
	}
	try {
		return {fileName, documents: jobDocuments(list, lineCounter), syntaxErrors};
	} catch (error) {
		// The library's own words ("Excessive alias count indicates a resource exhaustion attack") say neither
		// where nor what to do.
		const alias = error instanceof ReferenceError ? firstAlias(list, error.message) : undefined;
		if (!alias) {
			throw error;
		}
		const message = /excessive/i.test((error as Error).message)
			? aliasBombMessage(alias.name, maxAliasCount)
			: unresolvedAliasMessage(alias.name);
		return {fileName, documents: [], syntaxErrors: [{...positionOf(lineCounter, alias.offset), message}]};
	}
}

/** The library often reports one mistake twice in different words at the same place: the first says it. */
function firstAtEachPlace<T extends SourcePosition>(errors: T[]): T[] {
	const seen = new Set<string>();
	return errors.filter((error) => {
		const place = `${error.line}:${error.column}`;
		const first = !seen.has(place);
		seen.add(place);
		return first;
	});
}

const tooDeepMessage = `nested more than ${maxNestingDepth} levels deep here; a job is at most 4 levels deep (container.volumes.0.mode)`;

/** The alias the library's error is about: the one it names, else the first one. */
function firstAlias(list: Document[], errorMessage: string): {name: string; offset: number} | undefined {
	let found: {name: string; offset: number} | undefined;
	for (const document of list) {
		visit(document, {
			Alias(_key, node) {
				if (!errorMessage.endsWith(`: ${node.source}`) && /unresolved/i.test(errorMessage)) {
					return undefined;
				}
				found = {name: node.source, offset: node.range?.[0] ?? 0};
				return visit.BREAK;
			},
		});
		if (found) {
			return found;
		}
	}
	return undefined;
}

/** Line and column without the YAML parser, for texts too deep to hand to it. */
function positionIn(text: string, offset: number): SourcePosition {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return {line, column: offset - before.lastIndexOf('\n')};
}

/** JSON.parse is the reference for JSON values; the YAML reading of the same text only supplies positions. */
function jsonDocuments(source: string, list: Document[], lineCounter: LineCounter): ParsedJobDocument[] {
	const value = JSON.parse(source) as unknown;
	const [document] = list;
	const contents = document && document.errors.length === 0 ? document.contents : null;
	const unplaced = {value, locate: () => undefined};
	if (Array.isArray(value)) {
		return value.map((item, index) => {
			const node = isSeq(contents) ? (contents.items[index] as Node | undefined) : undefined;
			return node ? documentFor(item, node, lineCounter) : {...unplaced, value: item};
		});
	}
	return [contents ? documentFor(value, contents, lineCounter) : unplaced];
}

export async function readJobFile(path: string): Promise<ParsedJobFile> {
	const text = await readBoundedFile(path);
	return parseJobText(text, path);
}

/** `job.yaml:4:9: error: mem: ...`; without a position, `job.yaml: error: mem: ...`. */
export function formatProblemAt(fileName: string, problem: JobProblem, position?: SourcePosition): string {
	const where = position ? `${fileName}:${position.line}:${position.column}` : fileName;
	const field = problem.path === '' ? '' : `${problem.path}: `;
	return `${where}: ${problem.severity}: ${field}${problem.message}`;
}

/** Strings holding control or invisible characters are double-quoted, where YAML can write them as escapes. */
export function jobToYaml(job: ChronosJob): string {
	const document = new YamlDocument(inGuideOrder(job));
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && hasInvisibles(node.value)) {
				node.type = 'QUOTE_DOUBLE';
			}
		},
	});
	return escapeInvisibles(document.toString({lineWidth: 0}));
}
