// A server that answers like Chronos but sends whatever a test hands it: names and values no real Chronos
// would accept, to prove nothing a server sends can act on the user's terminal.
import type {ServerResponse} from 'node:http';
import {sendJson, startTestServer, type SeenRequest, type TestServer} from './http-server.js';

/** Escape sequences that write the clipboard, retitle the window, clear the screen, leave the alternate screen. */
export const terminalAttack = '\u001B]52;c;aGVsbG8=\u0007\u001B]0;owned\u0007\u001B[2J\u001B[?1049l\u001B[31m\u009B8m\u202E';

/** Anything that would reach a terminal as a control, an escape or an invisible reordering character. */
export const actingOnTerminal = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

export type Override = (request: SeenRequest, response: ServerResponse) => boolean;

/** Serves `jobs` on the Chronos 3 read endpoints; `override` may answer any request first. */
export async function startHostileChronos(jobs: ReadonlyArray<object>, override?: Override): Promise<TestServer> {
	return startTestServer((request, response) => {
		if (override?.(request, response)) {
			return;
		}

		const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
		if (path === '/v1/scheduler/leader') {
			sendJson(response, 200, {leader: 'chronos:4400'});
		} else if (path === '/v1/scheduler/jobs') {
			sendJson(response, 200, jobs);
		} else if (path === '/v1/scheduler/jobs/summary') {
			sendJson(response, 200, {
				jobs: jobs.map(job => ({status: 'success', state: 'idle', schedule: '', parents: [], ...pick(job), disabled: false})),
			});
		} else if (path.startsWith('/v1/scheduler/job/stat/')) {
			sendJson(response, 200, {histogram: {}, taskStatHistory: []});
		} else if (path.startsWith('/v1/scheduler/job/')) {
			const job = jobs.find(candidate => (candidate as {name?: unknown}).name === path.slice('/v1/scheduler/job/'.length));
			if (job) {
				sendJson(response, 200, job);
			} else {
				sendJson(response, 400, {status: 'Bad Request', message: 'Job not found'});
			}
		} else {
			sendJson(response, 404, {status: 'Not Found', message: path});
		}
	});
}

/** The fields a job summary repeats from its job. */
function pick(job: object): Record<string, unknown> {
	const {name, schedule, parents} = job as Record<string, unknown>;
	return {name, ...(schedule === undefined ? {} : {schedule}), ...(parents === undefined ? {} : {parents})};
}
