// The Review step shows the exact document that will be sent: a long command wraps under itself instead of
// being cut at the edge of an 80-column terminal.
import {afterEach, describe, expect, it} from 'vitest';
import {InputLayer} from '../../../source/ui/input/InputLayer.js';
import {ReviewStep} from '../../../source/ui/wizard/steps/ReviewStep.js';
import {renderTerminal, type TestTerminal} from '../terminal.js';

let terminal: TestTerminal | undefined;

afterEach(() => {
	terminal?.unmount();
	terminal = undefined;
});

const command = 'cd /lustre/home/rosa/experiments/resnet50 && python3 train.py --epochs 90 --batch-size 256 --lr 0.1 --output /lustre/home/rosa/runs/resnet50-final';

describe('review JSON', () => {
	it('wraps a long command within 80 columns, every character on screen', async () => {
		const json = JSON.stringify({name: 'rosa-resnet50', command, cpus: 8}, null, 2);
		// Its keys come through the program's input layer, as in the wizard.
		terminal = renderTerminal(
			<InputLayer>
				<ReviewStep
				json={json}
				curl="curl -u rosa -H 'Content-Type: application/json' --data @rosa-resnet50.json https://chronos.example/v1/scheduler/iso8601"
				problems={[]}
				valid
				submit={{state: 'idle'}}
				defaultPath={format => `rosa-resnet50.${format}`}
				onSubmit={() => {}}
				onSave={() => undefined}
				onBack={() => {}}
				onCancel={() => {}}
				onDone={() => {}}
				/>
			</InputLayer>,
			{columns: 80, rows: 40},
		);
		const frame = await terminal.waitFor('"cpus": 8');
		const lines = frame.split('\n');
		expect(lines.every(line => [...line].length <= 80)).toBe(true);
		const start = lines.findIndex(line => line.includes('"command"'));
		const end = lines.findIndex(line => line.includes('"cpus"'));
		const shown = lines.slice(start, end).map(line => line.trim()).join(' ');
		expect(shown.replaceAll(' ', '')).toContain(JSON.stringify(command).replaceAll(' ', ''));
		expect(lines[start + 1]).toMatch(/^ {4}\S/);
	});
});
