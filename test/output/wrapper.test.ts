// The wrapper is run by a real /bin/sh on commands a user can type, and must change nothing about what they
// print or how they exit: only where the output goes.
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {exitStatusPattern, jobOutputDir, keepOutput, keptOutputOf, originalCommand, outputDirFor, outputDirProblem} from '../../source/output/wrapper.js';
import {eventually} from '../helpers/eventually.js';

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'chronos-tui-wrapper-'));
});
afterAll(async () => {
	await rm(root, {recursive: true, force: true});
});

const runTime = '1764646800000';
const chronosEnv = {CHRONOS_JOB_NAME: 'alice-hostile job', CHRONOS_JOB_RUN_TIME: runTime, CHRONOS_JOB_RUN_ATTEMPT: '1', MY_VAR: 'from env'};

function sh(command: string, cwd: string): Promise<{status: number; output: string}> {
	return new Promise((resolve) => {
		// stdout and stderr in one stream, as the kept file has them.
		execFile('/bin/sh', ['-c', 'sh -c "$1" 2>&1', 'sh', command], {cwd, env: {PATH: process.env['PATH'], ...chronosEnv}}, (error, stdout) => {
			resolve({status: error ? Number((error as {code?: number}).code ?? 1) : 0, output: stdout});
		});
	});
}

function runWrapped(command: string, cwd: string): Promise<number> {
	return new Promise((resolve) => {
		execFile('/bin/sh', ['-c', command], {cwd, env: {PATH: process.env['PATH'], ...chronosEnv}}, (error) => {
			resolve(error ? Number((error as {code?: number}).code ?? 1) : 0);
		});
	});
}

const hostile: Array<[string, string]> = [
	['quotes of both kinds', `echo "it's" 'a "quoted" word' "back\\\\slash"`],
	['&& and ;', 'true && echo and; echo semi; false && echo never'],
	['variables', 'echo "$MY_VAR" $UNSET_VAR "${CHRONOS_JOB_NAME}" \'$MY_VAR\''],
	['newlines and exit status', 'echo one\necho two >&2\nexit 3'],
	['a failing step', 'echo before; ls /no/such/place; echo after $?'],
	['command substitution', 'echo "$(echo nested \'quotes\')" `echo backticks`'],
	['here-document', "cat <<'EOF'\n$MY_VAR 'kept' \"as is\"\nEOF"],
	['a comment at the end', 'echo visible # and a comment ) with a parenthesis'],
	['|| and exit', 'false || echo rescued; exit 0'],
	['unicode', 'printf "%s\\n" "héllo ✓ 日本"'],
	['exit inside a function', 'f() { echo in f; return 5; }; f; exit $?'],
	['glob and semicolon in quotes', 'echo "*;&&" \'|\' ; echo done'],
];

describe('keepOutput run by /bin/sh', () => {
	it.each(hostile)('%s: same output and exit status as the command alone', async (_what, command) => {
		const plain = await sh(command, root);
		const dir = join(root, 'out-{job}');
		const wrapped = keepOutput(command, dir);
		const status = await runWrapped(wrapped, root);
		expect(status).toBe(plain.status);
		const file = join(jobOutputDir(dir, 'alice-hostile job'), `${runTime}_1.log`);
		const kept = await readFile(file, 'utf8');
		await rm(file);
		expect(kept.replace(exitStatusPattern, '')).toBe(plain.output);
		expect(exitStatusPattern.exec(kept)?.[1]).toBe(String(plain.status));
		expect(keptOutputOf(wrapped)).toEqual({command, dir});
	});

	it('a trailing & runs the command in the background and its output still reaches the file', async () => {
		const dir = join(root, 'bg-{job}');
		const status = await runWrapped(keepOutput('echo started; sleep 0.2 && echo later &', dir), root);
		expect(status).toBe(0);
		const file = join(jobOutputDir(dir, 'alice-hostile job'), `${runTime}_1.log`);
		const kept = await eventually('the background output', () => readFile(file, 'utf8'), (text) => text.includes('later'));
		expect(kept.split('\n').sort()).toEqual(['', '[chronos-tui] exit status 0', 'later', 'started'].sort());
	});

	it('sets PYTHONUNBUFFERED=1 so Python prints as it goes', async () => {
		const dir = join(root, 'py-{job}');
		await runWrapped(keepOutput('echo "unbuffered=$PYTHONUNBUFFERED"', dir), root);
		const [name] = await readdir(jobOutputDir(dir, 'alice-hostile job'));
		expect(name).toBe(`${runTime}_1.log`);
		expect(await readFile(join(jobOutputDir(dir, 'alice-hostile job'), name!), 'utf8')).toBe('unbuffered=1\n[chronos-tui] exit status 0\n');
	});

	it('a folder it cannot create fails the run with a message that names the folder', async () => {
		const status = await runWrapped(keepOutput('echo never', '/proc/no-such/{job}'), root);
		expect(status).toBe(1);
	});
});

describe('recognising a kept command', () => {
	it('is never wrapped twice: wrapping again only changes the folder', () => {
		const once = keepOutput('python3 train.py', '/lustrehome/alice/.chronos-output/{job}');
		expect(keepOutput(once, '/lustrehome/alice/.chronos-output/{job}')).toBe(once);
		const moved = keepOutput(once, '/lustre/alice/logs/{job}');
		expect(keptOutputOf(moved)).toEqual({command: 'python3 train.py', dir: '/lustre/alice/logs/{job}'});
	});

	it('gives back other commands unchanged and does not mistake a look-alike for a wrapper', () => {
		expect(keptOutputOf('python3 train.py')).toBeUndefined();
		expect(originalCommand('python3 train.py')).toBe('python3 train.py');
		const wrapped = keepOutput('echo hi', '/lustre/a/{job}');
		expect(keptOutputOf(`${wrapped}; rm -rf /`)).toBeUndefined();
		expect(keptOutputOf(wrapped.replace("'echo hi'", "'echo 'hi''"))).toBeUndefined();
	});

	it('fills {user} now and leaves {job} to the job name at run time', () => {
		const dir = outputDirFor('/lustrehome/{user}/.chronos-output/{job}', 'alice');
		expect(dir).toBe('/lustrehome/alice/.chronos-output/{job}');
		expect(keepOutput('true', dir)).toContain(`d='/lustrehome/alice/.chronos-output/'"$CHRONOS_JOB_NAME";`);
		expect(jobOutputDir(dir, 'alice-train')).toBe('/lustrehome/alice/.chronos-output/alice-train');
	});

	it('refuses folder templates that would mix jobs or break the shell', () => {
		expect(outputDirProblem('/lustrehome/{user}/.chronos-output/{job}')).toBeUndefined();
		expect(outputDirProblem('lustrehome/{job}')).toMatch(/absolute/);
		expect(outputDirProblem('/lustrehome/{user}/out')).toMatch(/\{job\}/);
		expect(outputDirProblem("/lustre/it's/{job}")).toMatch(/quote/);
		expect(outputDirProblem('/lustre/{host}/{job}')).toMatch(/\{host\}/);
	});
});
