// What counts as a Chronos address: http or https, a host, and no credentials written into it.

const credentialsInUrl = 'the URL must not contain a username or password; set "user" and passwordFile or passwordCommand instead';

export type UrlCheck = {ok: true; url: string} | {ok: false; message: string};

export function checkChronosUrl(text: string): UrlCheck {
	const trimmed = text.trim();
	if (trimmed === '') {
		return {ok: false, message: 'the URL is empty; expected something like http://host:4400'};
	}

	// Checked first, so no later message can repeat a password typed into the URL.
	if (/^(?:[a-z][a-z\d+.-]*:\/\/)?[^/@\s]*@/i.test(trimmed)) {
		return {ok: false, message: credentialsInUrl};
	}

	// `host:4400` without a scheme is the most common slip; URL() would read `host:` as the scheme.
	const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : undefined;
	if (!withScheme) {
		return {ok: false, message: `"${trimmed}" has no http:// or https:// in front; try http://${trimmed}`};
	}

	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return {ok: false, message: `"${trimmed}" is not a valid URL; expected something like http://host:4400`};
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return {ok: false, message: `"${trimmed}" must start with http:// or https://`};
	}

	if (url.hostname === '') {
		return {ok: false, message: `"${trimmed}" has no host name`};
	}

	if (url.username || url.password) {
		return {ok: false, message: credentialsInUrl};
	}

	if (url.search || url.hash) {
		return {ok: false, message: `"${trimmed}" must not have a query or fragment; give just the address of Chronos`};
	}

	return {ok: true, url: url.toString().replace(/\/+$/, '')};
}

/** Usernames end up in basic auth (where `:` splits user from password) and at the front of job names. */
export function checkUserName(user: string): string | undefined {
	if (user.trim() === '') {
		return 'the username is empty';
	}

	if (/[\s:]/.test(user) || /[\u0000-\u001f]/.test(user)) {
		return `username "${user}" must not contain spaces or ":"`;
	}

	return undefined;
}
