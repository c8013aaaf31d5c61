// Frontends often reach the outside through a proxy set in HTTP_PROXY / HTTPS_PROXY, with NO_PROXY for the
// hosts next door. Node's own agents honour those variables when given them (Node 24.5 and later), so the
// client uses such agents exactly when one of the variables is set, and the usual direct connection
// otherwise.
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
