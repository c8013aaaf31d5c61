// What Chronos 3 does to the children of a deleted job, as the emulator, the dialog and `delete` all tell it.
import {describe, expect, it} from 'vitest';
import {childFates, dependentsInDeletionOrder, describeFate, planDeletion} from '../../source/jobs/deletion.js';
import type {ChronosJob} from '../../source/jobs/types.js';

const job = (name: string, extra: Partial<ChronosJob> = {}): ChronosJob => ({name, command: 'echo', ...extra});

describe('deleting a parent', () => {
	it('a deleted dependent job hands its own parents to its children', () => {
		const jobs = [job('a', {schedule: 'R//P1D'}), job('b', {parents: ['a']}), job('c', {parents: ['b', 'x']}), job('x', {schedule: 'R//P1D'})];
		const [fate] = childFates(jobs[1]!, jobs);
		expect(fate).toMatchObject({kind: 'rewired', child: 'c', parents: ['x', 'a']});
		expect(describeFate(fate!)).toBe('will run after x and a instead');
	});

	it('a deleted scheduled job turns each child into a job of its own on its schedule, naming what is lost', () => {
		const parent = job('p', {schedule: 'R/2030-01-01T00:00:00Z/P1D'});
		const child = job('c', {parents: ['p'], container: {type: 'mesos', image: 'i'}, environmentVariables: [{name: 'A', value: '1'}], cpus: 2});
		const [fate] = childFates(parent, [parent, child]);
		expect(fate).toMatchObject({kind: 'rebuilt', lost: ['image', 'environment']});
		expect(fate!.after).toEqual({name: 'c', command: 'echo', cpus: 2, schedule: 'R/2030-01-01T00:00:00Z/P1D', scheduleTimeZone: ''});
		expect(describeFate(fate!)).toBe('becomes a job of its own that runs every day, forever, from 1 Jan 2030 00:00 UTC, without its image and environment');
	});

	it('orders every dependent before its parents, a job reached twice only once', () => {
		// p → a → c, p → c (a diamond's short side), a → d
		const jobs = [job('p', {schedule: 'R//P1D'}), job('a', {parents: ['p']}), job('c', {parents: ['a', 'p']}), job('d', {parents: ['a']})];
		const order = dependentsInDeletionOrder('p', jobs);
		expect(new Set(order)).toEqual(new Set(['a', 'c', 'd']));
		expect(order.indexOf('c')).toBeLessThan(order.indexOf('a'));
		expect(order.indexOf('d')).toBeLessThan(order.indexOf('a'));
		expect(planDeletion(jobs[0]!, jobs).fates.map(fate => fate.child)).toEqual(['a', 'c']);
	});
});
