import {test, expect} from 'vitest';

// Every npm script runs on the Node pinned through the `node` devDependency, not the machine's own.
test('tests run on the pinned Node 24 runtime', () => {
	expect(process.versions.node.split('.')[0]).toBe('24');
});

// A test that leaves the wizard keeps its draft; it must land in a folder of the suite's, never in the drafts
// the person running the suite would be offered by their next `chronos-tui new`.
test('tests never use the XDG folders of whoever runs them', async () => {
	const {draftsDirectory} = await import('../source/ui/wizard/draft-store.js');
	const {homedir, tmpdir} = await import('node:os');
	expect(draftsDirectory().startsWith(tmpdir())).toBe(true);
	for (const variable of ['XDG_STATE_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) {
		expect(process.env[variable]?.startsWith(homedir())).toBe(false);
	}
});
