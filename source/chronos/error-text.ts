// Turns what Chronos (or whatever answers in front of it) sends with a failing status into one line a user
// can read. Chronos puts Java exception text and stack traces in its error bodies; proxies send HTML pages;
// a follower relaying the leader's failure sends nothing at all.
import {STATUS_CODES} from 'node:http';

/** The longest server text we keep for the "full text" view; a runaway body must not flood the screen. */
const maxDetailLength = 20_000;

export interface ServerErrorText {
	/** One line: the reason, without exception class names or `requirement failed:`. */
	line: string;
	/** The full text the server sent, when there is more than the line. */
	detail?: string;
}

export function describeErrorBody(status: number, body: string, contentType: string): ServerErrorText {
	const text = body.trim();
	const fallback = `Chronos answered ${statusLine(status)}`;
	if (text === '') {
		return {line: fallback};
	}

	const fromJson = messageFromJson(text);
	if (fromJson !== undefined) {
		const line = reasonFromJavaText(fromJson);
		return {line: line || fallback, detail: clip(fromJson)};
	}

	if (/html/i.test(contentType) || /^<(!doctype|html|head|body|h\d|title)\b/i.test(text)) {
		const heading = headingFromHtml(text);
		const line = heading ? withStatus(heading, status) : fallback;
		return {line, detail: clip(text)};
	}

	const line = reasonFromJavaText(text);
	return {line: line || fallback, detail: clip(text)};
}

/** `500 Internal Server Error`, using the standard phrase when the server sends none. */
export function statusLine(status: number): string {
	const phrase = STATUS_CODES[status];
	return phrase ? `${status} ${phrase}` : String(status);
}

/** `{"status": "Bad Request", "message": "..."}` is Chronos' error shape; anything else is not ours to read. */
function messageFromJson(text: string): string | undefined {
	if (!text.startsWith('{')) {
		return undefined;
	}

	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed && typeof parsed === 'object') {
			const {message, error} = parsed as {message?: unknown; error?: unknown};
			if (typeof message === 'string' && message.trim() !== '') {
				return message;
			}

			if (typeof error === 'string' && error.trim() !== '') {
				return error;
			}
		}
	} catch {
		// Not JSON after all; the caller treats it as plain text.
	}

	return undefined;
}

// `java.lang.IllegalArgumentException: ` and friends, possibly nested (`...Exception: scala.MatchError: x`).
const javaExceptionPrefix = /^(?:[a-z_$][\w$]*\.)+(?:[A-Z][\w$]*)?(?:Exception|Error)(?::\s*|$)/;

/** The first meaningful line of a Java-flavoured message: `Job 'x' not found`. */
export function reasonFromJavaText(text: string): string {
	for (const rawLine of text.split(/\r?\n/)) {
		let line = rawLine.trim();
		if (line === '' || line.startsWith('at ')) {
			continue;
		}

		let previous;
		do {
			previous = line;
			line = line
				.replace(javaExceptionPrefix, '')
				.replace(/^requirement failed:\s*/, '')
				.replace(/^error[,:]\s+/i, '')
				.trim();
		} while (line !== previous);

		if (line !== '') {
			return line.charAt(0).toUpperCase() + line.slice(1);
		}
	}

	return '';
}

function headingFromHtml(html: string): string | undefined {
	for (const tag of ['title', 'h1', 'h2']) {
		const match = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
		const text = match?.[1] ? decodeEntities(match[1].replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim() : '';
		if (text !== '') {
			return text;
		}
	}

	return undefined;
}

function withStatus(heading: string, status: number): string {
	return heading.includes(String(status)) ? heading : `${heading} (HTTP ${status})`;
}

function decodeEntities(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&');
}

function clip(text: string): string {
	return text.length > maxDetailLength ? `${text.slice(0, maxDetailLength)}\n… (cut)` : text;
}
