// The output view (`l`) against the emulator and real files: a job that keeps its output writes one file per
// run under a storage root standing for the cluster's /lustrehome.
import {appendFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {keepOutput, keptOutputOf} from '../../source/output/wrapper.js';
import {recasJob} from '../helpers/chronos.js';
import {openDashboard, showOnly, user, type Dashboard} from './dashboard-harness.js';
import {keys} from './terminal.js';

vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

const outputDir = '/lustrehome/alice/.chronos-output/{job}';
const later = 'R1/2099-01-01T00:00:00.000Z/P1Y';
let storage: string;
let dashboard: Dashboard | undefined;

beforeEach(async () => {
	storage = await mkdtemp(join(tmpdir(), 'chronos-output-view-'));
});

afterEach(async () => {
	await dashboard?.close();
	dashboard = undefined;
	await rm(storage, {recursive: true, force: true});
});

function runFile(job: string, dueMillis: number, attempt = 0): string {
	return join(storage, 'lustrehome', user, '.chronos-output', job, `${dueMillis}_${attempt}.log`);
}

async function writeRun(job: string, dueMillis: number, text: string): Promise<string> {
	const file = runFile(job, dueMillis);
	await mkdir(join(file, '..'), {recursive: true});
	await writeFile(file, text);
	return file;
}

async function open(job = 'alice-train', options: {speed?: number; kept?: boolean} = {}): Promise<Dashboard> {
	dashboard = await openDashboard({emulator: {speed: options.speed ?? 1}, props: {outputSettings: {storageRoot: storage}}});
	const command = options.kept === false ? 'python3 train.py' : keepOutput('python3 train.py', outputDir);
	await dashboard.client.saveJob(recasJob(job, user, {command, schedule: later}));
	await showOnly(dashboard.terminal, job);
	return dashboard;
}

const epochs = (from: number, to: number) => Array.from({length: to - from + 1}, (_, index) => `epoch ${from + index}/100 loss ${(1 / (from + index)).toFixed(4)}`).join('\n');

describe('output view', () => {
	it("opens on the newest run's last page, and [ and ] go to older and newer runs", async () => {
		await writeRun('alice-train', 1_764_600_000_000, 'the older run\nfailed: CUDA out of memory\n');
		await writeRun('alice-train', 1_764_700_000_000, `${epochs(1, 100)}\n[chronos-tui] exit status 0\n`);
		const {terminal} = await open();
		await terminal.press('l');
		const frame = await terminal.waitFor('epoch 100/100');
		expect(frame).toContain('run 2025-12-02 18:26:40 UTC (1 of 2, newest)');
		expect(frame).not.toContain('epoch 1/100 ');
		expect(frame).toContain('[chronos-tui] exit status 0');
		expect(frame).toContain('/lustrehome/alice/.chronos-output/alice-train/1764700000000_0.log');
		await terminal.waitFor('■ run ended');

		await terminal.press('[');
		const older = await terminal.waitFor('failed: CUDA out of memory');
		expect(older).toContain('(2 of 2)');
		expect(older).not.toContain('epoch 100/100');
		await terminal.press('[');
		await terminal.waitFor('This is the oldest run with output');
		await terminal.press(']');
		await terminal.waitFor('epoch 100/100');

		await terminal.press('g');
		await terminal.waitFor(frame => frame.includes('epoch 1/100 ') && !frame.includes('epoch 100/100'));
		await terminal.press('G');
		await terminal.waitFor('epoch 100/100');
		await terminal.press(keys.esc);
		await terminal.waitFor(frame => !frame.includes('epoch') && frame.includes('alice-train'));
	});

	it('searches with /, walks the matches with n and N, and wraps around', async () => {
		await writeRun('alice-train', 1_764_700_000_000, `${epochs(1, 100)}\nTraceback (most recent call last):\nRuntimeError: CUDA error\n`);
		const {terminal} = await open();
		await terminal.press('l');
		await terminal.waitFor('RuntimeError: CUDA error');
		await terminal.press('g', '/');
		await terminal.type('loss 0.5');
		await terminal.press(keys.enter);
		// epoch 2 is the only line with loss 0.5000.
		let frame = await terminal.waitFor('"loss 0.5" 1/1');
		expect(frame).toContain('epoch 2/100 loss 0.5000');
		await terminal.press('/');
		await terminal.type('cuda');
		await terminal.press(keys.enter);
		frame = await terminal.waitFor('"cuda" 1/1');
		await terminal.press('/');
		await terminal.type('epoch 5');
		await terminal.press(keys.enter);
		// epoch 5, 50..59: eleven lines.
		await terminal.waitFor('"epoch 5" 1/11');
		await terminal.press('N');
		await terminal.waitFor('"epoch 5" 11/11');
		await terminal.press('n');
		await terminal.waitFor('"epoch 5" 1/11');
		await terminal.press('/');
		await terminal.type('no such thing');
		await terminal.press(keys.enter);
		await terminal.waitFor('"no such thing" is not in the output shown');
	});

	it('shows escape sequences as text instead of letting them act on the terminal', async () => {
		await writeRun('alice-train', 1_764_700_000_000, 'plain\n\u001B[2J\u001B]0;owned\u0007\u001B[31mred\u001B[0m\n');
		const {terminal} = await open();
		await terminal.press('l');
		const frame = await terminal.waitFor('red');
		expect(frame).toContain('plain');
		const line = frame.split('\n').find(candidate => candidate.includes('red'))!;
		expect(line).not.toContain('\u001B');
		expect(line.trim()).toBe('␛[2J␛]0;owned␇␛[31mred␛[0m');
	});

	it('follows a running job: new output appears on screen as the file grows', async () => {
		await writeRun('alice-train', 1_764_700_000_000, 'an earlier run\n');
		// Slow simulated time: the run started below goes on for as long as the test needs.
		const {terminal, client} = await open('alice-train', {speed: 0.001});
		await client.runJob('alice-train');
		await terminal.waitFor(frame => /running/.test(frame));
		await terminal.press('l');
		await terminal.waitFor('an earlier run');
		const file = await writeRun('alice-train', Date.now(), `starting training\n${'loading data\n'.repeat(40)}`);
		await terminal.waitFor('loading data', 10_000);
		expect(terminal.lastFrame()).toContain('(1 of 2, newest)');
		await appendFile(file, 'epoch 1/3 loss 0.9\n');
		await terminal.waitFor(frame => frame.includes('epoch 1/3 loss 0.9') && frame.includes('● following'), 10_000);
		await appendFile(file, 'epoch 2/3 loss 0.5\n');
		await terminal.waitFor('epoch 2/3 loss 0.5', 10_000);
		// Scrolled back, new output does not move the screen; G follows again.
		await terminal.press('k');
		await terminal.waitFor('scrolled back (G follows)');
		await terminal.press('G');
		await terminal.waitFor('● following');
	});

	it('says where it looked when the newest run left no file yet', async () => {
		const {terminal} = await open();
		await terminal.press('l');
		await terminal.waitFor('No run has left output in /lustrehome/alice/.chronos-output/alice-train yet');
	});

	it('says where the output of a job that does not keep it went, and K keeps it after a review', async () => {
		const {terminal, emulator} = await open('alice-plain', {kept: false});
		await terminal.press('l');
		const frame = await terminal.waitFor('does not keep its output');
		expect(frame).toContain('K  keep its output from the next run on');
		expect(frame).toContain('S  write a support request');

		// K: the job changed to keep its output, reviewed like an edit, sent only on u.
		await terminal.press('K');
		const review = await terminal.waitFor('Update alice-plain on Chronos with these changes?');
		expect(review).toMatch(/command/);
		expect(review).toContain('/lustrehome/alice');
		const before = emulator.job('alice-plain')!.command;
		expect(keptOutputOf(before)).toBeUndefined();
		await terminal.press('u');
		await terminal.waitFor('Updated alice-plain');
		const after = emulator.job('alice-plain')!;
		expect(keptOutputOf(after.command)).toEqual({command: before, dir: '/lustrehome/alice/.chronos-output/{job}'});
		expect(after.container?.volumes).toContainEqual({containerPath: '/lustrehome/alice', hostPath: '/lustrehome/alice', mode: 'RW'});
		await terminal.waitFor('No run has left output in /lustrehome/alice/.chronos-output/alice-plain yet', 10_000);
	});

	it("says that the start of a big file is not shown", async () => {
		await writeRun('alice-train', 1_764_700_000_000, `${'x'.repeat(1023)}\n`.repeat(3 * 1024));
		const {terminal} = await open();
		await terminal.press('l');
		await terminal.waitFor('Older output not shown: the last 1 MB of 3 MB');
	});
});

describe('support request', () => {
	it('S composes the request with the end of the output, copies it and saves it without replacing a file', async () => {
		await writeRun('alice-train', 1_764_700_000_000, `${epochs(1, 100)}\nRuntimeError: CUDA error\n`);
		const {terminal, copied} = await open();
		await terminal.press('l');
		await terminal.waitFor('RuntimeError');
		await terminal.press('S');
		let frame = await terminal.waitFor('Support request about alice-train');
		expect(frame).toContain('Open https://www.recas-bari.it/index.php/en/recas-bari-servizi-en/support-request');
		expect(frame).toContain('Title: ReCaS HPC/GPU: Chronos issue');
		await terminal.press('G');
		frame = await terminal.waitFor('RuntimeError: CUDA error');
		expect(frame).toContain('epoch 100/100');

		await terminal.press('y');
		await terminal.waitFor('Copied the request');
		const sequence = copied.at(-1)!;
		const text = Buffer.from(/\]52;c;([^\u0007]*)\u0007/.exec(sequence)![1]!, 'base64').toString('utf8');
		expect(text).toContain('Job name: alice-train');
		expect(text).toContain('Last 40 lines of output (run 2025-12-02 18:26:40 UTC, /lustrehome/alice/.chronos-output/alice-train/1764700000000_0.log):');
		expect(text.trimEnd().split('\n').at(-1)).toBe('RuntimeError: CUDA error');
		expect(text).not.toContain('epoch 60/100');

		const target = join(storage, 'request.txt');
		await terminal.press('w');
		await terminal.waitFor('Save to:');
		await terminal.press(keys.ctrlU);
		await terminal.type(target);
		await terminal.press(keys.enter);
		await terminal.waitFor(`Saved the support request to ${target}`);
		expect(await readFile(target, 'utf8')).toBe(text);

		await writeFile(target, 'my own notes\n');
		await terminal.press('w', keys.ctrlU);
		await terminal.type(target);
		await terminal.press(keys.enter);
		await terminal.waitFor('already exists and was left as it is');
		expect(await readFile(target, 'utf8')).toBe('my own notes\n');
	});
});
