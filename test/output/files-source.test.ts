// The kept-files source reads what the wrapper writes, the way the output view and `logs` use it.
import {appendFile, mkdir, mkdtemp, rename, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {FilesSource} from '../../source/output/files-source.js';
import {outputSourceFor} from '../../source/output/index.js';
import {keepOutput} from '../../source/output/wrapper.js';

let root: string;
const dir = '/lustrehome/alice/.chronos-output/alice-train';
let local: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'chronos-tui-files-'));
	local = join(root, dir);
	await mkdir(local, {recursive: true});
});
afterEach(async () => {
	await rm(root, {recursive: true, force: true});
});

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('FilesSource', () => {
	it('lists runs newest first, retries after their first try, and ignores other files', async () => {
		for (const name of ['1700000000000_0.log', '1800000000000_0.log', '1800000000000_1.log', 'notes.txt']) {
			await writeFile(join(local, name), 'x');
		}
		const runs = await new FilesSource({dir, storageRoot: root}).runs();
		expect(runs.map((run) => run.id)).toEqual(['1800000000000_1.log', '1800000000000_0.log', '1700000000000_0.log']);
		expect(runs[0]).toMatchObject({dueMillis: 1_800_000_000_000, attempt: 1, label: '2027-01-15 08:00:00 UTC, retry 1'});
	});

	it('has no runs, rather than an error, when the job never wrote its folder', async () => {
		const source = new FilesSource({dir: '/lustrehome/alice/.chronos-output/never-ran', storageRoot: root});
		expect(await source.runs()).toEqual([]);
		expect(source.describe()).toBe('/lustrehome/alice/.chronos-output/never-ran');
	});

	it('reads the last page, then only what was added since', async () => {
		await writeFile(join(local, '1_0.log'), 'line 1\nline 2\n');
		const source = new FilesSource({dir, storageRoot: root});
		const [run] = await source.runs();
		const last = await source.read(run!, 'stdout', -1, 7);
		expect(last).toMatchObject({offset: 7, size: 14, restarted: false});
		expect(text(last.bytes)).toBe('line 2\n');
		await appendFile(join(local, '1_0.log'), 'line 3\n');
		const more = await source.read(run!, 'stdout', 14, 64 * 1024);
		expect(text(more.bytes)).toBe('line 3\n');
		expect(more.size).toBe(21);
		expect(await source.ended(run!)).toBeUndefined();
	});

	it('starts again from 0 when the file shrank or was replaced', async () => {
		const path = join(local, '1_0.log');
		await writeFile(path, 'a long first version\n');
		const source = new FilesSource({dir, storageRoot: root});
		const [run] = await source.runs();
		await source.read(run!, 'stdout', 0, 1024);
		await writeFile(path, 'short\n');
		const shrunk = await source.read(run!, 'stdout', 21, 1024);
		expect(shrunk).toMatchObject({restarted: true, offset: 0});
		expect(text(shrunk.bytes)).toBe('short\n');
		await writeFile(join(local, 'next'), 'longer replacement\n');
		await rename(join(local, 'next'), path);
		const replaced = await source.read(run!, 'stdout', 6, 1024);
		expect(replaced).toMatchObject({restarted: true, offset: 0});
		expect(text(replaced.bytes)).toBe('longer replacement\n');
	});

	it("takes the run's end and exit status from the wrapper's last line", async () => {
		await writeFile(join(local, '1_0.log'), 'Traceback ...\n[chronos-tui] exit status 3\n');
		const source = new FilesSource({dir, storageRoot: root});
		const [run] = await source.runs();
		expect(await source.ended(run!)).toEqual({exitCode: 3, succeeded: false});
	});
});

describe('outputSourceFor', () => {
	it("reads the files of a wrapped job's own folder, and explains a job that does not keep its output", () => {
		const wrapped = {name: 'alice-train', command: keepOutput('python3 train.py', '/lustrehome/alice/.chronos-output/{job}')};
		const choice = outputSourceFor(wrapped, {storageRoot: root});
		expect(choice.source?.kind).toBe('files');
		expect(choice.source?.describe()).toBe(dir);
		const plain = outputSourceFor({name: 'alice-plain', command: 'python3 train.py'}, {});
		expect(plain.source).toBeUndefined();
		expect(plain.reason).toMatch(/alice-plain does not keep its output/);
		expect(outputSourceFor(wrapped, {prefer: 'mesos'}).reason).toMatch(/mesos\.url/);
	});
});
