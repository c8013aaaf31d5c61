// https to a port that speaks http gets the "try http://" hint, not OpenSSL's own words; HTTP_PROXY,
// HTTPS_PROXY and NO_PROXY are honoured as a frontend behind a proxy needs.
import {describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {expectChronosFailure} from '../helpers/chronos.js';
import {closedPort, sendJson, serversClosedAfterEach} from '../helpers/http-server.js';

const server = serversClosedAfterEach();

describe('https to an http port', () => {
	it('says the server does not speak https there and to try http://, without an OpenSSL dump', async () => {
		const plain = await server((_request, response) => sendJson(response, 200, []));
		const url = `https://127.0.0.1:${plain.port}`;
		const error = await expectChronosFailure(new ChronosClient({url, retries: 0}).listJobs(), 'no password here');
		expect(error.kind).toBe('tls');
		expect(error.message).toBe(`cannot make a secure connection to ${url} (the server does not speak https here; try http://)`);
		expect(error.message).not.toMatch(/SSL routines|error:[\dA-F]+:/);
	});
});

describe('proxies from the environment', () => {
	it('sends requests through HTTP_PROXY', async () => {
		const proxy = await server((_request, response) => sendJson(response, 200, [{name: 'alice-through-proxy'}]));
		const client = new ChronosClient({url: 'http://chronos.invalid:4400', retries: 0, proxyEnv: {HTTP_PROXY: proxy.url}});
		expect((await client.listJobs()).map((job) => job.name)).toEqual(['alice-through-proxy']);
		expect(proxy.requests[0]?.url).toBe('http://chronos.invalid:4400/v1/scheduler/jobs');
	});

	it('goes direct to a host NO_PROXY names', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, [{name: 'alice-direct'}]));
		const deadProxy = `http://127.0.0.1:${await closedPort()}`;
		const client = new ChronosClient({url: chronos.url, retries: 0, proxyEnv: {HTTP_PROXY: deadProxy, NO_PROXY: '127.0.0.1'}});
		expect((await client.listJobs()).map((job) => job.name)).toEqual(['alice-direct']);
	});
});
