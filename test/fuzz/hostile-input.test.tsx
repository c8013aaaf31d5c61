// Thousands of generated job documents and server answers (wrong types, nulls, huge, deep, escape
// sequences, a password echoed back) through the reader, the validator, the client, the CLI's output and the
// dashboard: nothing crashes (no exit 70, no exception), no raw control character reaches the terminal and
// the password appears nowhere. Seeded, so every run feeds the same input and a failure can be replayed.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import type {ServerResponse} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough, Writable} from 'node:stream';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {stringify} from 'yaml';
import {ChronosClient} from '../../source/chronos/client.js';
import {parseCommandArgs} from '../../source/commands/args.js';
import {reportError} from '../../source/commands/errors.js';
import type {CommandIO} from '../../source/commands/io.js';
import {findCommand} from '../../source/commands/registry.js';
import {sendText, startTestServer, type TestServer} from '../helpers/http-server.js';
import {renderDashboard} from '../helpers/dashboard.js';
import {hostileJob, hostileJobText, hostileTexts, hostileValue, pick, rawControl, secret, seededRandom, type Random} from './generate.js';

vi.setConfig({testTimeout: 120_000, hookTimeout: 30_000});

let folder: string;

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'chronos-tui-fuzz-'));
});

afterAll(async () => {
	await rm(folder, {recursive: true, force: true});
});

/** A command run in this process as the program runs it: its output, and the exit code of any failure. */
async function runCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<{code: number; output: string}> {
	let output = '';
	const sink = () => new Writable({write(chunk: Buffer, _encoding, done) {
		output += chunk.toString('utf8');
		done();
	}});
	const stdin = new PassThrough();
	stdin.end();
	const io: CommandIO = {stdout: sink(), stderr: sink(), stdin, env};
	const [name, ...rest] = argv;
	const command = findCommand(name!)!;
	try {
		return {code: await command.run(parseCommandArgs(rest, command), io), output};
	} catch (error) {
		const report = reportError(error, false);
		return {code: report.exitCode, output: `${output}chronos-tui: ${report.lines.join('\n')}\n`};
	}
}

function expectSafe(output: string, context: string): void {
	const control = rawControl.exec(output);
	expect(control, `raw control character U+${control?.[0].codePointAt(0)?.toString(16)} in: ${context}\n${output.slice(Math.max(0, (control?.index ?? 0) - 80), (control?.index ?? 0) + 80)}`).toBeNull();
	expect(output.includes(secret), `the password in: ${context}`).toBe(false);
}

const internalError = 70;

describe('job files', () => {
	test('1,000 generated job texts through the reader, the validator and validate\'s output', async () => {
		const random = seededRandom(20_261_202);
		const env = {HOME: folder, XDG_CONFIG_HOME: join(folder, 'config'), CHRONOS_USER: 'alice', PATH: process.env['PATH']};
		let shownEscapes = 0;
		for (let batch = 0; batch < 10; batch++) {
			const files: string[] = [];
			for (let index = 0; index < 100; index++) {
				const {text, extension} = hostileJobText(random, stringify);
				const file = join(folder, `job-${batch}-${index}${extension}`);
				await writeFile(file, text);
				files.push(file);
			}

			const {code, output} = await runCommand(['validate', ...files], env);
			expect([0, 1], `exit code of batch ${batch}:\n${output.slice(-2000)}`).toContain(code);
			expectSafe(output, `validate batch ${batch}`);
			shownEscapes += output.includes('␛') ? 1 : 0;
		}

		expect(shownEscapes).toBeGreaterThan(3);
	});
});

