// The bodies real Chronos (Jersey on Jetty) sends when something goes wrong, so clients meet the real shapes:
// a JSON ApiResult whose message is usually a Java stack trace, or Jetty's HTML error page.

export type ErrorBody =
	/** `legacyText`: what 2.x sent instead, the bare exception message as the whole body. */
	| {kind: 'json'; status: number; message: string; legacyText?: string}
	| {kind: 'html'; status: number; reason: string}
	| {kind: 'empty'; status: number};

/** Thrown inside route handlers; the server turns it into the matching response. */
export class ChronosHttpError extends Error {
	constructor(readonly body: ErrorBody) {
		super(body.kind === 'json' ? body.message : body.kind === 'html' ? body.reason : String(body.status));
	}
}

// Chronos answers failed `require(...)` checks with the whole stack trace of the exception.
function javaStackTrace(exceptionClass: string, message: string, frames: string[]): string {
	return [`${exceptionClass}: ${message}`, ...frames.map((frame) => `\tat ${frame}`)].join('\n');
}

const resourceFrames = [
	'scala.Predef$.require(Predef.scala:224)',
	'org.apache.mesos.chronos.scheduler.api.JobManagementResource.trigger(JobManagementResource.scala:147)',
	'sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)',
	'com.sun.jersey.server.impl.application.WebApplicationImpl._handleRequest(WebApplicationImpl.java:1542)',
	'org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:97)',
];

/** 400 for a failed `require(cond, reason)`: `requirement failed: <reason>` with a stack trace. */
export function requirementFailed(reason: string): ChronosHttpError {
	return new ChronosHttpError({
		kind: 'json',
		status: 400,
		message: javaStackTrace('java.lang.IllegalArgumentException', `requirement failed: ${reason}`, resourceFrames),
		legacyText: `requirement failed: ${reason}`,
	});
}

/** 400 with a plain message (the schedule checks answer without a stack trace). */
export function badRequest(message: string): ChronosHttpError {
	return new ChronosHttpError({kind: 'json', status: 400, message});
}

/** 500 with the JSON body Chronos sends for an unexpected exception inside a handler. */
export function internalError(exceptionClass: string, message: string): ChronosHttpError {
	return new ChronosHttpError({
		kind: 'json',
		status: 500,
		message: javaStackTrace(exceptionClass, message, resourceFrames.slice(1)),
	});
}

/** Jetty's own HTML page: body that is not JSON, a job without a name, unknown paths. */
export function htmlError(status: number, reason: string): ChronosHttpError {
	return new ChronosHttpError({kind: 'html', status, reason});
}

export function statusText(status: number): string {
	const texts: Record<number, string> = {
		400: 'Bad Request',
		401: 'Unauthorized',
		404: 'Not Found',
		405: 'Method Not Allowed',
		415: 'Unsupported Media Type',
		500: 'Internal Server Error',
	};
	return texts[status] ?? 'Error';
}

export function jettyErrorPage(status: number, path: string, reason: string): string {
	return [
		'<html>',
		'<head>',
		'<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>',
		`<title>Error ${status} ${escapeHtml(reason)}</title>`,
		'</head>',
		'<body><h2>HTTP ERROR ' + status + '</h2>',
		`<p>Problem accessing ${escapeHtml(path)}. Reason:`,
		`<pre>    ${escapeHtml(reason)}</pre></p><hr><i><small>Powered by Jetty://</small></i><hr/>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
