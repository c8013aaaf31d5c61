// Every error a user can meet maps to one documented exit code and one line; stack traces only on request.
import {describe, expect, test} from 'vitest';
import {ChronosError} from '../../source/chronos/errors.js';
import {ConfigError} from '../../source/config/errors.js';
import {splitArgv} from '../../source/commands/args.js';
import {CommandError, reportError, UsageError} from '../../source/commands/errors.js';

describe('reportError', () => {
	test.each([
		['auth', 3],
		['tls', 3],
		['unreachable', 4],
		['timeout', 4],
		['http', 5],
		['malformed', 5],
	] as const)('a ChronosError of kind %s exits %i', (kind, code) => {
		const report = reportError(new ChronosError(kind, 'what went wrong\nmore detail'), false);
		expect(report).toEqual({exitCode: code, lines: ['what went wrong']});
	});

	test('a ConfigError exits 3 with its message', () => {
		expect(reportError(new ConfigError('run: chmod 600 /home/alice/pw'), false)).toEqual({
			exitCode: 3,
			lines: ['run: chmod 600 /home/alice/pw'],
		});
	});

	test('a usage error carries the usage line', () => {
		expect(reportError(new UsageError("unknown option '--x'", 'chronos-tui list'), false)).toEqual({
			exitCode: 2,
			lines: ["unknown option '--x'", 'usage: chronos-tui list'],
		});
	});

	test('a command error keeps its exit code', () => {
		expect(reportError(new CommandError('refused', 1), false)).toEqual({exitCode: 1, lines: ['refused']});
	});

	test('anything unexpected is one line and exit 70, the stack only when debugging', () => {
		const error = new TypeError("Cannot read properties of undefined (reading 'name')");
		const quiet = reportError(error, false);
		expect(quiet.exitCode).toBe(70);
		expect(quiet.lines).toEqual([
			"unexpected error: Cannot read properties of undefined (reading 'name') (set CHRONOS_TUI_DEBUG=1 for details)",
		]);
		const loud = reportError(error, true);
		expect(loud.lines[1]).toContain('at ');
	});

	test('the full server text is shown only when debugging', () => {
		const error = new ChronosError('http', "Job 'x' not found", {detail: 'java.lang.IllegalArgumentException: ...\n\tat Foo'});
		expect(reportError(error, false).lines).toEqual(["Job 'x' not found"]);
		expect(reportError(error, true).lines[1]).toContain('IllegalArgumentException');
	});
});

describe('splitArgv', () => {
	test.each([
		[['list', '--json'], 'list', ['--json']],
		[['--url', 'http://h:1', 'list'], 'list', ['--url', 'http://h:1']],
		[['--user=bob', 'show', 'bob-x'], 'show', ['--user=bob', 'bob-x']],
		[['config', 'init', '--config', 'c.yaml'], 'config init', ['--config', 'c.yaml']],
		[['--config', 'c.yaml'], undefined, ['--config', 'c.yaml']],
		[[], undefined, []],
	])('%j runs %s', (argv, command, rest) => {
		expect(splitArgv(argv)).toEqual({command, rest});
	});
});
