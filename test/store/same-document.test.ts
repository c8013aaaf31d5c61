// A full poll keeps the job objects it already holds when Chronos sent them unchanged: rows keep their
// identity and are not drawn again. A change anywhere in a job, however deep, must still count.
import {describe, expect, test} from 'vitest';
import {sameDocument} from '../../source/store/same-document.js';

const job = {
	name: 'alice-train',
	cpus: 2,
	disabled: false,
	parents: [],
	container: {type: 'MESOS', image: 'registry/pytorch:2.1', volumes: [{containerPath: '/lustre/a', mode: 'RW'}]},
	environmentVariables: [{name: 'SEED', value: '1'}],
};

describe('the same job, sent again', () => {
	test('is the same with its fields in another order', () => {
		const reordered = {container: {...job.container}, environmentVariables: [...job.environmentVariables], parents: [], disabled: false, cpus: 2, name: 'alice-train'};
		expect(sameDocument(job, reordered)).toBe(true);
	});

	test.each([
		['a nested value', {...job, container: {...job.container, volumes: [{containerPath: '/lustre/a', mode: 'RO'}]}}],
		['a number', {...job, cpus: 2.5}],
		['a boolean', {...job, disabled: true}],
		['a field more', {...job, gpus: 1}],
		['a field less', {name: job.name, cpus: 2, disabled: false, parents: [], container: job.container}],
		['a list item more', {...job, parents: ['alice-prepare']}],
		['an object where a list was', {...job, parents: {}}],
		['null where a value was', {...job, container: null}],
		['the number as text', {...job, cpus: '2'}],
	])('differs by %s', (_what, changed) => {
		expect(sameDocument(job, changed)).toBe(false);
		expect(sameDocument(changed, job)).toBe(false);
	});
});
