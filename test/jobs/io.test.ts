import {describe, test, expect, beforeAll, afterAll} from 'vitest';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {formatProblemAt, jobToJson, jobToYaml, parseJobText, readJobFile, type ParsedJobFile} from '../../source/jobs/io.js';
import {validateJob} from '../../source/jobs/validate.js';
import {recasProfile} from '../../source/jobs/profile.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {guideFirstJobText} from '../helpers/chronos.js';
import firstJob from './fixtures/guide-first-job.json' with {type: 'json'};
import trainingJob from './fixtures/guide-training-job.json' with {type: 'json'};

const ctx = {profile: recasProfile, username: 'alice'};

/** Line and column (1-based) of the first occurrence of `needle`, found by hand. */
function positionOf(text: string, needle: string): {line: number; column: number} {
	const offset = text.indexOf(needle);
	const before = text.slice(0, offset).split('\n');
	return {line: before.length, column: before.at(-1)!.length + 1};
}

function diagnostics(file: ParsedJobFile): string[] {
	return file.documents.flatMap((document) =>
		validateJob(document.value, ctx).problems.map((problem) => formatProblemAt(file.fileName, problem, document.locate(problem.path))),
	);
}

function syntaxError(text: string, fileName: string): string {
	const file = parseJobText(text, fileName);
	expect(file.documents).toEqual([]);
	expect(file.syntaxErrors).toHaveLength(1);
	const [error] = file.syntaxErrors;
	return `${error!.line}:${error!.column}: ${error!.message}`;
}

describe('reading JSON', () => {
	const text = [
		'{',
		'  "name": "alice-x",',
		'  "command": "true",',
		'  "cpus": 1,',
		'  "gpus": 0,',
		'  "mem": "lots",',
		'  "container": {',
		'    "type": "mesos",',
		'    "image": "registry-clustergpu.recas.ba.infn.it/a/b:1",',
		'    "volumes": [',
		'      {"containerPath": "/lustre/a", "hostPath": "/etc", "mode": "RW"}',
		'    ]',
		'  },',
		'  "schedule": "R1//P1Y"',
		'}',
	].join('\n');

	test('values come back as JSON.parse reads them', () => {
		const file = parseJobText(text, 'job.json');
		expect(file.syntaxErrors).toEqual([]);
		expect(file.documents.map((document) => document.value)).toEqual([JSON.parse(text)]);
	});

	test('problems point at the line and column of their field', () => {
		const mem = positionOf(text, '"lots"');
		const hostPath = positionOf(text, '"/etc"');
		expect(diagnostics(parseJobText(text, 'job.json'))).toEqual([
			`job.json:${mem.line}:${mem.column}: error: mem: 'lots' is not a size: write megabytes (512) or a number with a unit: 512M, 8G, 1.5G, 1T`,
			`job.json:${hostPath.line}:${hostPath.column}: warning: container.volumes.0.hostPath: '/etc' is outside the site's storage (/lustre, /lustrehome): the run fails if the cluster's nodes cannot mount it`,
		]);
	});

	test('a missing field is located at the nearest enclosing one', () => {
		const [document] = parseJobText(text, 'job.json').documents;
		expect(document!.locate('disk')).toEqual({line: 1, column: 1});
		expect(document!.locate('container.forcePullImage')).toEqual(positionOf(text, '{\n    "type"'));
		expect(document!.locate('')).toEqual({line: 1, column: 1});
	});

	test('a list of jobs is several documents, each located on its own', () => {
		const list = `[\n${JSON.stringify(firstJob)},\n${JSON.stringify({...firstJob, name: 'alice-second', gpus: 9})}\n]`;
		const file = parseJobText(list, 'jobs.json');
		expect(file.documents).toHaveLength(2);
		expect(file.documents[1]!.locate('gpus')).toEqual({line: 3, column: list.split('\n')[2]!.indexOf('"gpus":9') + 8});
		expect(diagnostics(file)).toEqual([expect.stringMatching(/^jobs\.json:3:\d+: error: gpus: 9 GPUs is more than one node has: at most 4$/)]);
	});

	test('the guide examples, tabs and odd indentation included, read cleanly', () => {
		for (const job of [firstJob, trainingJob]) {
			const file = parseJobText(JSON.stringify(job, null, '\t'), 'guide.json');
			expect(file.syntaxErrors).toEqual([]);
			expect(diagnostics(file)).toEqual([]);
		}
		const guideVolumeLine = '\t\t"volumes": [{"containerPath": "/lustre/a", \n\t\t\t         "hostPath": "/lustre/a", \n             \t\t "mode": "RW"}]';
		const file = parseJobText(`{\n\t"container": {\n${guideVolumeLine}\n    }\n}`, 'guide.json');
		expect(file.syntaxErrors).toEqual([]);
		expect(file.documents[0]!.locate('container.volumes.0.mode')).toEqual({line: 5, column: 25});
	});
});

