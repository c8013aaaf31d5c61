// The full job list is read one job at a time, each compared with the job already held as soon as it is
// read: an unchanged job never exists twice, and every body reads as JSON.parse of the whole would read it.
import {describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import type {ChronosError} from '../../source/chronos/errors.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {sameDocument} from '../../source/store/same-document.js';
import {serversClosedAfterEach} from '../helpers/http-server.js';

const server = serversClosedAfterEach();

async function clientServing(body: string): Promise<ChronosClient> {
	const chronos = await server((_request, response) => {
		response.writeHead(200, {'content-type': 'application/json; charset=utf-8'});
		response.end(body);
	});
	return new ChronosClient({url: chronos.url, retries: 0});
}

async function failure(promise: Promise<unknown>): Promise<ChronosError> {
	return promise.then(
		() => {
			throw new Error('expected a failure');
		},
		(error: unknown) => error as ChronosError,
	);
}

describe('reading the job list one job at a time', () => {
	it('reads strings holding brackets, commas, escaped quotes and characters of several bytes as they were sent', async () => {
		const jobs = [
			{name: 'a', command: 'echo "]" , "[" {x} \\" done', description: 'naïve — 日本語 😀'},
			{name: 'b', command: 'printf \'%s\\n\' "a\\\\"', environmentVariables: [{name: 'K', value: '[{,}]'}]},
			{name: 'c', command: 'echo \u2028 \u0000 \\\\'},
		];
		const body = ` \r\n[\n\t${jobs.map(job => JSON.stringify(job, null, 1)).join(' ,\n')} \n] \n`;
		const listed = await (await clientServing(body)).listJobs();
		expect(listed).toEqual(jobs);
	});

	it('reads an empty list, and a list of one', async () => {
		expect(await (await clientServing(' [ ] ')).listJobs()).toEqual([]);
		expect(await (await clientServing('[{"name":"only","disabled":true}]')).listJobs()).toEqual([{name: 'only', disabled: true}]);
	});

	it('hands back the job the caller already holds in the place of an equal one, and the new one when it changed', async () => {
		const held = new Map<string, ChronosJob>([
			['same', {name: 'same', command: 'sleep 1', cpus: 1}],
			['changed', {name: 'changed', command: 'sleep 1'}],
		]);
		const client = await clientServing('[{"cpus":1,"command":"sleep 1","name":"same"},{"name":"changed","command":"sleep 2"},{"name":"new"}]');
		const listed = await client.listJobs(job => {
			const old = held.get(job.name);
			return old !== undefined && sameDocument(old, job) ? old : job;
		});
		expect(listed[0]).toBe(held.get('same'));
		expect(listed[1]).toEqual({name: 'changed', command: 'sleep 2'});
		expect(listed[1]).not.toBe(held.get('changed'));
		expect(listed[2]).toEqual({name: 'new'});
	});

	it.each([
		['a trailing comma', '[{"name":"a"},]'],
		['a missing comma', '[{"name":"a"} {"name":"b"}]'],
		['an unclosed string', '[{"name":"a}]'],
		['an unclosed list', '[{"name":"a"}'],
		['brackets that do not pair', '[{"name":"a"]}'],
		['text after the list', '[{"name":"a"}] x'],
		['a second list', '[][]'],
		['a cut-off body', '[{"name":"a"},{"na'],
		['an empty body', ''],
	])('calls a body with %s not valid JSON, as ever', async (_case, body) => {
		const error = await failure((await clientServing(body)).listJobs());
		expect(error.kind).toBe('malformed');
		expect(error.message).toBe('Chronos sent a response that is not valid JSON (GET /v1/scheduler/jobs)');
		expect(error.detail).toContain(body);
	});

	it.each([
		['an object', '{"jobs":[]}'],
		['an entry without a name', '[{"name":"a"},{"command":"x"}]'],
		['an entry that is not a job', '[{"name":"a"},3]'],
	])('calls valid JSON holding %s not a list of jobs, as ever', async (_case, body) => {
		const error = await failure((await clientServing(body)).listJobs());
		expect(error.message).toBe('Chronos sent a response that is not a list of jobs (GET /v1/scheduler/jobs)');
	});

	it('hands back the very list read before for the same body again, and reads a body changed far inside it anew', async () => {
		const names = Array.from({length: 2000}, (_, index) => `job-${String(index).padStart(5, '0')}`);
		let last = 'job-99999';
		const chronos = await server((_request, response) => {
			response.writeHead(200, {'content-type': 'application/json'});
			// Every answer has the same length; only the last name, some 80,000 bytes in (past the first piece hashed), may differ.
			response.end(JSON.stringify([...names, last].map(name => ({name, command: 'sleep 1'}))));
		});
		const client = new ChronosClient({url: chronos.url, retries: 0});
		const first = await client.listJobs();
		expect(await client.listJobs()).toBe(first);
		last = 'job-99998';
		const changed = await client.listJobs();
		expect(changed).not.toBe(first);
		expect(changed.at(-1)?.name).toBe('job-99998');
	});
});