/** A Chronos that answers anything: mostly documents of the right outline with hostile fields, sometimes errors. */
function hostileServer(random: Random): (url: string, response: ServerResponse) => void {
	const jobs = (count: number) => Array.from({length: count}, (_, index) => hostileJob(random, random() < 0.9 ? `alice-fuzz-${index}` : pick(random, hostileTexts)));
	return (url, response) => {
		const roll = random();
		if (roll < 0.04) {
			sendText(response, 500, JSON.stringify({status: 'Internal Server Error', message: `java.lang.RuntimeException: alice:${secret} ${pick(random, hostileTexts)}\n\tat x.y(Z.scala:1)`}), 'application/json');
		} else if (roll < 0.06) {
			sendText(response, 200, `<html><title>${pick(random, hostileTexts)}</title>alice:${secret}</html>`, 'text/html');
		} else if (roll < 0.08) {
			sendText(response, 400, pick(random, hostileTexts), 'text/plain');
		} else if (url.includes('/leader')) {
			sendText(response, 200, JSON.stringify({leader: 'localhost:4400'}), 'application/json');
		} else if (url.includes('/jobs/summary')) {
			const entries = jobs(Math.floor(random() * 8)).map(job => ({
				name: job['name'],
				status: hostileValue(random),
				state: random() < 0.5 ? 'idle' : hostileValue(random),
				schedule: job['schedule'],
				parents: random() < 0.7 ? [] : hostileValue(random),
				disabled: hostileValue(random),
			}));
			sendText(response, 200, JSON.stringify(random() < 0.9 ? {jobs: entries} : hostileValue(random)), 'application/json');
		} else if (url.includes('/jobs')) {
			sendText(response, 200, JSON.stringify(random() < 0.9 ? jobs(Math.floor(random() * 8)) : hostileValue(random)), 'application/json');
		} else if (url.includes('/job/stat/')) {
			sendText(response, 200, JSON.stringify(random() < 0.5 ? {histogram: hostileValue(random), taskStatHistory: hostileValue(random)} : hostileValue(random)), 'application/json');
		} else if (url.includes('/job/')) {
			const name = decodeURIComponent(url.split('/job/')[1]!.split('?')[0]!);
			sendText(response, 200, JSON.stringify(random() < 0.9 ? hostileJob(random, name) : hostileValue(random)), 'application/json');
		} else if (url.includes('/graph/csv')) {
			sendText(response, 200, `node,alice-fuzz-0,${pick(random, hostileTexts)},idle\nlink,${pick(random, hostileTexts)}`, 'text/plain');
		} else {
			sendText(response, 404, '');
		}
	};
}

describe('server answers', () => {
	let server: TestServer;
	const random = seededRandom(4417);

	beforeAll(async () => {
		const answer = hostileServer(random);
		server = await startTestServer((request, response) => answer(request.url, response));
	});

	afterAll(async () => {
		await server.close();
	});

	test('180 list and show commands against a server answering hostile documents', async () => {
		const env = {
			HOME: folder,
			XDG_CONFIG_HOME: join(folder, 'config'),
			PATH: process.env['PATH'],
			CHRONOS_URL: server.url,
			CHRONOS_USER: 'alice',
			CHRONOS_PASSWORD: secret,
		};
		let shownEscapes = 0;
		for (let round = 0; round < 60; round++) {
			for (const argv of [['list', '--all'], ['show', `alice-fuzz-${round % 5}`], ['list', '--json']]) {
				const {code, output} = await runCommand(argv, env);
				expect(code, `${argv.join(' ')} (round ${round}) crashed:\n${output.slice(-2000)}`).not.toBe(internalError);
				expectSafe(output, `${argv.join(' ')} round ${round}`);
				shownEscapes += output.includes('␛') ? 1 : 0;
			}
		}

		// The hostile text did reach the output, made visible: the checks above looked at something.
		expect(shownEscapes).toBeGreaterThan(10);
	});

	test('the client turns every answer into jobs of the promised types, or one ChronosError', async () => {
		const client = new ChronosClient({url: server.url, user: 'alice', password: secret, retries: 0});
		for (let round = 0; round < 200; round++) {
			try {
				for (const job of await client.listJobs()) {
					for (const text of [job.name, job.command, job.schedule, job.description, job.container?.image]) {
						expect(['string', 'undefined']).toContain(typeof text);
					}

					expect(job.parents === undefined || job.parents.every(parent => typeof parent === 'string')).toBe(true);
					expect(job.environmentVariables === undefined || job.environmentVariables.every(variable => typeof variable === 'object' && variable !== null)).toBe(true);
				}
			} catch (error) {
				expect((error as Error).name).toBe('ChronosError');
				expect(`${(error as Error).message}`.includes(secret)).toBe(false);
			}
		}
	});

	test('the dashboard draws hostile jobs, opens their details and help, and stays up', async () => {
		const client = new ChronosClient({url: server.url, user: 'alice', password: secret, retries: 0});
		const {terminal, stop} = renderDashboard(client, {size: {columns: 100, rows: 30}, pollIntervalMs: 200});
		const frames: string[] = [];
		try {
			for (let round = 0; round < 25; round++) {
				await terminal.press(pick(random, ['j', 'k', 'g', 'G', '\r', '\u001B', 'o', 'x', '?', '\u001B']));
				await new Promise(resolve => {
					setTimeout(resolve, 40);
				});
				frames.push(terminal.lastFrame());
			}
		} finally {
			stop();
		}

		expect(frames.some(frame => frame.includes('chronos-tui'))).toBe(true);
		for (const [index, frame] of frames.entries()) {
			expectSafe(frame.replaceAll(/\u001B\[[\d;]*m/g, ''), `dashboard frame ${index}`);
		}
	});
});