describe('JSON syntax errors, said the JSON way', () => {
	test.each([
		['{\n  "name": "alice-x",\n}', /^2:20: a comma before '}' is not allowed in JSON/],
		['{\n  "name": "alice-x"\n  "command": "true"\n}', /^2:20: a comma is missing after this value/],
		["{\n  'name': 'alice-x'\n}", /^2:3: expected a property name.*JSON uses double quotes/],
		['{\n  "name": "alice-x", // mine\n}', /^2:22: comments are not allowed in JSON/],
		['{\n  "name": "alice-x\n}', /^2:11: this string is not closed before the end of the line/],
		['{\n  "name": "alice-x",\n  "shell": tru\n}', /^3:12: unexpected 'tru': expected a value/],
		['{\n  "name": "alice-x"', /unexpected end of file: a '}' is missing/],
		['{\n  "name": alice-x\n}', /^2:11: unexpected 'alice-x'.*double quotes/],
		['{"a": [1, 2,]}', /^1:12: a comma before '\]' is not allowed/],
		['{"mem": 8G}', /^1:9: '8G' is not a JSON number: write text in double quotes/],
		['{"a": 1}}', /^1:9: unexpected '}' after the end of the JSON document/],
		['{"a" 1}', /^1:6: expected ':' after the property name/],
	])('%j', (text, message) => {
		expect(syntaxError(text, 'job.json')).toMatch(message);
	});

	test('a .json file with YAML in it gets the JSON message', () => {
		expect(syntaxError('name: alice-x\n', 'job.json')).toMatch(/^1:1: unexpected 'name'/);
	});

	test('a file without extension starting with { is read as JSON', () => {
		expect(syntaxError('{"name": "x",}', '-')).toMatch(/comma before '}'/);
	});
});

describe('reading YAML', () => {
	const text = ['name: alice-x', 'command: "true"', 'mem: 600G', 'cpus: 1', 'gpus: 0', 'container:', '  type: mesos', '  image: registry-clustergpu.recas.ba.infn.it/a/b:1', 'schedule: R1//P1Y', ''].join('\n');

	test('values and positions', () => {
		const file = parseJobText(text, 'job.yaml');
		expect(file.documents[0]!.value).toMatchObject({name: 'alice-x', mem: '600G', container: {type: 'mesos'}});
		expect(diagnostics(file)).toEqual(['job.yaml:3:6: error: mem: 600 GB of memory is more than one node has: at most 512 GB']);
	});

	test('several documents are several jobs', () => {
		const file = parseJobText(`${text}---\n${text.replace('alice-x', 'alice-y').replace('600G', '8G')}`, 'jobs.yml');
		expect(file.documents.map((document) => (document.value as ChronosJob).name)).toEqual(['alice-x', 'alice-y']);
		expect(file.documents[1]!.locate('mem')).toEqual({line: 13, column: 6});
	});

	test('a top-level list is several jobs', () => {
		const file = parseJobText('- name: alice-a\n  command: "true"\n- name: alice-b\n  command: "true"\n', 'jobs.yaml');
		expect(file.documents.map((document) => (document.value as ChronosJob).name)).toEqual(['alice-a', 'alice-b']);
		expect(file.documents[1]!.locate('command')).toEqual({line: 4, column: 12});
	});

	test('syntax errors carry their position', () => {
		const file = parseJobText('name: alice-x\nmem: 8G\n  gpus: 1\n', 'job.yaml');
		expect(file.documents).toEqual([]);
		expect(file.syntaxErrors[0]).toMatchObject({line: 2, column: 6, message: expect.stringMatching(/^a field cannot start here/)});
		// A double-quoted YAML string may span lines, so an unclosed one is found at the end of the file.
		expect(parseJobText('name: alice-x\ncommand: "true\n', 'job.yaml').syntaxErrors[0]).toMatchObject({message: expect.stringMatching(/quote/)});
	});

	test('tabs used for indentation are explained', () => {
		expect(parseJobText('container:\n\ttype: mesos\n', 'job.yaml').syntaxErrors[0]).toMatchObject({
			line: 2,
			column: 1,
			message: expect.stringMatching(/indents with spaces only/),
		});
	});

	test('a field written twice is an error', () => {
		expect(parseJobText('mem: 1G\nmem: 2G\n', 'job.yaml').syntaxErrors[0]).toMatchObject({line: 2, column: 1, message: expect.stringMatching(/written twice/)});
		expect(parseJobText('{\n  "mem": 1024,\n  "mem": 2048\n}', 'job.json').syntaxErrors).toEqual([
			{line: 3, column: 3, message: 'this field is written twice: keep one'},
		]);
	});

	test('an empty file has no jobs and no errors; a byte order mark is skipped', () => {
		expect(parseJobText('', 'job.yaml')).toEqual({fileName: 'job.yaml', documents: [], syntaxErrors: []});
		expect(parseJobText('\uFEFF{"name": "alice-x"}', 'job.json').documents[0]!.value).toEqual({name: 'alice-x'});
	});
});

