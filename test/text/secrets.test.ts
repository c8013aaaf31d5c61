// The net under every error text: whole occurrences of a secret are masked, never letters inside a word.
import {afterEach, describe, expect, it} from 'vitest';
import {forgetSecrets, keepSecret, withoutSecrets} from '../../source/text/secrets.js';

afterEach(() => {
	forgetSecrets();
});

describe('withoutSecrets', () => {
	it('masks a whole occurrence of a secret, wherever it stands', () => {
		keepSecret('Zq9-very-secret');
		expect(withoutSecrets('bad password Zq9-very-secret.')).toBe('bad password ***.');
		expect(withoutSecrets('"Zq9-very-secret"')).toBe('"***"');
		expect(withoutSecrets('Zq9-very-secret')).toBe('***');
	});

	it('never masks letters inside another word: text stays readable and the secret is not given away', () => {
		keepSecret('xcep');
		expect(withoutSecrets('java.lang.RuntimeException: boom')).toBe('java.lang.RuntimeException: boom');
	});

	it('ignores secrets too short to be told apart from ordinary text', () => {
		keepSecret('x');
		expect(withoutSecrets('java.lang.RuntimeException: x is x')).toBe('java.lang.RuntimeException: x is x');
	});

	it('masks user:password and a token whatever their length, as they never appear by chance', () => {
		keepSecret('alice:x', true);
		keepSecret('YWxpY2U6eA==', true);
		expect(withoutSecrets('rejected alice:x (YWxpY2U6eA==)')).toBe('rejected *** (***)');
	});

	it('masks the longer secret first, so user:password goes as one', () => {
		keepSecret('hunter22');
		keepSecret('alice:hunter22', true);
		expect(withoutSecrets('auth alice:hunter22 failed')).toBe('auth *** failed');
	});
});
