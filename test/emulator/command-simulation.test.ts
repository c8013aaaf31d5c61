// How long a command runs and how it exits, decided by its text alone.
import {expect, test} from 'vitest';
import {simulateCommand} from '../../source/emulator/command-simulation.js';

test('sleep N adds N seconds to a one-second start-up', () => {
	expect(simulateCommand('sleep 5')).toEqual({durationMs: 6000, exitCode: 0});
	expect(simulateCommand('sleep 2m')).toEqual({durationMs: 121_000, exitCode: 0});
	expect(simulateCommand('sleep 5 && nvidia-smi')).toEqual({durationMs: 7000, exitCode: 0});
});

test('exit K, false and shell chaining decide the exit code as /bin/sh would', () => {
	expect(simulateCommand('exit 1').exitCode).toBe(1);
	expect(simulateCommand('exit 0').exitCode).toBe(0);
	expect(simulateCommand('false').exitCode).toBe(1);
	expect(simulateCommand('false && sleep 100')).toEqual({durationMs: 1000, exitCode: 1});
	expect(simulateCommand('false || echo recovered').exitCode).toBe(0);
	expect(simulateCommand('python3 a.py; exit 3')).toEqual({durationMs: 9000, exitCode: 3});
	expect(simulateCommand('exit 4; sleep 100')).toEqual({durationMs: 1000, exitCode: 4});
});

test('other commands succeed after a few seconds, always the same for the same text', () => {
	const first = simulateCommand('/lustre/home/alice/bin/my-tool --flag');
	expect(first.exitCode).toBe(0);
	expect(first.durationMs).toBeGreaterThanOrEqual(3000);
	expect(first.durationMs).toBeLessThanOrEqual(7000);
	expect(simulateCommand('/lustre/home/alice/bin/my-tool --flag')).toEqual(first);
});
