// The full job list is read as it arrives over the network, a job at a time: however the answer is cut into
// pieces, it reads as the whole would, and no more than the job being read is kept meanwhile.
import type {ServerResponse} from 'node:http';
import {describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import type {ChronosError} from '../../source/chronos/errors.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {serversClosedAfterEach} from '../helpers/http-server.js';

const server = serversClosedAfterEach();

async function failure(promise: Promise<unknown>): Promise<ChronosError> {
	return promise.then(
		() => {
			throw new Error('expected a failure');
		},
		(error: unknown) => error as ChronosError,
	);
}

/** Writes each piece on its own and waits for it to leave, so the client meets the answer in these pieces. */
async function writeInPieces(response: ServerResponse, pieces: readonly Buffer[]): Promise<void> {
	response.writeHead(200, {'content-type': 'application/json; charset=utf-8'});
	for (const piece of pieces) {
		await new Promise<void>((resolve, reject) => {
			response.write(piece, error => (error ? reject(error) : resolve()));
		});
		await new Promise(resolve => setTimeout(resolve, 1));
	}

	response.end();
}

function bytePieces(text: string, cut: (index: number) => boolean): Buffer[] {
	const bytes = Buffer.from(text, 'utf8');
	const pieces: Buffer[] = [];
	let start = 0;
	for (let index = 1; index < bytes.length; index++) {
		if (cut(index)) {
			pieces.push(bytes.subarray(start, index));
			start = index;
		}
	}

	pieces.push(bytes.subarray(start));
	return pieces;
}

async function listedFrom(pieces: readonly Buffer[]): Promise<ChronosJob[]> {
	const chronos = await server((_request, response) => {
		void writeInPieces(response, pieces);
	});
	return new ChronosClient({url: chronos.url, retries: 0}).listJobs();
}

const trickyJobs = [
	{name: 'a', command: 'echo "]" , "[" {x} \\" done \\\\', description: 'naïve — 日本語 😀'},
	{name: 'b', environmentVariables: [{name: 'K', value: '[{,}]\\"'}], cpus: 0.5},
	{name: 'c', command: 'echo \u2028 ünï', parents: ['a', 'b']},
];
const trickyBody = ` [\n${trickyJobs.map(job => JSON.stringify(job, null, 1)).join(' ,\n')} ]\n`;

describe('the job list read as it arrives', () => {
	it('reads a list sent one byte at a time, strings with brackets, escapes and characters of several bytes included', async () => {
		expect(await listedFrom(bytePieces(trickyBody, () => true))).toEqual(trickyJobs);
	});

	it('reads the list cut in two at every byte', async () => {
		const length = Buffer.byteLength(trickyBody);
		// Each answer is cut one byte further on than the one before.
		let cut = 0;
		const chronos = await server((_request, response) => {
			cut++;
			void writeInPieces(response, bytePieces(trickyBody, index => index === cut));
		});
		for (let at = 1; at < length; at++) {
			// A client of its own each time: one that read this answer before would hand back the list read then.
			const listed = await new ChronosClient({url: chronos.url, retries: 0}).listJobs();
			expect(listed, `cut at byte ${at}`).toEqual(trickyJobs);
		}
		expect(cut).toBe(length - 1);
	});

	it('reads each job as soon as it has arrived, before the rest of the answer is sent', async () => {
		let firstRead: () => void = () => {};
		const firstWasRead = new Promise<void>(resolve => {
			firstRead = resolve;
		});
		let readBeforeTheRest = false;
		const chronos = await server((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			response.write('[{"name":"first"},');
			// Bounded: a client that waits for the whole answer gets it after 3 s, and the test then fails.
			void Promise.race([firstWasRead.then(() => true), new Promise(resolve => setTimeout(resolve, 3000, false))]).then(read => {
				readBeforeTheRest = read === true;
				response.end('{"name":"second"}]');
			});
		});
		const listed = await new ChronosClient({url: chronos.url, retries: 0}).listJobs(job => {
			if (job.name === 'first') firstRead();
			return job;
		});
		expect(listed.map(job => job.name)).toEqual(['first', 'second']);
		expect(readBeforeTheRest).toBe(true);
	});

	it.each([
		['a string never closed', '[{"name":"a"},{"name":"b}]'],
		['a brace between jobs', '[{"name":"a"}}{"name":"b"}]'],
		['a job that is not a job, then a broken one', '[3,{"name":"a"'],
		['text after the list', '[{"name":"a"}] [x]'],
	])('calls a list with %s, sent in pieces, not valid JSON, with the start of the answer', async (_case, body) => {
		const chronos = await server((_request, response) => {
			void writeInPieces(response, bytePieces(body, index => index % 5 === 0));
		});
		const error = await failure(new ChronosClient({url: chronos.url, retries: 0}).listJobs());
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe('Chronos sent a response that is not valid JSON (GET /v1/scheduler/jobs)');
		expect(error.detail).toContain(body);
	});

	it('calls valid JSON sent in pieces with an entry that is no job not a list of jobs', async () => {
		const chronos = await server((_request, response) => {
			void writeInPieces(response, bytePieces('[{"name":"a"}, {"command":"no name"}, {"name":"b"}]', index => index % 3 === 0));
		});
		const error = await failure(new ChronosClient({url: chronos.url, retries: 0}).listJobs());
		expect(error.message).toBe('Chronos sent a response that is not a list of jobs (GET /v1/scheduler/jobs)');
	});

	it('gives the jobs their values as sent, repeated strings and empty lists included, and each its own lists', async () => {
		const jobs = Array.from({length: 3}, (_, index) => ({
			name: `job-${index}`,
			command: 'python3 run.py',
			parents: [],
			container: {type: 'mesos', image: 'registry/x:1', volumes: [{hostPath: '/lustre/a', containerPath: '/a', mode: 'RW'}], parameters: []},
		}));
		const listed = await listedFrom([Buffer.from(JSON.stringify(jobs))]);
		expect(listed).toEqual(jobs);
		expect(listed[1]!.parents).not.toBe(listed[0]!.parents);
	});

	it('starts over when the answer breaks off and the GET is retried, so no job is listed twice', async () => {
		let answers = 0;
		const chronos = await server((_request, response, raw) => {
			answers++;
			if (answers === 1) {
				response.writeHead(200, {'content-type': 'application/json'});
				response.write('[{"name":"a"},{"name":"b"},', () => raw.socket.destroy());
			} else {
				response.writeHead(200, {'content-type': 'application/json'});
				response.end('[{"name":"a"},{"name":"b"},{"name":"c"}]');
			}
		});
		const listed = await new ChronosClient({url: chronos.url, retries: 1}).listJobs();
		expect(listed.map(job => job.name)).toEqual(['a', 'b', 'c']);
		expect(answers).toBe(2);
	});
});

describe('the summary polled every few seconds', () => {
	it('hands back the very summary read before for the same answer in other pieces, and reads a changed one anew', async () => {
		let state = 'idle';
		let answers = 0;
		const chronos = await server((_request, response) => {
			answers++;
			const body = JSON.stringify({jobs: [{name: 'a', status: 'success', state, schedule: 'R/2026-01-01T00:00:00Z/PT1H', parents: [], disabled: false}]});
			void writeInPieces(response, bytePieces(body, index => index % (answers + 6) === 0));
		});
		const client = new ChronosClient({url: chronos.url, retries: 0});
		const first = await client.listSummaries();
		expect(await client.listSummaries()).toBe(first);
		state = 'running';
		const changed = await client.listSummaries();
		expect(changed).not.toBe(first);
		expect(changed[0]?.state).toBe('running');
	});
});
