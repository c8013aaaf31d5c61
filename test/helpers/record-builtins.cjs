// Preloaded into the program (NODE_OPTIONS=--require): at exit, writes the Node modules it loaded, one per
// line, to the file named by RECORD_BUILTINS_TO.
const {writeFileSync} = require('node:fs');

process.on('exit', () => {
	const loaded = process.moduleLoadList.filter(entry => entry.startsWith('NativeModule ')).map(entry => entry.slice('NativeModule '.length));
	writeFileSync(process.env.RECORD_BUILTINS_TO, `${loaded.join('\n')}\n`);
});
