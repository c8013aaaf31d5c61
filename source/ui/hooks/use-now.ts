// The current time, refreshed every `intervalMs`, for clocks and "3m ago" columns. Each tick redraws every
// line on screen; with keys coming, it waits for the moment right after one (see input/input-turns.ts).
import {useEffect, useState} from 'react';

export function useNow(intervalMs: number, turns?: {betweenKeys(): Promise<void>}): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		let current = true;
		const tick = () => {
			if (current) setNow(Date.now());
		};

		const timer = setInterval(() => {
			if (turns) void turns.betweenKeys().then(tick);
			else tick();
		}, intervalMs);
		return () => {
			current = false;
			clearInterval(timer);
		};
	}, [intervalMs, turns]);
	return now;
}
