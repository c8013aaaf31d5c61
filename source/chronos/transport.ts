// One HTTP exchange with Chronos through got: basic auth built here (never in the URL), an optional CA file,
// a request timeout, retries for idempotent GETs only, and credentials kept off redirects to other hosts.
// Every failure leaves this file as a ChronosError with one line a user can act on.
import type {ClientRequest} from 'node:http';
import {readFile} from 'node:fs/promises';
import got, {HTTPError, RequestError, type Method, type OptionsOfTextResponseBodyWrapped} from 'got';
import {ChronosError} from './errors.js';
import {describeErrorBody, statusLine} from './error-text.js';
import {keepSecret} from '../text/secrets.js';
import {ignoredProxyNotice, proxyAgents, type ProxyAgents} from './proxy.js';

export interface TransportOptions {
	/** Base URL without credentials, e.g. `http://host:4400` or `https://proxy/chronos`. */
	url: string;
	user?: string;
	password?: string;
	/** Where the password came from, for the message when Chronos refuses it: `password from CHRONOS_PASSWORD`. */
	passwordOrigin?: string;
	caFile?: string;
	timeoutMs: number;
	retries: number;
	/** Larger answers are cut off and refused, so a runaway server cannot fill the memory. */
	maxResponseBytes: number;
	/** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read; the process environment when not given. */
	proxyEnv?: NodeJS.ProcessEnv;
}

export interface ChronosRequest {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	/** Path below the base URL, starting with `/`. */
	path: string;
	searchParams?: Record<string, string>;
	json?: unknown;
}

export interface ChronosResponse {
	status: number;
	body: string;
	contentType: string;
}

/** Takes a successful answer's body piece by piece as it arrives; a new one for every attempt. */
export interface BodySink {
	write(chunk: Buffer): void;
	end(): void;
}

// Transient failures worth another GET: a dropped connection, a DNS hiccup, a proxy or leader in transition.
const retryErrorCodes = ['ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH'];
const retryStatusCodes = [408, 429, 502, 503, 504];

const networkReasons: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'name lookup failed',
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	ECONNABORTED: 'connection aborted',
};

export class ChronosTransport {
	readonly url: string;
	/** A proxy variable that applies to this URL but cannot be used, in one line; see proxy.ts. */
	readonly proxyNotice?: string;
	private readonly origin: string;
	private authorization?: string;
	private password?: string;
	private passwordOrigin?: string;
	private certificateAuthority?: Promise<Buffer>;
	private readonly agents?: ProxyAgents;
	private noteFirstSent?: () => void;
	/** Settles once a request of this transport has been handed whole to the operating system. */
	readonly firstRequestSent = new Promise<void>(resolve => {
		this.noteFirstSent = resolve;
	});

	constructor(private readonly options: TransportOptions) {
		this.url = options.url;
		this.origin = new URL(options.url).origin;
		this.agents = proxyAgents(options.proxyEnv ?? process.env);
		this.proxyNotice = ignoredProxyNotice(options.proxyEnv ?? process.env, options.url);
		this.passwordOrigin = options.passwordOrigin;
		if (options.user !== undefined || options.password !== undefined) {
			this.setCredentials(options.password);
		}
	}

	/** Later requests send this password instead; `origin` names it when Chronos refuses it too. */
	usePassword(password: string, origin: string): void {
		this.passwordOrigin = origin;
		this.setCredentials(password);
	}

	/** Only the first request is watched: once one has left, later ones add nothing to wait for. */
	private readonly watchSending = (request: ClientRequest): void => {
		const noteSent = this.noteFirstSent;
		if (noteSent === undefined) return;
		request.once('finish', () => {
			this.noteFirstSent = undefined;
			noteSent();
		});
	};

	private setCredentials(password: string | undefined): void {
		const {user = ''} = this.options;
		const token = Buffer.from(`${user}:${password ?? ''}`, 'utf8').toString('base64');
		this.password = password;
		this.authorization = `Basic ${token}`;
		// Every ChronosError masks these, whatever a server echoes back and wherever the error is made.
		keepSecret(password);
		keepSecret(`${user}:${password ?? ''}`, true);
		keepSecret(token, true);
	}

	async send(request: ChronosRequest): Promise<ChronosResponse> {
		const label = `${request.method} ${request.path}`;
		const abort = new AbortController();
		let tooLarge = false;
		try {
			const pending = got(this.url + request.path, {...(await this.gotOptions(request)), signal: abort.signal});
			pending.on('request', this.watchSending);
			pending.on('downloadProgress', ({transferred, total}) => {
				if (transferred > this.options.maxResponseBytes || (total ?? 0) > this.options.maxResponseBytes) {
					tooLarge = true;
					abort.abort();
				}
			});
			const response = await pending;
			return {
				status: response.statusCode,
				body: response.body,
				contentType: String(response.headers['content-type'] ?? ''),
			};
		} catch (error) {
			throw tooLarge ? this.tooLargeError(label) : this.toChronosError(error, label);
		}
	}

