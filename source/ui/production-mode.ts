// React's development build checks and profiles every render (several times slower with thousands of jobs).
// A user runs the program, not a React app under development, so unless NODE_ENV says otherwise, React
// loads its production build. Node runs CommonJS packages such as react while it links the ES modules that
// import them, so this must run before react is imported at all: the dashboard imports ink and its views
// dynamically, after calling it.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

export function preferProductionReact(): void {
	// React and its renderer must come from the same build: once React is loaded (another path got there
	// first), switching now would pair them wrongly, so the choice already made stands.
	const reactLoaded = Object.keys(require.cache).some(path => /[/\\]node_modules[/\\]react[/\\]/.test(path));
	if (!reactLoaded) {
		process.env['NODE_ENV'] ??= 'production';
	}
}
