// The README's key tables say what `?` says: for every view, the same keys with the same descriptions,
// taken from the keymap tables that drive the keys themselves.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {formatKeys} from '../../source/ui/keymap.js';
import type {KeyBinding} from '../../source/ui/keymap-types.js';
import {keysOf, modeTitles, type ModeKind} from '../../source/ui/modes.js';
import {wizardKeymap} from '../../source/ui/wizard/keymap.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Views sharing one table are listed under one heading ("help, full text"). */
function views(): Array<{title: string; table: ReadonlyArray<KeyBinding>}> {
	const groups: Array<{kinds: ModeKind[]; table: ReadonlyArray<KeyBinding>}> = [];
	for (const kind of Object.keys(modeTitles) as ModeKind[]) {
		const table = kind === 'wizard' ? wizardKeymap : keysOf(kind);
		const group = groups.find(candidate => candidate.table === table);
		if (group) {
			group.kinds.push(kind);
		} else {
			groups.push({kinds: [kind], table});
		}
	}

	return groups.map(({kinds, table}) => ({title: kinds.map(kind => modeTitles[kind]).join(', '), table}));
}

function markdownTable(title: string, table: ReadonlyArray<KeyBinding>): string {
	return [
		`| key | ${title} |`,
		'|---|---|',
		...table.map(binding => `| \`${formatKeys(binding)}\` | ${binding.description.replaceAll('|', '\\|')} |`),
	].join('\n');
}

/** Every table of the README whose first column is "key", by its title. */
function readmeTables(): Map<string, string> {
	const tables = new Map<string, string>();
	for (const match of readme.matchAll(/^\| key \| (.+) \|\n\|---\|---\|\n(?:\|.*\|\n?)*/gm)) {
		tables.set(match[1]!, match[0].trimEnd());
	}

	return tables;
}

describe('README key tables', () => {
	it('match the `?` help of every view, key for key and word for word', () => {
		const expected = views().map(({title, table}) => markdownTable(title, table));
		const found = readmeTables();
		const missing = expected.filter(table => found.get(table.split('\n')[0]!.slice('| key | '.length, -' |'.length)) !== table);
		expect(missing, `Put these tables in the README:\n\n${missing.join('\n\n')}\n`).toEqual([]);
		expect([...found.keys()].sort()).toEqual(views().map(view => view.title).sort());
	});
});
