import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		dir: 'test',
		// Nothing a test does may read or write the XDG folders of whoever runs the suite (isolated-home.ts).
		setupFiles: ['test/helpers/isolated-home.ts'],
	},
});
