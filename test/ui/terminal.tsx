// Renders a component into a fake terminal of a chosen size (ink-testing-library's is fixed at 100 columns
// with no rows), records every frame, and can resize it as a user would drag the window.
import {EventEmitter} from 'node:events';
import {render} from 'ink';
import type {ReactElement} from 'react';

class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	isTTY = false;
	constructor(public columns: number, public rows: number) {
		super();
	}

	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export interface TestTerminal {
	stdin: FakeStdin;
	stdout: FakeStdout;
	lastFrame(): string;
	/** Presses keys one at a time, letting React settle in between. */
	press(...keys: string[]): Promise<void>;
	type(text: string): Promise<void>;
	resize(columns: number, rows: number): void;
	/** Waits until the screen satisfies `check` (or shows the text); fails with the last frame after a while. */
	waitFor(check: string | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
	unmount(): void;
}

export const keys = {
	enter: '\r',
	esc: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	left: '\u001B[D',
	right: '\u001B[C',
	tab: '\t',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	ctrlR: '\u0012',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlU: '\u0015',
	backspace: '\u007F',
} as const;

// Longer than ink's 20 ms wait for the rest of an escape sequence, so a lone esc is never read as alt+key.
const settle = async () => new Promise(resolve => {
	setTimeout(resolve, 30);
});

export function renderTerminal(tree: ReactElement, size: {columns: number; rows: number} = {columns: 100, rows: 30}): TestTerminal {
	const stdout = new FakeStdout(size.columns, size.rows);
	const stdin = new FakeStdin();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const lastFrame = () => stdout.frames.at(-1) ?? '';
	const terminal: TestTerminal = {
		stdin,
		stdout,
		lastFrame,
		async press(...pressed) {
			for (const key of pressed) {
				await settle();
				stdin.write(key);
			}

			await settle();
		},
		async type(text) {
			for (const char of text) {
				await terminal.press(char);
			}
		},
		resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		async waitFor(check, timeoutMs = 4000) {
			const test = typeof check === 'string' ? (frame: string) => frame.includes(check) : check;
			const deadline = Date.now() + timeoutMs;
			while (Date.now() < deadline) {
				if (test(lastFrame())) {
					return lastFrame();
				}

				await settle();
			}

			throw new Error(`The screen never showed ${typeof check === 'string' ? JSON.stringify(check) : 'what was expected'}. Last frame:\n${lastFrame()}`);
		},
		unmount() {
			instance.unmount();
			instance.cleanup();
		},
	};
	return terminal;
}

/** Polls a condition that does not live on the screen (the emulator's state, say). */
export async function eventually<T>(read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = 4000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!accept(value)) {
		if (Date.now() > deadline) {
			throw new Error(`Condition not met in time; last value: ${JSON.stringify(value)}`);
		}

		await settle();
		value = await read();
	}

	return value;
}
