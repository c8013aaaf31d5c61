import {appendFile, mkdtemp, open, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {Follower, type ReadOutput} from '../../source/logs/follower.js';
import {eventually} from '../helpers/eventually.js';

/** Reads a real file the way an output source does: positioned reads, a shrunken file read again from 0. */
function fileReader(path: string): ReadOutput {
	return async (offset, maxBytes) => {
		const handle = await open(path, 'r');
		try {
			const {size} = await handle.stat();
			const restarted = offset > size;
			const start = offset < 0 ? Math.max(0, size - maxBytes) : restarted ? 0 : offset;
			const bytes = new Uint8Array(Math.min(maxBytes, size - start));
			const {bytesRead} = await handle.read(bytes, 0, bytes.length, start);
			return {bytes: bytes.subarray(0, bytesRead), offset: start, size, restarted};
		} finally {
			await handle.close();
		}
	};
}

let folder: string;
let followers: Follower[] = [];

beforeEach(async () => {
	folder = await mkdtemp(join(tmpdir(), 'chronos-follow-'));
});

afterEach(async () => {
	for (const follower of followers) {
		follower.stop();
	}

	followers = [];
	await rm(folder, {recursive: true, force: true});
});

function follow(path: string, live: () => boolean, options: {tailBytes?: number; chunkBytes?: number} = {}): Follower {
	const follower = new Follower({read: fileReader(path), live, intervalMs: 20, ...options});
	followers.push(follower);
	follower.start();
	return follower;
}

const lastLine = (follower: Follower) => follower.buffer.lines().at(-1);

describe('Follower', () => {
	it('reads the end of a finished run first, leaves out the cut line, and stops', async () => {
		const path = join(folder, 'run.log');
		const lines = Array.from({length: 100}, (_, index) => `epoch ${String(index).padStart(3, '0')} loss ${(1 / (index + 1)).toFixed(6)}`);
		await writeFile(path, `${lines.join('\n')}\n`);
		const follower = follow(path, () => false, {tailBytes: 300});
		await eventually('the run to be read to its end', () => follower.state.kind, kind => kind === 'ended');
		const shown = follower.buffer.lines();
		expect(shown.at(-1)).toBe(lines.at(-1));
		expect(lines).toEqual(expect.arrayContaining(shown));
		expect(shown.length).toBeLessThan(300 / 20);
		expect(follower.buffer.truncated?.skippedBytes).toBeGreaterThan(0);
	});

	it('shows what a running job adds, and ends once the run is over and nothing more comes', async () => {
		const path = join(folder, 'run.log');
		await writeFile(path, 'starting\n');
		let running = true;
		const follower = follow(path, () => running);
		await eventually('the first line', () => lastLine(follower), line => line === 'starting');
		await appendFile(path, 'epoch 1/2\n');
		await eventually('the added line', () => lastLine(follower), line => line === 'epoch 1/2');
		expect(follower.state.kind).toBe('following');
		await appendFile(path, 'epoch 2/2 done');
		running = false;
		await eventually('the end of the run', () => follower.state.kind, kind => kind === 'ended');
		expect(follower.buffer.lines()).toEqual(['starting', 'epoch 1/2', 'epoch 2/2 done']);
	});

	it('catches up with a big file in chunks without waiting an interval for each', async () => {
		const path = join(folder, 'big.log');
		await writeFile(path, 'head\n');
		const follower = new Follower({read: fileReader(path), live: () => true, intervalMs: 60_000, chunkBytes: 4096});
		followers.push(follower);
		follower.start();
		await eventually('the first read', () => follower.state.kind, kind => kind === 'following');
		// The next read is a minute away: only poke() brings it now, and then every chunk follows at once.
		await appendFile(path, `${'x'.repeat(99)}\n`.repeat(1000));
		follower.poke();
		await eventually('every chunk', () => follower.buffer.lineCount, count => count === 1001);
		expect(follower.fileSize).toBe((await stat(path)).size);
	});

	it('starts again from 0 when the file shrank (rewritten by a new attempt)', async () => {
		const path = join(folder, 'run.log');
		await writeFile(path, 'old attempt line 1\nold attempt line 2\n');
		const follower = follow(path, () => true);
		await eventually('the old text', () => lastLine(follower), line => line === 'old attempt line 2');
		await writeFile(path, 'new\n');
		await eventually('the new text only', () => follower.buffer.lines(), shown => shown.join() === 'new');
	});

	it('says why it cannot read while the file is missing, and reads it once it appears', async () => {
		const path = join(folder, 'later.log');
		let running = true;
		const follower = follow(path, () => running);
		const failed = await eventually('a failure', () => follower.state, state => state.kind === 'failed');
		expect(failed).toMatchObject({retrying: true, message: expect.stringContaining('ENOENT')});
		await writeFile(path, 'there now\n');
		await eventually('the text', () => lastLine(follower), line => line === 'there now');
		running = false;
		await eventually('the end', () => follower.state.kind, kind => kind === 'ended');
	});

	it('gives up on a missing file of a run that has ended', async () => {
		const follower = follow(join(folder, 'never.log'), () => false);
		const failed = await eventually('a failure', () => follower.state, state => state.kind === 'failed');
		expect(failed).toMatchObject({retrying: false});
	});
});