	/**
	 * The request, its successful answer's body handed to `openSink()` as it arrives instead of kept whole: a
	 * big job list then never exists as one piece. Failures, retries and limits are those of `send`.
	 */
	async receive(request: ChronosRequest, openSink: () => BodySink): Promise<{status: number; contentType: string}> {
		const label = `${request.method} ${request.path}`;
		const retries = request.method === 'GET' ? this.options.retries : 0;
		for (let attempt = 1; ; attempt++) {
			try {
				return await this.receiveOnce(request, openSink, label);
			} catch (error) {
				if (attempt > retries || !isWorthRetrying(error)) throw this.toChronosError(error, label);
			}

			await new Promise(resolve => setTimeout(resolve, Math.min(retryDelayMs * 2 ** (attempt - 1), retryDelayLimitMs)));
		}
	}

	private async receiveOnce(request: ChronosRequest, openSink: () => BodySink, label: string): Promise<{status: number; contentType: string}> {
		const {responseType: _text, resolveBodyOnly: _whole, ...options} = await this.gotOptions(request);
		// Retries are made above, with a new sink each; an answer that is not 2xx is read whole and judged as `send` does.
		const stream = got.stream(this.url + request.path, {...options, retry: {limit: 0}, throwHttpErrors: false});
		stream.on('request', this.watchSending);
		const limit = this.options.maxResponseBytes;
		return new Promise((resolve, reject) => {
			let status = 0;
			let contentType = '';
			let sink: BodySink | undefined;
			const refused: Buffer[] = [];
			let received = 0;
			const tooLarge = () => {
				stream.destroy();
				reject(this.tooLargeError(label));
			};
			stream.once('response', (response: {statusCode: number; headers: Record<string, string | string[] | undefined>}) => {
				status = response.statusCode;
				contentType = String(response.headers['content-type'] ?? '');
				if (Number(response.headers['content-length'] ?? 0) > limit) {
					tooLarge();
				} else if (status >= 200 && status < 300) {
					sink = openSink();
				}
			});
			stream.on('data', (chunk: Buffer) => {
				received += chunk.length;
				if (received > limit) {
					tooLarge();
				} else if (sink) {
					sink.write(chunk);
				} else {
					refused.push(chunk);
				}
			});
			stream.once('end', () => {
				if (sink) {
					sink.end();
					resolve({status, contentType});
				} else {
					reject(new RefusedAnswer(status, Buffer.concat(refused).toString('utf8'), contentType));
				}
			});
			stream.once('error', reject);
		});
	}

	/** The CA file is read once, on first use, and shared by every later request. */
	private async readCertificateAuthority(): Promise<Buffer | undefined> {
		const {caFile} = this.options;
		if (caFile === undefined) {
			return undefined;
		}

		this.certificateAuthority ??= readFile(caFile).catch((error: NodeJS.ErrnoException) => {
			this.certificateAuthority = undefined;
			throw new ChronosError('tls', `cannot read the CA file ${caFile} (${error.code ?? error.message})`, {
				url: this.url,
			});
		});
		return this.certificateAuthority;
	}

	private async gotOptions(request: ChronosRequest): Promise<OptionsOfTextResponseBodyWrapped> {
		const ca = await this.readCertificateAuthority();
		const headers: Record<string, string> = {accept: 'application/json, text/plain;q=0.9, */*;q=0.1'};
		if (this.authorization) {
			headers.authorization = this.authorization;
		}

		return {
			method: request.method as Method,
			headers,
			...(request.searchParams ? {searchParams: request.searchParams} : {}),
			...(request.json === undefined ? {} : {json: request.json}),
			responseType: 'text',
			resolveBodyOnly: false,
			throwHttpErrors: true,
			followRedirect: true,
			maxRedirects: 5,
			timeout: {request: this.options.timeoutMs},
			retry: {
				limit: request.method === 'GET' ? this.options.retries : 0,
				methods: ['GET'],
				statusCodes: retryStatusCodes,
				errorCodes: retryErrorCodes,
				backoffLimit: 2000,
			},
			...(ca ? {https: {certificateAuthority: ca}} : {}),
			...(this.agents ? {agent: this.agents} : {}),
			hooks: {
				beforeRedirect: [
					(next) => {
						// Credentials belong to the Chronos host the user configured, never to a host a redirect names.
						if (next.url instanceof URL && next.url.origin !== this.origin) {
							delete next.headers.authorization;
						}
					},
				],
			},
		};
	}

	/** Reading stops at the limit: a runaway answer costs the limit in memory, not the machine. */
	private tooLargeError(label: string): ChronosError {
		const limit = `${Math.round(this.options.maxResponseBytes / 1024 / 1024)} MB`;
		return new ChronosError('malformed', `Chronos at ${this.url} sent a response too large to read (over ${limit}; maxResponseMegabytes in the config raises the limit)`, {
			url: this.url,
			detail: `${label}: response too large (over ${this.options.maxResponseBytes} bytes)`,
		});
	}

