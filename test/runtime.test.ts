import {test, expect} from 'vitest';

// Every npm script runs on the Node pinned through the `node` devDependency, not the machine's own.
test('tests run on the pinned Node 24 runtime', () => {
	expect(process.versions.node.split('.')[0]).toBe('24');
});
