// A proxy variable the client cannot use is said on the dashboard's status line when it opens, instead of
// the dashboard connecting around the proxy without a word.
import {afterEach, describe, expect, it} from 'vitest';
import {openDashboard, type Dashboard} from './dashboard-harness.js';

let dashboard: Dashboard | undefined;
afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
});

describe('a proxy the dashboard cannot use', () => {
	it('is named on the status line, and the jobs come directly', async () => {
		dashboard = await openDashboard({client: {proxyEnv: {http_proxy: 'socks5://bob:proxy-secret@127.0.0.1:1080'}}, size: {columns: 160, rows: 30}});
		const frame = dashboard.terminal.lastFrame();
		expect(frame).toContain('✗ http_proxy is not an http:// or https:// proxy address, which is all Node can use: connecting to Chronos directly');
		expect(frame).not.toContain('proxy-secret');
	});

	it('is not mentioned when the environment names no proxy', async () => {
		dashboard = await openDashboard({client: {proxyEnv: {}}});
		expect(dashboard.terminal.lastFrame()).not.toContain('proxy');
	});
});
