// The credentials this process holds, so that no text a server or a library sends back can carry them into
// an error, a log or the screen. Secrets are kept out of text where it is made; this is the net under that,
// and it masks only what cannot be there by chance: a whole occurrence of a secret long enough to be one,
// never a few letters inside another word (password `x` must not turn `RuntimeException` into
// `RuntimeE***ception`, which would both garble the text and give the password away).

/** Shorter secrets are common words or parts of them; masking them would hide text and reveal the secret. */
export const shortestMaskedSecret = 4;

const mask = '***';
const secrets = new Set<string>();

/**
 * Remembers a secret for `withoutSecrets`. `always` masks it whatever its length: for texts that cannot
 * appear by chance, such as `user:password` or an Authorization token.
 */
export function keepSecret(secret: string | undefined, always = false): void {
	if (secret !== undefined && secret.length > 0 && (always || secret.length >= shortestMaskedSecret)) {
		secrets.add(secret);
	}
}

/** For tests: forget every secret. */
export function forgetSecrets(): void {
	secrets.clear();
}

const wordCharacter = /[\p{L}\p{N}_]/u;

/** The text with every whole occurrence of a known secret replaced by `***`. */
export function withoutSecrets(text: string): string {
	let result = text;
	// Longest first, so `user:password` is masked as one before `password` alone is looked for.
	for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
		result = maskWhole(result, secret);
	}

	return result;
}

function maskWhole(text: string, secret: string): string {
	let result = '';
	let from = 0;
	for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
		if (at < from || !isWhole(text, secret, at)) {
			continue;
		}

		result += text.slice(from, at) + mask;
		from = at + secret.length;
	}

	return from === 0 ? text : result + text.slice(from);
}

/** Not glued to a letter or digit on a side where the secret itself starts or ends with one. */
function isWhole(text: string, secret: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 2), at);
	const after = text.slice(at + secret.length, at + secret.length + 2);
	const lastBefore = [...before].at(-1) ?? '';
	const firstAfter = [...after][0] ?? '';
	const glued = (outside: string, inside: string) => wordCharacter.test(outside) && wordCharacter.test(inside);
	return !glued(lastBefore, secret[0]!) && !glued(firstAfter, secret.at(-1)!);
}