describe('formatProblemAt', () => {
	test('with and without a position or path', () => {
		expect(formatProblemAt('job.yaml', {path: 'mem', message: 'too much', severity: 'error'}, {line: 4, column: 9})).toBe('job.yaml:4:9: error: mem: too much');
		expect(formatProblemAt('job.yaml', {path: 'gpu', message: 'unknown', severity: 'warning'})).toBe('job.yaml: warning: gpu: unknown');
		expect(formatProblemAt('job.yaml', {path: '', message: 'not a job', severity: 'error'}, {line: 1, column: 1})).toBe('job.yaml:1:1: error: not a job');
	});
});

describe('writing', () => {
	test('JSON comes out exactly as the guide writes it, whatever the input order', () => {
		const shuffled = Object.fromEntries(Object.entries(firstJob).reverse()) as unknown as ChronosJob;
		expect(jobToJson(shuffled)).toBe(guideFirstJobText);
	});

	test('container and volume keys follow the guide; schedule or parents follow the container; the rest after', () => {
		const job: ChronosJob = {
			constraints: [['hostname', 'EQUALS', 'gpu01']],
			parents: ['alice-prepare'],
			container: {volumes: [{mode: 'RO', hostPath: '/lustre/a', containerPath: '/lustre/a'}], image: 'i:1', type: 'mesos'},
			command: 'true',
			name: 'alice-after',
		};
		const written = JSON.parse(jobToJson(job)) as Record<string, unknown> & {container: {volumes: object[]}};
		expect(Object.keys(written)).toEqual(['name', 'command', 'container', 'parents', 'constraints']);
		expect(Object.keys(written.container)).toEqual(['type', 'image', 'volumes']);
		expect(Object.keys(written.container.volumes[0]!)).toEqual(['containerPath', 'hostPath', 'mode']);
	});

	test('YAML reads back to the same job, in the same order', () => {
		const job = trainingJob as ChronosJob;
		const yaml = jobToYaml(job);
		expect(yaml.split('\n')[0]).toBe('name: alice-resnet50-training-2026-11-25');
		const [document] = parseJobText(yaml, 'job.yaml').documents;
		expect(document!.value).toEqual(job);
		expect(Object.keys(document!.value as object)).toEqual(Object.keys(JSON.parse(jobToJson(job)) as object));
	});
});

describe('readJobFile', () => {
	let directory = '';

	beforeAll(async () => {
		directory = await mkdtemp(join(tmpdir(), 'chronos-tui-jobs-'));
	});

	afterAll(async () => {
		await rm(directory, {recursive: true, force: true});
	});

	test('reads a file and names it by the path given', async () => {
		const path = join(directory, 'first.json');
		await writeFile(path, jobToJson(firstJob as ChronosJob));
		const file = await readJobFile(path);
		expect(file.fileName).toBe(path);
		expect(file.documents[0]!.value).toEqual(firstJob);
	});

	test('reads YAML by extension', async () => {
		const path = join(directory, 'first.yaml');
		await writeFile(path, jobToYaml(firstJob as ChronosJob));
		expect((await readJobFile(path)).documents[0]!.value).toEqual(firstJob);
	});

	test('a missing file rejects with the system error code', async () => {
		await expect(readJobFile(join(directory, 'missing.json'))).rejects.toMatchObject({code: 'ENOENT'});
	});
});

describe('the JSON syntax check agrees with JSON.parse', () => {
	const valid = [
		'{}',
		'[]',
		'{"a": [1, -2.5e3, 0, 1E+2, true, false, null, {"b": []}]}',
		'{"quote": "say \\"hi\\"", "unicode": "\\u00e8\\u2713", "slash": "a\\/b\\\\c", "lines": "a\\nb\\tc"}',
		' \n\t{ "spaced" : [ 1 , 2 ] } \n',
		'"just text"',
		'42',
		JSON.stringify(firstJob, null, '\t'),
		JSON.stringify([firstJob, trainingJob]),
	];
	const invalid = ['{', '[1 2]', '{"a": 01}', '{"a": .5}', '{"a": +1}', '{"a": "\\x"}', '{"a": NaN}', '{"a": undefined}', '[1,]', '{,}', '{"a":1,,}'];

	test.each(valid)('accepts %s', (text) => {
		expect(() => JSON.parse(text)).not.toThrow();
		expect(parseJobText(text, 'job.json').syntaxErrors).toEqual([]);
	});

	test.each(invalid)('refuses %s', (text) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(parseJobText(text, 'job.json').syntaxErrors).toHaveLength(1);
	});
});