	/** An answer with a status that is not 2xx, in one line; its body (Chronos' message, a proxy's page) as the detail. */
	private statusError(status: number, body: string, contentType: string, label: string): ChronosError {
		const url = this.url;
		if (status === 401) {
			const message =
				this.password === undefined
					? `Chronos at ${url} asks for a password and none was given (set passwordFile or passwordCommand in the config, or CHRONOS_PASSWORD)`
					: `wrong username or password for ${url}${this.passwordOrigin ? ` (${this.passwordOrigin})` : ''}`;
			return new ChronosError('auth', message, {status: 401, url});
		}

		const text = describeErrorBody(status, body, contentType);
		return new ChronosError('http', text.line, {
			status,
			url,
			detail: `${label}: ${statusLine(status)}${text.detail ? `\n${text.detail}` : ''}`,
		});
	}

	private toChronosError(error: unknown, label: string): ChronosError {
		if (error instanceof ChronosError) {
			return error;
		}

		const url = this.url;
		if (error instanceof HTTPError) {
			const body = typeof error.response.body === 'string' ? error.response.body : '';
			return this.statusError(error.response.statusCode, body, String(error.response.headers['content-type'] ?? ''), label);
		}

		if (error instanceof RefusedAnswer) {
			return this.statusError(error.status, error.body, error.contentType, label);
		}

		if (error instanceof RequestError) {
			const code = error.code;
			if (error.name === 'TimeoutError' || code === 'ETIMEDOUT') {
				return new ChronosError('timeout', `Chronos at ${url} did not answer within ${formatSeconds(this.options.timeoutMs)}`, {
					url,
					detail: `${label}: no answer within ${this.options.timeoutMs} ms`,
				});
			}

			if (error.name === 'MaxRedirectsError') {
				return new ChronosError('http', `Chronos at ${url} redirected too many times`, {url, detail: label});
			}

			if (isTlsFailure(code, error.message)) {
				return new ChronosError('tls', `cannot make a secure connection to ${url} (${tlsReason(error)})`, {
					url,
					detail: `${label}: ${code}: ${error.message}`,
				});
			}

			const reason = networkReasons[code] ?? (/hang up/i.test(error.message) ? 'connection closed' : undefined);
			if (reason) {
				return new ChronosError('unreachable', `cannot reach Chronos at ${url} (${reason})`, {
					url,
					detail: `${label}: ${code}: ${error.message}`,
				});
			}

			return new ChronosError('unreachable', `cannot reach Chronos at ${url} (${code || error.message})`, {
				url,
				detail: `${label}: ${error.message}`,
			});
		}

		const message = error instanceof Error ? error.message : String(error);
		return new ChronosError('unreachable', `cannot reach Chronos at ${url} (${message})`, {url, detail: label});
	}
}

/** A non-2xx answer read whole by `receive`, as got's HTTPError is for `send`. */
class RefusedAnswer extends Error {
	constructor(
		readonly status: number,
		readonly body: string,
		readonly contentType: string,
	) {
		super(statusLine(status));
	}
}

// got's own backoff for `send`: one second, doubling, at most two.
const retryDelayMs = 1000;
const retryDelayLimitMs = 2000;

function isWorthRetrying(error: unknown): boolean {
	if (error instanceof RefusedAnswer) return retryStatusCodes.includes(error.status);
	return error instanceof RequestError && error.name !== 'TimeoutError' && retryErrorCodes.includes(error.code);
}

function formatSeconds(ms: number): string {
	const seconds = ms / 1000;
	return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function isTlsFailure(code: string, message: string): boolean {
	return /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i.test(code) || /certificate/i.test(message);
}

const notHttps = 'the server does not speak https here; try http://';

function tlsReason(error: RequestError): string {
	const reasons: Record<string, string> = {
		DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate; set caFile in the config',
		SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain; set caFile in the config',
		UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not signed by a trusted authority; set caFile in the config',
		UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate issuer unknown; set caFile in the config',
		CERT_HAS_EXPIRED: 'certificate expired',
		ERR_TLS_CERT_ALTNAME_INVALID: 'certificate is for another host name',
		ERR_SSL_WRONG_VERSION_NUMBER: notHttps,
		ERR_SSL_PACKET_LENGTH_TOO_LONG: notHttps,
	};
	// OpenSSL's own words (`...:error:0A00010B:SSL routines:...:wrong version number`) mean nothing to a user.
	if (/wrong version number|packet length too long|http request|unknown protocol/i.test(error.message)) {
		return notHttps;
	}

	return reasons[error.code] ?? (/error:[\dA-F]+:/i.test(error.message) ? error.code : error.message.split('\n', 1)[0]) ?? error.code;
}
