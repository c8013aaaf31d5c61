// https to a port that speaks http gets the "try http://" hint, not OpenSSL's own words; HTTP_PROXY,
// HTTPS_PROXY and NO_PROXY are honoured as a frontend behind a proxy needs.
import {describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {ignoredProxyNotice, nodeHonoursProxies} from '../../source/chronos/proxy.js';
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

describe('proxy variables that cannot be honoured', () => {
	const chronos = 'http://chronos.example.org:4400';

	it('are named when this Node cannot use proxies at all, and not when it can', () => {
		expect(nodeHonoursProxies('20.20.2')).toBe(false);
		expect(nodeHonoursProxies('22.20.0')).toBe(false);
		expect(nodeHonoursProxies('22.21.0')).toBe(true);
		expect(nodeHonoursProxies('23.11.0')).toBe(false);
		expect(nodeHonoursProxies('24.4.1')).toBe(false);
		expect(nodeHonoursProxies('24.5.0')).toBe(true);
		expect(nodeHonoursProxies('25.0.0')).toBe(true);
		const env = {HTTP_PROXY: 'http://bob:proxy-secret@proxy.example.org:3128'};
		const notice = ignoredProxyNotice(env, chronos, '20.20.2');
		expect(notice).toBe('HTTP_PROXY is set, but Node 20.20.2 cannot send requests through a proxy (Node 22.21, 24.5 and later can): connecting to Chronos directly');
		expect(ignoredProxyNotice(env, chronos, '24.21.0')).toBeUndefined();
	});

	it('are named when not an http:// or https:// address, never with their value', () => {
		for (const value of ['socks5://bob:proxy-secret@proxy.example.org:1080', 'proxy.example.org:3128', 'not a url']) {
			const notice = ignoredProxyNotice({https_proxy: value}, 'https://chronos.example.org', '24.21.0');
			expect(notice).toBe('https_proxy is not an http:// or https:// proxy address, which is all Node can use: connecting to Chronos directly');
		}

		expect(ignoredProxyNotice({HTTPS_PROXY: 'https://proxy.example.org:3129'}, 'https://chronos.example.org', '24.21.0')).toBeUndefined();
	});

	it('says nothing about a variable that does not apply to Chronos', () => {
		// HTTPS_PROXY is for https:// addresses only; NO_PROXY sends this host around any proxy anyway.
		expect(ignoredProxyNotice({HTTPS_PROXY: 'socks5://proxy:1080'}, chronos, '20.20.2')).toBeUndefined();
		expect(ignoredProxyNotice({NO_PROXY: 'localhost'}, chronos, '20.20.2')).toBeUndefined();
		for (const noProxy of ['*', 'chronos.example.org', '.example.org', 'example.org', '*.example.org', 'localhost, example.org:4400']) {
			expect(ignoredProxyNotice({HTTP_PROXY: 'socks5://proxy:1080', NO_PROXY: noProxy}, chronos, '24.21.0'), noProxy).toBeUndefined();
		}

		expect(ignoredProxyNotice({HTTP_PROXY: 'socks5://proxy:1080', NO_PROXY: 'ample.org'}, chronos, '24.21.0')).toBeDefined();
		expect(ignoredProxyNotice({HTTP_PROXY: 'socks5://proxy:1080', no_proxy: '::1'}, 'http://[::1]:4400', '24.21.0')).toBeUndefined();
	});

	it('lets the client connect directly and hold the notice for the user', async () => {
		const chronos = await server((_request, response) => sendJson(response, 200, [{name: 'alice-direct'}]));
		const client = new ChronosClient({url: chronos.url, retries: 0, proxyEnv: {HTTP_PROXY: 'socks5://127.0.0.1:1080'}});
		expect((await client.listJobs()).map((job) => job.name)).toEqual(['alice-direct']);
		expect(client.proxyNotice).toBe('HTTP_PROXY is not an http:// or https:// proxy address, which is all Node can use: connecting to Chronos directly');
		expect(new ChronosClient({url: chronos.url, proxyEnv: {}}).proxyNotice).toBeUndefined();
	});
});
