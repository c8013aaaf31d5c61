// The job files the README shows are the first thing a new user copies: they must validate and submit as
// written (with `<username>` filled in), against a real server.
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {startWorld, type CliWorld} from './cli-harness.js';

const readmePath = join(import.meta.dirname, '..', '..', 'README.md');

/** The fenced blocks of one language under the README's "Job file format" heading. */
async function jobFileExamples(language: 'json' | 'yaml'): Promise<string[]> {
	const readme = await readFile(readmePath, 'utf8');
	const section = readme.split('\n## Job file format\n')[1]?.split('\n## ')[0] ?? '';
	const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
	return [...section.matchAll(fence)].map(match => match[1]!.replaceAll('<username>', 'alice'));
}

let world: CliWorld;
beforeAll(async () => {
	world = await startWorld();
});
afterAll(async () => {
	await world.close();
});

describe('the README job file examples', {timeout: 30_000}, () => {
	test("the guide's first job validates and submits, and Chronos runs it as written", async () => {
		const [firstJob] = await jobFileExamples('json');
		expect(firstJob).toContain('sleep 5 && nvidia-smi');
		const file = await world.writeFile('my-first-job.json', firstJob!);
		const validated = await world.cli(['validate', file]);
		expect(validated.stderr + validated.stdout).toContain('alice-my-first-job-submission valid');
		expect(validated.code).toBe(0);
		const submitted = await world.cli(['submit', file]);
		expect(submitted.code).toBe(0);
		expect(world.emulator.job('alice-my-first-job-submission')?.gpus).toBe(1);
	});

	test('the YAML pipeline validates and submits parent before child, with 32G sent as megabytes', async () => {
		const [pipeline] = await jobFileExamples('yaml');
		const file = await world.writeFile('pipeline.yaml', pipeline!);
		const validated = await world.cli(['validate', file]);
		expect(validated.code).toBe(0);
		const submitted = await world.cli(['submit', file]);
		expect(submitted.code).toBe(0);
		expect(submitted.stdout).toMatch(/created alice-train-resnet\s+created alice-evaluate/);
		expect(world.emulator.job('alice-train-resnet')?.mem).toBe(32 * 1024);
		expect(world.emulator.job('alice-evaluate')?.parents).toEqual(['alice-train-resnet']);
	});
});
