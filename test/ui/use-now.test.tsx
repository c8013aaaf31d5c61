// The clock's tick redraws every line on screen; with keys coming it waits for the moment after one.
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, expect, it, vi} from 'vitest';
import {useNow} from '../../source/ui/hooks/use-now.js';

function Clock({turns}: {turns?: {betweenKeys(): Promise<void>}}) {
	return <Text>{`now ${useNow(1000, turns)}`}</Text>;
}

afterEach(() => {
	vi.useRealTimers();
});

it('ticks only once it is given a moment between keys', async () => {
	vi.useFakeTimers({toFake: ['setInterval', 'clearInterval', 'Date'], now: 1_000_000});
	let give: (() => void) | undefined;
	const turns = {
		betweenKeys: async () => new Promise<void>(resolve => {
			give = resolve;
		}),
	};
	const {lastFrame, unmount} = render(<Clock turns={turns} />);
	expect(lastFrame()).toBe('now 1000000');
	await vi.advanceTimersByTimeAsync(1000);
	expect(give).toBeDefined();
	expect(lastFrame()).toBe('now 1000000');
	give!();
	// The time shown is the time it is drawn at.
	await vi.waitFor(() => {
		expect(Number(lastFrame()!.slice('now '.length))).toBeGreaterThanOrEqual(1_001_000);
	});
	unmount();
});

it('without input turns, ticks on time', async () => {
	vi.useFakeTimers({toFake: ['setInterval', 'clearInterval', 'Date'], now: 1_000_000});
	const {lastFrame, unmount} = render(<Clock />);
	await vi.advanceTimersByTimeAsync(1000);
	await vi.waitFor(() => {
		expect(lastFrame()).toBe('now 1001000');
	});
	unmount();
});
