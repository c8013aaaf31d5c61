// The YAML library's error words ("Nested mappings are not allowed in compact mappings") name its grammar,
// not the mistake: each common one is said here as what to change in a job file.

const byCode: Record<string, (message: string) => string> = {
	TAB_AS_INDENT: () => 'a tab indents this line: YAML indents with spaces only',
	DUPLICATE_KEY: () => 'this field is written twice: keep one',
	BLOCK_AS_IMPLICIT_KEY: () =>
		"a field cannot start here: the field before it already has a value on its line; line the fields up, or quote a value that holds ': '",
	MULTILINE_IMPLICIT_KEY: () => 'a field name must fit on one line: line this field up with the others',
	BAD_INDENT: (message) =>
		/^Flow (sequence|map)/.test(message)
			? `a ${message.startsWith('Flow map') ? "'{' above is never closed: add the '}'" : "'[' above is never closed: add the ']'"}, or indent this line under its field`
			: 'this line is not lined up with the lines around it: indent it like its neighbours',
	MISSING_CHAR: (message) =>
		/quote/i.test(message)
			? 'this quoted text is never closed: add the closing quote'
			: `this ${/map/i.test(message) ? "'{'" : "'['"} is never closed: add the ${/map/i.test(message) ? "'}'" : "']'"}`,
	UNEXPECTED_TOKEN: () =>
		"this does not fit the structure around it: a list ('- item') and fields ('name: value') cannot share one level",
	BAD_DQ_ESCAPE: (message) =>
		`${message.replace(/^Invalid escape sequence/, 'the escape')} is not known in double quotes: write \\\\ for a backslash, or use single quotes`,
	BAD_SCALAR_START: (message) => `a value cannot start with ${message.slice(-1) === '@' ? "'@'" : "'`'"}: put it in quotes`,
};

export function yamlMessage(code: string, message: string): string {
	return byCode[code]?.(message) ?? message;
}

export function unresolvedAliasMessage(name: string): string {
	return `*${name} refers to no anchor: write &${name} on a value above it, or the value itself`;
}

export function aliasBombMessage(name: string, limit: number): string {
	return `the aliases starting with *${name} repeat values more than ${limit} times: that is an alias bomb, not a job; write the values out`;
}
