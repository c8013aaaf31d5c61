// Job texts made to break a parser: nesting deep enough to overflow the stack, alias bombs, and the YAML
// library's own error words. Each gets one sentence of ours with a line and column, quickly.
import {describe, expect, test} from 'vitest';
import {parseJobText} from '../../source/jobs/io.js';
import {recasProfile} from '../../source/jobs/profile.js';
import {validateJob} from '../../source/jobs/validate.js';

const only = (text: string, fileName: string) => {
	const file = parseJobText(text, fileName);
	expect(file.documents).toEqual([]);
	return file.syntaxErrors;
};

describe('nesting far deeper than a job', () => {
	test.each([
		['JSON lists', '['.repeat(100_000), 'job.json', {line: 1, column: 65}],
		['JSON objects', '{"a":'.repeat(100_000), 'job.json', {line: 1, column: 321}],
		['YAML flow lists', `name: alice-x\ncommand: ${'['.repeat(100_000)}`, 'job.yaml', {line: 2, column: 74}],
		['YAML block lists', `x:\n${Array.from({length: 3000}, (_, index) => `${' '.repeat(index + 1)}- `).join('\n')}`, 'job.yaml', {line: 64, column: 64}],
		['YAML dashes on one line', `x: 1\ny:\n  ${'- '.repeat(5000)}z`, 'job.yaml', {line: 3, column: 3}],
	])('%s: refused where it goes too deep', (_what, text, fileName, position) => {
		expect(only(text, fileName)).toEqual([{...position, message: expect.stringMatching(/^nested more than 64 levels deep here; a job is at most 4 levels deep/)}]);
	});

	test('brackets inside quoted text and comments do not count', () => {
		const command = '['.repeat(200);
		expect(parseJobText(JSON.stringify({name: 'alice-x', command}), 'job.json').syntaxErrors).toEqual([]);
		expect(parseJobText(`name: alice-x\ncommand: '${command}' # ${'{'.repeat(100)}\n`, 'job.yaml').syntaxErrors).toEqual([]);
	});
});

describe('YAML aliases', () => {
	const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((name, index) =>
		`${name}: &${name} [${Array.from({length: 9}, () => `*${'abcdefghi'[index]}`).join(', ')}]`)].join('\n');

	test('an alias bomb is refused at its first alias, in our words', () => {
		expect(only(bomb, 'job.yaml')).toEqual([{line: 2, column: 8, message: expect.stringMatching(/^the aliases starting with \*a repeat values more than 100 times: that is an alias bomb/)}]);
	});

	test('an alias to no anchor names the alias', () => {
		expect(only('name: alice-x\ncommand: *cmd\n', 'job.yaml')).toEqual([{line: 2, column: 10, message: '*cmd refers to no anchor: write &cmd on a value above it, or the value itself'}]);
	});

	test('a few aliases are still fine', () => {
		const file = parseJobText('defaults: &v {containerPath: /lustre/a, hostPath: /lustre/a, mode: RW}\nvolumes: [*v, *v]\n', 'job.yaml');
		expect(file.syntaxErrors).toEqual([]);
	});
});

describe('YAML mistakes in our words, once each, with line:column', () => {
	test.each([
		['name: alice-x\nmem: 8G\n  gpus: 1\n', {line: 2, column: 6}, /^a field cannot start here/],
		['container:\n\ttype: mesos\n', {line: 2, column: 1}, /^a tab indents this line: YAML indents with spaces only$/],
		['a: [1, 2\nb: 3\n', {line: 2, column: 1}, /^a '\[' above is never closed: add the '\]'/],
		['a:\n  - x\n  y: 1\n', {line: 3, column: 1}, /^this line is not lined up with the lines around it/],
		['- a\nb: 1\n', {line: 2, column: 1}, /a list \('- item'\) and fields \('name: value'\) cannot share one level/],
		['a: "\\q"\n', {line: 1, column: 5}, /^the escape \\q is not known in double quotes/],
		['a: @x\n', {line: 1, column: 4}, /^a value cannot start with '@': put it in quotes$/],
		['{a: 1\n', undefined, /^this '\{' is never closed: add the '\}'$/],
	])('%j', (text, position, message) => {
		const errors = only(text, 'job.yaml');
		expect(errors[0]).toMatchObject({...position, message: expect.stringMatching(message)});
		expect(new Set(errors.map((error) => `${error.line}:${error.column}`)).size).toBe(errors.length);
		expect(errors.map((error) => error.message).join('\n')).not.toMatch(/Nested mappings|Implicit keys|YAML stream|Flow (map|sequence)/);
	});
});

describe('values no job has', () => {
	const context = {profile: recasProfile, username: 'alice'};

	test('retries: 1e20 is refused, not sent as a number Chronos cannot hold', () => {
		const {problems} = validateJob({name: 'alice-x', command: 'true', retries: 1e20}, context);
		expect(problems).toContainEqual({path: 'retries', severity: 'error', message: 'expected a whole number, 0 or more, got the number 100000000000000000000'});
	});

	test.each(['alice-..', 'alice-.', 'alice-.-.'])('the name %s is refused: it has no words', (name) => {
		const {problems} = validateJob({name, command: 'true'}, context);
		expect(problems).toContainEqual(expect.objectContaining({path: 'name', severity: 'error', message: expect.stringContaining('needs words after')}));
	});

	test('a name of only dots is refused on any site', () => {
		const {problems} = validateJob({name: '..', command: 'true'}, {...context, profile: {...recasProfile, requireUserPrefix: false}});
		expect(problems).toContainEqual(expect.objectContaining({path: 'name', severity: 'error', message: expect.stringContaining("'..' is only dots")}));
	});
});
