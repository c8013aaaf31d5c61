import {describe, test, expect} from 'vitest';
import {jobJsonSchema} from '../../source/jobs/json-schema.js';
import {containerFieldNames, jobFieldNames, volumeFieldNames} from '../../source/jobs/fields.js';
import firstJob from './fixtures/guide-first-job.json' with {type: 'json'};
import trainingJob from './fixtures/guide-training-job.json' with {type: 'json'};

type Schema = Record<string, unknown> & {properties?: Record<string, Schema>; pattern?: string; oneOf?: Schema[]};

const schema = JSON.parse(JSON.stringify(jobJsonSchema)) as Schema & {$schema: string; $defs: Record<string, Schema>};
const job = schema.$defs.job!;

function refs(value: unknown): string[] {
	if (Array.isArray(value)) {
		return value.flatMap(refs);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' ? [inner as string] : refs(inner)));
	}
	return [];
}

function pattern(schemaPart: Schema | undefined): RegExp {
	const source = schemaPart?.pattern ?? schemaPart?.oneOf?.find((option) => option.pattern)?.pattern;
	expect(source).toBeDefined();
	return new RegExp(source!);
}

describe('jobJsonSchema', () => {
	test('is plain JSON that survives a round trip, declaring draft 2020-12', () => {
		expect(schema).toEqual(jobJsonSchema);
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	});

	test('describes every field of a job, and no others', () => {
		expect(Object.keys(job.properties!).sort()).toEqual([...jobFieldNames].sort());
		expect(schema.properties).toEqual(job.properties);
		expect(Object.keys(schema.$defs.container!.properties!).sort()).toEqual([...containerFieldNames].sort());
		expect(Object.keys(schema.$defs.volume!.properties!).sort()).toEqual([...volumeFieldNames].sort());
	});

	test('a file holds one job or a list of them', () => {
		expect(schema.type).toEqual(['object', 'array']);
		expect(schema.items).toEqual({$ref: '#/$defs/job'});
		expect(schema.required).toEqual(['name', 'command']);
	});

	test('every reference points at a definition', () => {
		for (const ref of refs(schema)) {
			expect(ref).toMatch(/^#\/\$defs\//);
			expect(schema.$defs[ref.replace('#/$defs/', '')], ref).toBeDefined();
		}
	});

	test('the guide examples use only fields the schema knows', () => {
		for (const example of [firstJob, trainingJob]) {
			for (const key of Object.keys(example)) {
				expect(job.properties, key).toHaveProperty(key);
			}
			for (const key of Object.keys(example.container)) {
				expect(schema.$defs.container!.properties, key).toHaveProperty(key);
			}
		}
	});

	test('its patterns accept what the validator accepts and refuse the obvious mistakes', () => {
		const name = pattern(job.properties!.name);
		expect(name.test('alice-my-first-job-submission')).toBe(true);
		expect(name.test('alice my job')).toBe(false);
		const schedule = pattern(job.properties!.schedule);
		for (const good of ['R1//P1Y', 'R5/2026-12-01T10:00:00Z/PT2H', 'R//P1D']) {
			expect(schedule.test(good), good).toBe(true);
		}
		expect(schedule.test('every day')).toBe(false);
		const mem = pattern(job.properties!.mem);
		for (const good of ['8G', '512M', '1.5G', '512', '8GiB']) {
			expect(mem.test(good), good).toBe(true);
		}
		expect(mem.test('lots')).toBe(false);
	});
});
