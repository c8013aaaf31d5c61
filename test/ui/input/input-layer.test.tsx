// The input layer against a real ink render: bytes are written to the terminal's input exactly as a terminal
// delivers them (several keys in one read, a bracketed paste cut in two), and the screen shows what acted.
import {Box, Text} from 'ink';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {InputLayer, inputPriority, useInputHandler, useKeyHandler} from '../../../source/ui/input/InputLayer.js';
import {TextField} from '../../../source/ui/wizard/TextField.js';
import {keys, renderTerminal, type TestTerminal} from '../terminal.js';

const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';

/** A cursor over ten lines, a log of what reached the view, and (with `field`) a text field above it. */
function Probe({field = false}: {field?: boolean}) {
	const [line, setLine] = useState(0);
	const [text, setText] = useState('');
	const [log, setLog] = useState<string[]>([]);
	useInputHandler(event => {
		if (event.kind === 'paste') {
			setLog(current => [...current, `ignored paste ${JSON.stringify(event.text)}`]);
			return true;
		}

		const {name} = event.stroke;
		if (name === 'down') setLine(current => current + 1);
		else if (name === 'up') setLine(current => current - 1);
		else setLog(current => [...current, name]);
		return true;
	});
	return (
		<Box flexDirection="column">
			<Text>{`line ${line}`}</Text>
			{field ? <TextField focus value={text} onChange={setText} /> : undefined}
			<Text>{`text [${text}]`}</Text>
			<Text>{`view saw: ${log.join(' ')}`}</Text>
		</Box>
	);
}

let terminal: TestTerminal | undefined;
afterEach(() => {
	terminal?.unmount();
	terminal = undefined;
});

function open(field = false): TestTerminal {
	terminal = renderTerminal(<InputLayer><Probe field={field} /></InputLayer>, {columns: 80, rows: 10});
	return terminal;
}

describe('the input layer', () => {
	it('moves once per arrow when four arrows arrive in one read', async () => {
		const screen = open();
		screen.stdin.write(keys.down.repeat(4));
		await screen.waitFor('line 4');
		screen.stdin.write(keys.up + keys.down.repeat(3) + keys.up);
		await screen.waitFor('line 5');
	});

	it('feeds a read that arrives while an earlier burst is still being fed after it, in order', async () => {
		const screen = open(true);
		screen.stdin.write('abc');
		screen.stdin.write(`d${keys.backspace}${keys.backspace}e`);
		await screen.waitFor('text [abe]');
		screen.stdin.write(`${keys.down}${keys.down}fg${keys.enter}`);
		const frame = await screen.waitFor('view saw: enter');
		expect(frame).toContain('line 2');
		expect(frame).toContain('text [abefg]');
	});

	it('deletes one character per backspace of a burst', async () => {
		const screen = open(true);
		screen.stdin.write('resnet50');
		await screen.waitFor('text [resnet50]');
		screen.stdin.write(keys.backspace.repeat(2));
		await screen.waitFor('text [resnet]');
	});

	it('gives a paste cut across two reads to the field whole, with its commands as text', async () => {
		const screen = open(true);
		screen.stdin.write(`${pasteStart}hello D`);
		screen.stdin.write(`q${keys.enter}x${pasteEnd}`);
		const frame = await screen.waitFor('text [hello Dq x]');
		expect(frame).toMatch(/view saw:\s*$/);
	});

	it('keeps two pastes in one read apart and in order', async () => {
		const screen = open(true);
		screen.stdin.write(`${pasteStart}one${pasteEnd}${pasteStart} two${pasteEnd}!`);
		await screen.waitFor('text [one two!]');
	});

	it('hands a paste no field takes to the view as a paste, never as keys', async () => {
		const screen = open(false);
		screen.stdin.write(`${pasteStart}hello Dq${pasteEnd}`);
		const frame = await screen.waitFor('ignored paste');
		expect(frame).toContain('view saw: ignored paste "hello Dq"');
	});

	it('puts no tab into a field: two tabs in one read reach the view as two tabs', async () => {
		const screen = open(true);
		screen.stdin.write('4\t\t');
		const frame = await screen.waitFor('view saw: tab tab');
		expect(frame).toContain('text [4]');
	});

	it('asks handlers from the highest priority down and stops at the one that takes the key', async () => {
		const order: string[] = [];
		function Layers() {
			useKeyHandler(stroke => {
				order.push(`dialog ${stroke.name}`);
				return stroke.name === 'x';
			}, {priority: inputPriority.dialog});
			useKeyHandler(stroke => {
				order.push(`view ${stroke.name}`);
				return true;
			});
			return <Text>layers</Text>;
		}

		terminal = renderTerminal(<InputLayer><Layers /></InputLayer>, {columns: 40, rows: 5});
		await terminal.waitFor('layers');
		terminal.stdin.write('xy');
		await terminal.waitFor(() => order.length === 3);
		expect(order).toEqual(['dialog x', 'dialog y', 'view y']);
	});
});
