// The one line a user reads when Chronos refuses something.
import {describe, expect, it} from 'vitest';
import {describeErrorBody, reasonFromJavaText} from '../../source/chronos/error-text.js';

describe('reasons from Java exception text', () => {
	it.each([
		["java.lang.IllegalArgumentException: requirement failed: Job 'x' not found\n\tat scala.Predef$.require(Predef.scala:224)", "Job 'x' not found"],
		['java.lang.Exception: Error, parent does not exist\n\tat a.b.C.d(C.scala:1)', 'Parent does not exist'],
		["Cannot parse schedule 'every day'", "Cannot parse schedule 'every day'"],
		['com.fasterxml.jackson.core.JsonParseException: Unexpected character', 'Unexpected character'],
		['scala.MatchError: null', 'Null'],
		['\n\n   requirement failed: cpus must be positive', 'Cpus must be positive'],
	])('%j → %j', (text, reason) => {
		expect(reasonFromJavaText(text)).toBe(reason);
	});
});

describe('error bodies', () => {
	it('reads the message of the JSON error shape and keeps it whole as detail', () => {
		const body = JSON.stringify({status: 'Bad Request', message: "java.lang.IllegalArgumentException: requirement failed: Job 'x' not found\n\tat y"});
		expect(describeErrorBody(400, body, 'application/json')).toEqual({
			line: "Job 'x' not found",
			detail: "java.lang.IllegalArgumentException: requirement failed: Job 'x' not found\n\tat y",
		});
	});

	it('names the status when the body is empty', () => {
		expect(describeErrorBody(502, '', '')).toEqual({line: 'Chronos answered 502 Bad Gateway'});
	});

	it('reads the title of an HTML page, adding the status when the title lacks it', () => {
		expect(describeErrorBody(503, '<html><head><title>Maintenance</title></head></html>', 'text/html').line).toBe('Maintenance (HTTP 503)');
		expect(describeErrorBody(500, '<h2>HTTP ERROR 500</h2>', '').line).toBe('HTTP ERROR 500');
		expect(describeErrorBody(404, '<html><body>nothing</body></html>', 'text/html').line).toBe('Chronos answered 404 Not Found');
	});

	it('takes the first line of plain text', () => {
		expect(describeErrorBody(500, 'Something broke\nmore', 'text/plain').line).toBe('Something broke');
	});
});
