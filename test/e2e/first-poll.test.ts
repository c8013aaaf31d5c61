// The dashboard asks Chronos for the jobs before it loads the views' code (about 100 ms), so a Chronos that
// takes its time answers while the views load, and an answer that is back by then is on the first frame,
// not on a second one after a loading line. Seen from the server: the request arrives before the program has
// drawn anything. The terminal is a pseudo-terminal of util-linux `script`, whose byte stream says exactly
// what had been drawn at that moment.
import {spawn} from 'node:child_process';
import {afterEach, describe, expect, test} from 'vitest';
import {cliPath, programNode} from '../helpers/built-program.js';
import {startTestServer, type TestServer} from '../helpers/http-server.js';
import {freshHome, homeEnvironment} from './program.js';

const servers: TestServer[] = [];
const stops: Array<() => void> = [];

afterEach(async () => {
	for (const stop of stops.splice(0)) stop();
	await Promise.all(servers.splice(0).map(async server => server.close()));
});

describe('the first poll', () => {
	test('reaches Chronos before the first frame is drawn, and its answer is on the first screen of jobs', async () => {
		let output = '';
		let drawnWhenAsked: boolean | undefined;
		const server = await startTestServer((request, response) => {
			if (request.url === '/v1/scheduler/jobs/summary') {
				// The alternate screen is the first thing the dashboard writes.
				drawnWhenAsked ??= output.includes('\u001B[?1049h');
				response.setHeader('content-type', 'application/json');
				response.end(JSON.stringify({jobs: [{name: 'alice-first-poll', status: 'idle', state: 'idle', schedule: 'R/2030-01-01T00:00:00Z/PT1H', parents: [], disabled: false}]}));
			} else {
				response.setHeader('content-type', 'application/json');
				response.end('[]');
			}
		});
		servers.push(server);
		const env = {...homeEnvironment(freshHome()), PATH: process.env['PATH'] ?? '/usr/bin:/bin', TERM: 'xterm-256color', LANG: 'C.UTF-8', CHRONOS_URL: server.url, CHRONOS_USER: 'alice', CHRONOS_PASSWORD: 'x'};
		const child = spawn('script', ['--quiet', '--flush', '--return', '--command', `stty cols 100 rows 30 && exec '${programNode}' '${cliPath}'`, '/dev/null'], {env, detached: true, stdio: ['pipe', 'pipe', 'ignore']});
		stops.push(() => {
			try {
				process.kill(-child.pid!, 'SIGKILL');
			} catch {}
		});
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no job on screen after 20 s: ${output.slice(-400)}`)), 20_000);
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString('utf8');
				if (output.includes('alice-first-poll')) {
					clearTimeout(timer);
					resolve();
				}
			});
		});
		expect(drawnWhenAsked).toBe(false);
		// Each frame is written between the terminal's synchronized-update marks: the first one already lists the job.
		const firstFrame = output.slice(output.indexOf('\u001B[?2026h'), output.indexOf('\u001B[?2026l'));
		expect(firstFrame).toContain('alice-first-poll');
	}, 30_000);
});
