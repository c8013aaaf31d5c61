// The dashboard fed names and values no real Chronos would accept: every escape sequence, C1 control and
// bidi override is shown as visible text (colours included), and the list's columns stay in line.
import {afterEach, describe, expect, it} from 'vitest';
import {ChronosClient} from '../../source/chronos/client.js';
import {wizardServicesFromClient} from '../../source/ui/wizard/services.js';
import {sendJson, type TestServer} from '../helpers/http-server.js';
import {recasJob} from '../helpers/chronos.js';
import {renderDashboard, type RenderedDashboard} from '../helpers/dashboard.js';
import {actingOnTerminal, startHostileChronos, terminalAttack} from '../helpers/hostile-chronos.js';
import {keys, type TestTerminal} from './terminal.js';

const hostileName = `alice-evil${terminalAttack}`;
const hostileJob = {
	...recasJob(hostileName, 'alice'),
	description: `desc${terminalAttack}`,
	command: `echo${terminalAttack}`,
	container: {type: 'mesos', image: `registry/x${terminalAttack}`},
	environmentVariables: [{name: `K${terminalAttack}`, value: `v${terminalAttack}`}],
};

let server: TestServer | undefined;
let dashboard: RenderedDashboard | undefined;

afterEach(async () => {
	dashboard?.stop();
	dashboard = undefined;
	await server?.close();
	server = undefined;
});

async function open(failRuns = false): Promise<TestTerminal> {
	server = await startHostileChronos([hostileJob, recasJob('alice-plain-job', 'alice')], (request, response) => {
		if (failRuns && request.method === 'PUT') {
			sendJson(response, 500, {status: 'Internal Server Error', message: `java.lang.RuntimeException: boom${terminalAttack}\n\tat x`});
			return true;
		}

		return false;
	});
	const client = new ChronosClient({url: server.url, retries: 0});
	dashboard = renderDashboard(client, {
		size: {columns: 120, rows: 70},
		pollIntervalMs: 60_000,
		props: {wizardServices: wizardServicesFromClient(client)},
	});
	const {terminal} = dashboard;
	await terminal.waitFor('alice-plain-job', 15_000);
	return terminal;
}

/** Everything ever written to the fake terminal, minus the plain SGR colours ink itself writes. */
function everythingWritten(t: TestTerminal): string {
	return t.stdout.frames.join('').replace(/\u001B\[[\d;]*m/g, '');
}

describe('server text on the dashboard', () => {
	it('shows a hostile name visibly in the list, with the columns still in line', async () => {
		const t = await open();
		const frame = await t.waitFor('alice-evil␛]52');
		expect(everythingWritten(t)).not.toMatch(actingOnTerminal);
		expect(t.stdout.frames.join('')).not.toContain('\u001B[31m\u009B');
		const lines = frame.split('\n');
		const header = lines.find(line => line.includes('STATE'))!;
		const evil = lines.find(line => line.includes('alice-evil'))!;
		const plain = lines.find(line => line.includes('alice-plain-job'))!;
		// Both jobs are in the same state: the STATE column reads the same, at the same place, on both lines.
		const stateAt = header.indexOf('STATE');
		expect([...evil.slice(stateAt - 1, stateAt + 6)][1]).not.toBe(' ');
		expect(evil.slice(stateAt - 1, stateAt + 6)).toBe(plain.slice(stateAt - 1, stateAt + 6));
	});

	it('shows every field of the job visibly in details', async () => {
		const t = await open();
		await t.waitFor('alice-evil␛]52');
		await t.press('g', keys.enter);
		const frame = await t.waitFor(text => text.includes('desc␛]52') && text.includes('registry/x␛]52'));
		expect(frame).toContain('echo␛]52');
		expect(frame).toContain('K␛]52');
		expect(everythingWritten(t)).not.toMatch(actingOnTerminal);
	});

	it('shows a server error and its full text visibly', async () => {
		const t = await open(true);
		await t.waitFor('alice-evil␛]52');
		await t.press('g', 'r');
		await t.waitFor('Run alice-evil␛]52');
		await t.press(keys.enter);
		await t.waitFor('Boom␛]52');
		await t.press('x');
		await t.waitFor(text => text.includes('        at x'));
		expect(everythingWritten(t)).not.toMatch(actingOnTerminal);
	});

	it('shows a hostile name visibly where the wizard names the job it copies', async () => {
		const t = await open();
		await t.waitFor('alice-evil␛]52');
		await t.press('g', 'c');
		await t.waitFor(frame => frame.replaceAll(/\s+/g, ' ').includes('from copy of alice-evil␛]52'));
		await t.press(keys.enter);
		await t.waitFor('alice-evil␛]52;c;aGVsbG8=␇');
		expect(everythingWritten(t)).not.toMatch(actingOnTerminal);
		expect(t.stdout.frames.join('')).not.toContain('\u001B[8m');
	});
});
