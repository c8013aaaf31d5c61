// Every test file runs with XDG folders of its own. Without them a test that leaves the wizard (which keeps the
// draft by default), saves a template or fills a cache writes into the home folder of whoever runs the suite,
// and the next real `chronos-tui new` there offers to resume a test's draft. A test that needs particular
// folders still sets its own; this only makes sure the default is never the user's.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';

const folders = {XDG_STATE_HOME: 'state', XDG_CONFIG_HOME: 'config', XDG_CACHE_HOME: 'cache'} as const;
const root = mkdtempSync(path.join(tmpdir(), 'chronos-tui-test-home-'));
const saved = new Map<string, string | undefined>();
for (const [variable, folder] of Object.entries(folders)) {
	saved.set(variable, process.env[variable]);
	process.env[variable] = path.join(root, folder);
}

afterAll(() => {
	for (const [variable, value] of saved) {
		if (value === undefined) delete process.env[variable];
		else process.env[variable] = value;
	}
	rmSync(root, {recursive: true, force: true});
});
