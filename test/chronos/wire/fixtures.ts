// Answers of a real Chronos 3.0.x, written from its source (mesos/chronos v3.0.2) rather than produced by our
// emulator, so the emulator is not both the fixture and the judge of the client:
// - handlers catch IllegalArgumentException as 400 and anything else as 500, each with
//   `new ApiResult(ExceptionUtils.getStackTrace(ex))`, serialised by ApiResultSerializer as {status, message}
//   (JobManagementResource.scala, ApiResultSerializer.scala);
// - `require(..., "Job '%s' not found")` is how unknown jobs fail, so the message starts with
//   `java.lang.IllegalArgumentException: requirement failed:` and goes on with the stack trace;
// - creating, running, killing and deleting answer `Response.noContent()`: 204 and no body;
// - a follower relays the leader's status and headers but, when the leader's body cannot be read (any 4xx or
//   5xx), writes no body at all (RedirectFilter.scala);
// - with --http_credentials the HTTP layer (mesosphere chaos on Jetty) answers 401 with
//   `WWW-Authenticate: basic realm="Mesosphere"` and Jetty's HTML error page;
// - 2.x serves the same handlers under /scheduler/ and has no /jobs/summary.

export interface WireFixture {
	/** What the answer is, in a few words. */
	name: string;
	request: {method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string};
	response: {status: number; headers: Record<string, string>; body: string};
}

const stackTrace = (reason: string, method: string) =>
	[
		`java.lang.IllegalArgumentException: requirement failed: ${reason}`,
		'\tat scala.Predef$.require(Predef.scala:224)',
		`\tat org.apache.mesos.chronos.scheduler.api.JobManagementResource.${method}(JobManagementResource.scala:178)`,
		'\tat sun.reflect.GeneratedMethodAccessor61.invoke(Unknown Source)',
		'\tat com.sun.jersey.spi.container.JavaMethodInvokerFactory$1.invoke(JavaMethodInvokerFactory.java:60)',
		'',
	].join('\n');

export const jettyUnauthorizedPage = [
	'<html>',
	'<head>',
	'<meta http-equiv="Content-Type" content="text/html;charset=ISO-8859-1"/>',
	'<title>Error 401 Unauthorized</title>',
	'</head>',
	'<body><h2>HTTP ERROR 401</h2>',
	'<p>Problem accessing /v1/scheduler/jobs. Reason:',
	'<pre>    Unauthorized</pre></p><hr><i><small>Powered by Jetty://</small></i><hr/>',
	'',
	'</body>',
	'</html>',
	'',
].join('\n');

export const wireFixtures = {
	unauthorized: {
		name: '401 from the HTTP layer when the password is wrong',
		request: {method: 'GET', path: '/v1/scheduler/jobs'},
		response: {
			status: 401,
			headers: {'www-authenticate': 'basic realm="Mesosphere"', 'content-type': 'text/html;charset=ISO-8859-1'},
			body: jettyUnauthorizedPage,
		},
	},
	created: {
		name: '204 with no body for a created job',
		request: {method: 'POST', path: '/v1/scheduler/iso8601'},
		response: {status: 204, headers: {}, body: ''},
	},
	unknownJob: {
		name: '400 requirement failed, with the stack trace, for an unknown job',
		request: {method: 'GET', path: '/v1/scheduler/job/alice-nope'},
		response: {
			status: 400,
			headers: {'content-type': 'application/json'},
			body: JSON.stringify({status: 'Bad Request', message: stackTrace("Job 'alice-nope' not found", 'trigger')}),
		},
	},
	relayedUnknownJob: {
		name: 'the same 400 relayed by a follower: status and headers, no body',
		request: {method: 'GET', path: '/v1/scheduler/job/alice-nope'},
		response: {status: 400, headers: {'content-type': 'application/json'}, body: ''},
	},
	markedUnknown: {
		name: 'marking an unknown job successful: 200 and false',
		request: {method: 'PUT', path: '/v1/scheduler/job/success/alice-nope'},
		response: {status: 200, headers: {'content-type': 'application/json'}, body: 'marked job alice-nope as successful: false'},
	},
	legacyNotFound: {
		name: '2.x: nothing under /v1/scheduler/',
		request: {method: 'GET', path: '/v1/scheduler/leader'},
		response: {status: 404, headers: {'content-type': 'text/html;charset=ISO-8859-1'}, body: '<html><body><h2>HTTP ERROR 404</h2></body></html>'},
	},
} as const satisfies Record<string, WireFixture>;
