// Libraries that do work when they load that the program never or rarely needs, each a few milliseconds of
// every launch: string-width compiles a regular expression of every emoji sequence (a `v`-flag property of
// strings); signal-exit loads Node's `assert` (about 5 ms with what it pulls in) for one check that its
// callback is a function; got names each request with a random UUID from node:crypto (about 12 ms to load)
// for diagnostics channels the program never listens to, so here its requests are numbered instead. The
// bundle gets each library with that work moved to where it is used or left out. Each patch names the exact
// text it replaces: when a library changes, the build fails here instead of shipping it unpatched or wrongly
// patched.
//
// got's HTTP cache (cacheable-request, with keyv and http-cache-semantics: 40 kB to compile and evaluate at
// every launch) serves only requests made with got's `cache` option, which the program never sets; got gets
// a stand-in that says so if it ever is.
import {readFile} from 'node:fs/promises';
import type {Plugin} from 'esbuild';

interface LibraryPatch {
	file: RegExp;
	changes: ReadonlyArray<{replace: string; with: string}>;
}

const patches: readonly LibraryPatch[] = [
	{
		file: /\/node_modules\/string-width\/index\.js$/,
		changes: [
			{
				replace: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
				with: 'let rgiEmojiRegexMade;\nconst rgiEmojiRegex = {test: text => (rgiEmojiRegexMade ??= /^\\p{RGI_Emoji}$/v).test(text)};',
			},
		],
	},
	{
		file: /\/node_modules\/signal-exit\/index\.js$/,
		changes: [
			{
				replace: "var assert = require('assert')",
				with: 'var assert = {equal: function (actual, expected, message) { if (actual != expected) throw new TypeError(message) }}',
			},
		],
	},
	{
		file: /\/node_modules\/got\/dist\/source\/core\/diagnostics-channel\.js$/,
		changes: [
			{replace: "import { randomUUID } from 'node:crypto';", with: 'let requestsMade = 0;'},
			{replace: 'return randomUUID();', with: 'return `request-${++requestsMade}`;'},
		],
	},
];

const withoutHttpCache = `export class CacheError extends Error {}
export default class CacheableRequest {
	constructor() {
		throw new Error("got's cache option is not supported: the program is built without got's HTTP cache");
	}
}
`;

export const patchedLibraries: Plugin = {
	name: 'patched-libraries',
	setup(builder) {
		builder.onResolve({filter: /^cacheable-request$/}, args =>
			args.importer.includes('/node_modules/got/') ? {path: 'cacheable-request', namespace: 'without-http-cache'} : undefined,
		);
		builder.onLoad({filter: /.*/, namespace: 'without-http-cache'}, () => ({contents: withoutHttpCache, loader: 'js'}));
		for (const patch of patches) {
			builder.onLoad({filter: patch.file}, async args => {
				let source = await readFile(args.path, 'utf8');
				for (const change of patch.changes) {
					if (!source.includes(change.replace)) throw new Error(`${args.path} no longer holds "${change.replace}": see library-patches.ts`);
					source = source.replace(change.replace, change.with);
				}
				return {contents: source, loader: 'js'};
			});
		}
	},
};
