// Some of Node's own modules cost milliseconds to load and are needed only on some paths: the TLS stack
// (`node:tls`, and `node:https` and `node:http2`, which load it: about 15 ms) only for a Chronos behind https
// (the cluster's Chronos, the demo and the emulator speak plain http), `node:crypto` (about 12 ms) only
// for the emulator, and `node:child_process` and `node:readline` only to run an editor, a password command
// or a question. got and the program import them all when they load. In the bundle each becomes a stand-in
// that loads the real module the first time something of it is read, so a launch pays only for what it uses.
//
// Two exports are read on every plain-http path and are answered without loading: got reads
// `tls.checkServerIdentity` into each request's options (a forwarder, which loads `node:tls` when called,
// i.e. only for https), and destructures `http2.constants` when it loads (the protocol's numbers, copied at
// build time). Anything else (classes, agents, settings such as `tls.DEFAULT_MIN_VERSION`) loads the real
// module when read, so it is exactly what the running Node has.
import {createRequire} from 'node:module';

const requireForBuild = createRequire(import.meta.url);

interface StandIn {
	/** Plain functions given as forwarders that load the module when called. */
	forwarded?: readonly string[];
	/** Data fixed by a protocol, copied from the building Node. */
	fromBuild?: readonly string[];
}

const standIns: ReadonlyMap<string, StandIn> = new Map([
	['node:tls', {forwarded: ['checkServerIdentity']}],
	['node:https', {}],
	['node:http2', {fromBuild: ['constants']}],
	['node:crypto', {}],
	['node:child_process', {}],
	['node:readline', {}],
	['node:readline/promises', {}],
]);

export function isLazyBuiltin(name: string): boolean {
	return standIns.has(name);
}

/** The CommonJS source of the stand-in for `name` (a `node:` module of standIns). */
export function lazyBuiltinSource(name: string): string {
	const standIn = standIns.get(name);
	if (!standIn) throw new Error(`${name} has no stand-in`);
	const real = requireForBuild(name) as Record<string, unknown>;
	for (const key of standIn.forwarded ?? []) {
		if (typeof real[key] !== 'function') throw new Error(`${name}.${key} is not a function any more: see lazy-builtins.ts`);
	}
	const fromBuild = Object.fromEntries((standIn.fromBuild ?? []).map(key => [key, real[key]]));
	return `let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
const keys = ${JSON.stringify(Object.getOwnPropertyNames(real))};
const fromBuild = ${JSON.stringify(fromBuild)};
const forwarders = new Map(${JSON.stringify(standIn.forwarded ?? [])}.map(key => [key, function (...args) { return load()[key].apply(this, args); }]));
module.exports = new Proxy({}, {
	get: (_, key) => Object.hasOwn(fromBuild, key) ? fromBuild[key] : forwarders.get(key) ?? load()[key],
	has: (_, key) => key in load(),
	ownKeys: () => keys,
	getOwnPropertyDescriptor: (_, key) => keys.includes(key) ? {configurable: true, enumerable: true, writable: true, value: undefined} : undefined,
});
`;
}
