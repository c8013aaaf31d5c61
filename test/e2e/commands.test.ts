// The headless commands where only a real terminal shows the difference: delete asks for the job name, list
// colours its words unless NO_COLOR is set, and the table fits the terminal's width.
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {cleanupHomes, startProgram} from './program.js';
import {TmuxTerminal, tmuxAvailable} from './tmux.js';
import {aliceJob, password, startWorld, user, type CliWorld} from '../commands/cli-harness.js';

// Each test starts the program as a separate process; a busy machine can take seconds per start.
vi.setConfig({testTimeout: 30_000, hookTimeout: 30_000});

let world: CliWorld;

beforeAll(async () => {
	world = await startWorld();
	const later = 'R1/2099-01-01T00:00:00.000Z/P1Y';
	await world.client.saveJob(aliceJob('alice-keep-me', {schedule: later}));
	await world.client.saveJob(aliceJob('alice-delete-me', {schedule: later}));
	await world.client.saveJob(aliceJob('alice-a-rather-long-job-name-for-narrow-screens', {schedule: later}));
});

afterEach(async () => {
	await TmuxTerminal.killAll();
});

afterAll(async () => {
	await world.close();
	cleanupHomes();
});

const chronos = () => ({url: world.emulator.url, user, password});

describe.skipIf(!tmuxAvailable())('in a terminal', () => {
	test('delete asks for the name; a different answer deletes nothing', async () => {
		const {terminal} = await startProgram({width: 100, height: 20, args: ['delete', 'alice-keep-me'], chronos: chronos()});
		await terminal.waitFor('Type the job name to delete it (alice-keep-me)');
		await terminal.type('alice-keep');
		await terminal.sendKeys('Enter');
		expect(await terminal.waitForExit()).toBe(1);
		expect(await terminal.capture()).toContain('alice-keep-me was not deleted: the name did not match');
		expect(world.emulator.job('alice-keep-me')).toBeDefined();
	});

	test('delete with the name typed out deletes the job', async () => {
		const {terminal} = await startProgram({width: 100, height: 20, args: ['delete', 'alice-delete-me'], chronos: chronos()});
		await terminal.waitFor('Type the job name to delete it');
		await terminal.type('alice-delete-me');
		await terminal.sendKeys('Enter');
		expect(await terminal.waitForExit()).toBe(0);
		expect(await terminal.capture()).toContain('deleted alice-delete-me');
		expect(world.emulator.job('alice-delete-me')).toBeUndefined();
	});

	test('list colours states in a terminal and fits its width', async () => {
		const {terminal} = await startProgram({width: 60, height: 20, args: ['list'], chronos: chronos()});
		expect(await terminal.waitForExit()).toBe(0);
		const screen = await terminal.capture();
		const rows = screen.split('\n').filter((line) => line.startsWith('alice-') || line.startsWith('NAME'));
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows.every((line) => line.trimEnd().length <= 60)).toBe(true);
		expect(await terminal.capture({colours: true})).toMatch(/\u001B\[[0-9;]*m/);
	});

	test('NO_COLOR turns every colour off', async () => {
		const {terminal} = await startProgram({width: 100, height: 20, args: ['list'], chronos: chronos(), env: {NO_COLOR: '1'}});
		expect(await terminal.waitForExit()).toBe(0);
		const screen = await terminal.capture({colours: true});
		expect(screen).toContain('alice-keep-me');
		expect(screen).not.toMatch(/\u001B\[(?:1|2|3\d)m/);
	});
});
