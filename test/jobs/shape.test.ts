// The one definition of a job's shape: the client's boundary, the validator and the JSON Schema all read
// it, so a server's document, a job file and an editor agree on what type each field holds.
import {describe, expect, test} from 'vitest';
import {readServerJob} from '../../source/chronos/shapes.js';
import {invalidFieldsOf} from '../../source/jobs/invalid-fields.js';
import {jobJsonSchema} from '../../source/jobs/json-schema.js';
import {recasProfile} from '../../source/jobs/profile.js';
import {jobFieldKinds, simpleKindSchemas} from '../../source/jobs/shape.js';
import type {ChronosJob} from '../../source/jobs/types.js';
import {validateJob} from '../../source/jobs/validate.js';

const serverJob = (fields: Record<string, unknown>) => readServerJob({name: 'alice-x', command: 'true', ...fields} as ChronosJob);

describe('the boundary for server documents', () => {
	test('keeps a well-typed job as it came, with no invalid fields', () => {
		const job = serverJob({schedule: 'R1//P1Y', container: {type: 'MESOS', image: 'a', volumes: [{containerPath: '/a', hostPath: '/a', mode: 'RW'}]}});
		expect(job).toEqual({name: 'alice-x', command: 'true', schedule: 'R1//P1Y', container: {type: 'MESOS', image: 'a', volumes: [{containerPath: '/a', hostPath: '/a', mode: 'RW'}]}});
		expect(invalidFieldsOf(job).size).toBe(0);
	});

	test.each([
		[{schedule: 42}, 'schedule', 'expected a string, got the number 42'],
		[{parents: 'x'}, 'parents', "expected a list of strings, got the text 'x'"],
		[{parents: ['a', 3]}, 'parents', 'entry 2: expected a string, got the number 3'],
		[{container: {type: 'mesos', image: 7}}, 'container', 'image: expected a string, got the number 7'],
		[{container: {type: 'mesos', image: 'a', volumes: [null]}}, 'container', 'volumes entry 1: expected an object, got null'],
		[{environmentVariables: [null]}, 'environmentVariables', 'entry 1: expected an object, got null'],
		[{environmentVariables: [{name: 'A', value: 1}]}, 'environmentVariables', 'entry 1 value: expected a string, got the number 1'],
		[{retries: 1e20}, 'retries', 'expected a whole number, 0 or more, got the number 100000000000000000000'],
		[{mem: Number.NaN}, 'mem', 'expected a number, 0 or more, got the number NaN'],
		[{constraints: [['host', 'EQUALS', {}]]}, 'constraints', 'entry 1 entry 3: expected a string, got an object'],
	])('%j: the field is left out and noted as invalid', (fields, field, reason) => {
		const job = serverJob(fields);
		expect(job).not.toHaveProperty(field);
		expect(invalidFieldsOf(job).get(field)).toBe(reason);
		expect(job.command).toBe('true');
	});

	test('null reads as absent, and fields this program does not know are passed on', () => {
		const job = serverJob({description: null, async: false});
		expect(job).toEqual({name: 'alice-x', command: 'true', async: false});
		expect(invalidFieldsOf(job).size).toBe(0);
	});
});

describe('one definition for the validator and the JSON Schema', () => {
	test('every field of a simple kind has that kind\'s type in the JSON Schema', () => {
		const properties = jobJsonSchema.properties as Record<string, Record<string, unknown>>;
		// A job file may write resources as text with a unit ("8G"): their schema says more than the wire type.
		const resources = new Set(['cpus', 'mem', 'disk', 'gpus']);
		for (const [field, kind] of Object.entries(jobFieldKinds)) {
			if (kind in simpleKindSchemas && !resources.has(field)) {
				expect(properties[field], field).toMatchObject(simpleKindSchemas[kind as keyof typeof simpleKindSchemas]);
			}
		}
	});

	test('the validator refuses a wrong type with the same words the boundary uses', () => {
		const result = validateJob({name: 'alice-x', command: 'true', retries: 1e20, concurrent: 'yes'}, {profile: recasProfile, username: 'alice'});
		expect(result.problems).toEqual(expect.arrayContaining([
			{path: 'retries', severity: 'error', message: 'expected a whole number, 0 or more, got the number 100000000000000000000'},
			{path: 'concurrent', severity: 'error', message: 'expected true or false, got the text \'yes\''},
		]));
	});
});
