// Seeded generators of hostile input: job documents and server answers with wrong types, nulls, huge and
// deep values, escape sequences and a secret where an error could echo it. The same seed gives the same
// input, so a failure can be replayed.

/** mulberry32: small, fast and good enough to pick cases. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * What a terminal must never receive raw: C0 controls but tab and line feed, DEL, C1 controls, and the bidi
 * overrides and isolates that show text in another order than it is.
 */
export const rawControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** The password of the fuzzed client; servers echo it in places only errors could carry it from. */
export const secret = 'fuzz-Secret-pw-4417';

export const hostileTexts = [
	'\u001B]52;c;SGVsbG8gY2xpcGJvYXJk\u0007',
	'\u001B]0;owned title\u0007',
	'\u001B[2J\u001B[H',
	'\u001B[?1049l',
	'\u001B[31mred\u001B[0m',
	'\u009B2J',
	'\u202Eevil\u202C',
	'\u0000nul\u0008back\r\ncr',
	'tab\there',
	'',
	'   ',
	'ünïcödé 日本語 🧪',
	'x'.repeat(20_000),
	'R1//P1Y',
	'/lustre/home/alice',
	'registry-clustergpu.recas.ba.infn.it/a/b:1',
	'{"not": "json"',
	'*alias &anchor !!tag',
] as const;

const jobFields = [
	'name', 'command', 'shell', 'arguments', 'schedule', 'scheduleTimeZone', 'parents', 'epsilon', 'retries', 'cpus', 'mem',
	'disk', 'gpus', 'container', 'environmentVariables', 'runAsUser', 'owner', 'ownerName', 'description', 'disabled',
	'concurrent', 'softError', 'highPriority', 'maxCompletionTime', 'constraints', 'uris', 'fetch', 'executor',
	'successCount', 'errorCount', 'lastSuccess', 'lastError', 'errorsSinceLastSuccess', 'unknownField',
] as const;

export function hostileValue(random: Random, depth = 0): unknown {
	const choice = random();
	if (depth > 3 || choice < 0.35) {
		return pick(random, [null, true, false, 0, -1, 0.5, 1e20, 1e308, 42, -0, ...hostileTexts]);
	}

	if (choice < 0.55) {
		return Array.from({length: Math.floor(random() * 4)}, () => hostileValue(random, depth + 1));
	}

	if (choice < 0.6) {
		// Deeper than any job may be (64 levels): 70 levels of lists or objects.
		let value: unknown = pick(random, hostileTexts);
		for (let level = 0; level < 70; level++) value = random() < 0.5 ? [value] : {deep: value};
		return value;
	}

	if (choice < 0.8) {
		return {
			type: hostileValue(random, depth + 1),
			image: hostileValue(random, depth + 1),
			volumes: [hostileValue(random, depth + 1), {containerPath: hostileValue(random, depth + 2), hostPath: '/lustre/a', mode: hostileValue(random, depth + 2)}],
			name: hostileValue(random, depth + 1),
			value: hostileValue(random, depth + 1),
		};
	}

	return Object.fromEntries(Array.from({length: Math.floor(random() * 4)}, () => [pick(random, jobFields), hostileValue(random, depth + 1)]));
}

/** A job document: usually shaped like a job, with some fields hostile. */
export function hostileJob(random: Random, name?: string): Record<string, unknown> {
	const job: Record<string, unknown> = {
		name: name ?? (random() < 0.8 ? `alice-fuzz-${Math.floor(random() * 1e6)}` : hostileValue(random)),
		command: random() < 0.7 ? `echo ${pick(random, hostileTexts).slice(0, 40)}` : hostileValue(random),
		schedule: random() < 0.6 ? 'R1//P1Y' : hostileValue(random),
		container: random() < 0.6 ? {type: 'mesos', image: 'registry-clustergpu.recas.ba.infn.it/a/b:1'} : hostileValue(random),
	};
	for (let count = Math.floor(random() * 6); count > 0; count--) {
		job[pick(random, jobFields)] = hostileValue(random);
	}

	return job;
}

/** A job text as a user might hand it in: JSON, YAML-ish, or either cut and spliced with hostile bytes. */
export function hostileJobText(random: Random, stringifyYaml: (value: unknown) => string): {text: string; extension: string} {
	const job = hostileJob(random);
	const json = random() < 0.7;
	let text = json ? JSON.stringify(job, null, random() < 0.5 ? 2 : undefined) : stringifyYaml(job);
	if (random() < 0.3) {
		const at = Math.floor(random() * text.length);
		text = text.slice(0, at) + pick(random, hostileTexts).slice(0, 200) + text.slice(at + Math.floor(random() * 20));
	}

	if (random() < 0.05) {
		text = `${'['.repeat(5000)}${text}`;
	}

	return {text, extension: json ? '.json' : '.yaml'};
}
