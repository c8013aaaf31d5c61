// Frontends often reach the outside through a proxy set in HTTP_PROXY / HTTPS_PROXY, with NO_PROXY for the
// hosts next door. Node's own agents honour those variables when given them (Node 24.5 and later), so the
// client uses such agents exactly when one of the variables is set, and the usual direct connection
// otherwise. Where a variable cannot be honoured (an older Node, a socks5:// proxy) the user is told once
// instead of the proxy being skipped in silence.
import {Agent as HttpAgent} from 'node:http';
import {Agent as HttpsAgent} from 'node:https';

const proxyVariables = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

export interface ProxyAgents {
	http: HttpAgent;
	https: HttpsAgent;
}

/** Agents that go through the proxies `env` names (and around them for NO_PROXY hosts); none without one. */
export function proxyAgents(env: NodeJS.ProcessEnv): ProxyAgents | undefined {
	if (!proxyVariables.some((name) => (env[name] ?? '') !== '')) {
		return undefined;
	}

	const proxyEnv = Object.fromEntries(
		[...proxyVariables, 'NO_PROXY', 'no_proxy'].filter((name) => env[name] !== undefined).map((name) => [name, env[name]]),
	);
	return {http: new HttpAgent({keepAlive: true, proxyEnv}), https: new HttpsAgent({keepAlive: true, proxyEnv})};
}

/**
 * Node's agents honour proxyEnv from 24.5 on, and in 22.x from 22.21 on; older ones ignore the option
 * without a word and connect directly.
 */
export function nodeHonoursProxies(version: string = process.versions.node): boolean {
	const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
	return major >= 25 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21);
}

/**
 * One line for the user when a proxy variable would apply to `url` but is not used: this Node cannot use
 * proxies, or the variable is not an http:// or https:// address (Node ignores socks5:// and bare
 * host:port). Undefined when every proxy variable is honoured or none applies. Never holds the variable's
 * value, which may carry the proxy's own password.
 */
export function ignoredProxyNotice(env: NodeJS.ProcessEnv, url: string, nodeVersion: string = process.versions.node): string | undefined {
	const target = new URL(url);
	const scheme = target.protocol === 'https:' ? 'https' : 'http';
	// The lower-case form wins when both are set, as in Node and curl.
	const variable = [`${scheme}_proxy`, `${scheme.toUpperCase()}_PROXY`].find(name => (env[name] ?? '') !== '');
	if (variable === undefined || bypassed(target.hostname, env['no_proxy'] ?? env['NO_PROXY'] ?? '')) {
		return undefined;
	}

	if (!nodeHonoursProxies(nodeVersion)) {
		return `${variable} is set, but Node ${nodeVersion} cannot send requests through a proxy (Node 22.21, 24.5 and later can): connecting to Chronos directly`;
	}

	if (!isHttpProxy(env[variable]!)) {
		return `${variable} is not an http:// or https:// proxy address, which is all Node can use: connecting to Chronos directly`;
	}

	return undefined;
}

function isHttpProxy(value: string): boolean {
	try {
		return ['http:', 'https:'].includes(new URL(value).protocol);
	} catch {
		return false;
	}
}

/** NO_PROXY's usual forms: `*`, a host or an address, a domain with or without a leading dot, maybe a port. */
function bypassed(hostname: string, noProxy: string): boolean {
	const host = withoutBrackets(hostname.toLowerCase());
	return noProxy
		.split(/[\s,]+/)
		.map(entry => noProxyHost(entry.toLowerCase()))
		.some(entry => entry !== '' && (entry === '*' || host === entry.replace(/^\./, '') || host.endsWith(entry.startsWith('.') ? entry : `.${entry}`)));
}

/** `*.example.org:8080` → `.example.org`; an IPv6 address keeps its colons. */
function noProxyHost(entry: string): string {
	const host = entry.startsWith('[') || entry.split(':').length === 2 ? entry.replace(/:\d+$/, '') : entry;
	return withoutBrackets(host).replace(/^\*\./, '.');
}

function withoutBrackets(host: string): string {
	return host.replace(/^\[(.*)\]$/, '$1');
}
