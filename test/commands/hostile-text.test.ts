// Headless output of text a hostile server or job file holds: escape sequences, C1 controls and bidi
// overrides in every field are shown, never obeyed, and tables stay in line.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test, vi} from 'vitest';
import {parse} from 'yaml';
import {sendJson, sendText, type TestServer} from '../helpers/http-server.js';
import {assertBuilt} from '../helpers/built-program.js';
import {actingOnTerminal, startHostileChronos, terminalAttack} from '../helpers/hostile-chronos.js';
import {recasJob} from '../helpers/chronos.js';
import {runCli, type CliResult} from './cli-harness.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

const hostileName = `alice-evil${terminalAttack}`;
const hostileJob = {
	...recasJob(hostileName, 'alice'),
	description: `desc${terminalAttack}`,
	command: `echo${terminalAttack}`,
	owner: `alice${terminalAttack}`,
	runAsUser: `alice${terminalAttack}`,
	schedule: `R1//P1Y${terminalAttack}`,
	container: {
		type: 'mesos',
		image: `registry/x${terminalAttack}`,
		volumes: [{hostPath: `/lustre/a${terminalAttack}`, containerPath: '/lustre/a', mode: 'RW'}],
	},
	environmentVariables: [{name: `K${terminalAttack}`, value: `v${terminalAttack}`}],
};
const plainJob = recasJob('alice-plain-job', 'alice');

let server: TestServer;
let home: string;

beforeAll(async () => {
	assertBuilt();
	home = await mkdtemp(join(tmpdir(), 'chronos-tui-hostile-'));
	server = await startHostileChronos([hostileJob, plainJob], (request, response) => {
		if (request.url.includes('alice-java-error')) {
			sendJson(response, 500, {status: 'Internal Server Error', message: `java.lang.RuntimeException: boom${terminalAttack}`});
			return true;
		}

		if (request.url.includes('alice-html-error')) {
			sendText(response, 502, `<html><head><title>Bad gateway${terminalAttack}</title></head></html>`, 'text/html');
			return true;
		}

		return false;
	});
});

afterAll(async () => {
	await server.close();
	await rm(home, {recursive: true, force: true});
});

async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
	return runCli(args, {home, env: {CHRONOS_URL: server.url, CHRONOS_USER: 'alice', CHRONOS_TUI_DEBUG: '1', ...env}});
}

function expectPrintable(result: CliResult): void {
	expect(result.stdout).not.toMatch(actingOnTerminal);
	expect(result.stderr).not.toMatch(actingOnTerminal);
}

describe('server text in headless output', () => {
	test('list shows escape sequences visibly and keeps every column in line', async () => {
		const result = await cli(['list']);
		expect(result.code).toBe(0);
		expectPrintable(result);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(3);
		expect(result.stdout).toContain('alice-evil␛]52;c;');
		// Both jobs are in the same state: the STATE column reads the same, at the same place, on both lines.
		const stateAt = lines[0]!.indexOf('STATE');
		const [evil, plain] = [lines.find(line => line.includes('alice-evil'))!, lines.find(line => line.includes('alice-plain'))!];
		expect(evil.slice(stateAt - 1, stateAt + 6)).toMatch(/^ \S/);
		expect(evil.slice(stateAt - 1, stateAt + 6)).toBe(plain.slice(stateAt - 1, stateAt + 6));
	});

	test('show names every field visibly: description, command, schedule, image, volume, env, owner', async () => {
		const result = await cli(['show', hostileName]);
		expect(result.code).toBe(0);
		expectPrintable(result);
		for (const shown of ['desc␛]52;c;', 'echo␛]52;c;', 'R1//P1Y␛]52', 'registry/x␛]52', '/lustre/a␛]52', 'K␛]52;c;', '=v␛]52', 'runs as alice␛]52', 'owner alice␛]52']) {
			expect(result.stdout).toContain(shown);
		}

		expect(result.stdout).toContain('<U+009B>8m<U+202E>');
	});

	test('show --json and --yaml escape what they would print raw, and still parse to the same job', async () => {
		const json = await cli(['show', hostileName, '--json']);
		expect(json.code).toBe(0);
		expectPrintable(json);
		expect(JSON.parse(json.stdout)).toMatchObject({description: hostileJob.description, environmentVariables: hostileJob.environmentVariables});

		const yaml = await cli(['show', hostileName, '--yaml']);
		expect(yaml.code).toBe(0);
		expectPrintable(yaml);
		expect(parse(yaml.stdout)).toMatchObject({description: hostileJob.description, command: hostileJob.command});
	});

	test('list --json escapes what JSON leaves raw', async () => {
		const result = await cli(['list', '--json', '--all']);
		expect(result.code).toBe(0);
		expectPrintable(result);
		expect((JSON.parse(result.stdout) as Array<{name: string}>).map(job => job.name)).toContain(hostileName);
	});

	test('error lines from a Java body and from an HTML title are printable, also with CHRONOS_TUI_DEBUG=1', async () => {
		const java = await cli(['show', 'alice-java-error']);
		expect(java.code).toBe(5);
		expectPrintable(java);
		expect(java.stderr).toMatch(/^chronos-tui: Boom␛\]52;c;/);

		const html = await cli(['show', 'alice-html-error']);
		expect(html.code).toBe(5);
		expectPrintable(html);
		expect(html.stderr).toMatch(/^chronos-tui: Bad gateway␛\]52/);
	});
});

describe('job-file text in validate', () => {
	test('values and the file name are shown visibly in every diagnostic', async () => {
		const path = join(home, `job${'\u001B[2J'}.json`);
		await writeFile(path, JSON.stringify({...recasJob('alice-ok', 'alice'), container: {type: 'mesos', image: `bad image${terminalAttack}`}, schedule: `nonsense${terminalAttack}`}));
		const result = await cli(['validate', path], {USER: 'alice'});
		expect(result.code).toBe(1);
		expectPrintable(result);
		expect(result.stdout).toContain('job␛[2J.json');
	});
});
