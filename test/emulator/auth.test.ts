// Basic auth as `--http_credentials` gives a real instance: every path, 401 with the Mesosphere realm.
import {expect, test} from 'vitest';
import {api, emulator} from './helpers.js';

const credentials = {user: 'alice', password: 's3cret:with-colon'};

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

test('a missing or wrong password gets 401 with WWW-Authenticate and an HTML body, on every path', async () => {
	const server = await emulator({credentials, seed: 2});
	const paths = [`${api}/jobs`, `${api}/jobs/summary`, `${api}/leader`, '/ping', '/metrics', `${api}/no-such-path`];
	for (const path of paths) {
		const attempts: Array<Record<string, string>> = [{}, {Authorization: basic('alice', 'wrong')}, {Authorization: basic('mallory', credentials.password)}, {Authorization: 'Bearer x'}];
		for (const headers of attempts) {
			const response = await fetch(`${server.url}${path}`, {headers});
			expect(response.status, path).toBe(401);
			expect(response.headers.get('www-authenticate')).toBe('basic realm="Mesosphere"');
			expect(response.headers.get('content-type')).toContain('text/html');
			const body = await response.text();
			expect(body).toContain('401');
			expect(body).not.toContain(credentials.password);
		}
	}
});

test('a refused POST changes nothing', async () => {
	const server = await emulator({credentials});
	const response = await fetch(`${server.url}${api}/iso8601`, {
		method: 'POST',
		headers: {'Content-Type': 'application/json'},
		body: JSON.stringify({name: 'alice-x', command: 'echo', schedule: 'R1//P1Y'}),
	});
	expect(response.status).toBe(401);
	expect(server.jobs()).toHaveLength(0);
});

test('the right credentials are served normally, and the url never carries them', async () => {
	const server = await emulator({credentials, seed: 2});
	expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
	const response = await fetch(`${server.url}${api}/jobs`, {headers: {Authorization: basic(credentials.user, credentials.password)}});
	expect(response.status).toBe(200);
	expect(await response.json()).toHaveLength(2);
});
