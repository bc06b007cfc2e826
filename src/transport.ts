/**
 * The one place where requests are sent: auth, per-attempt timeouts, the caller's abort signal,
 * retries (see retry.ts for which and why), redirects, and turning responses into data or
 * typed errors. Everything above this layer deals in data; everything below is `fetch`.
 */
import { type ResolvedConfig, redactKey } from "./config.js";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GigstackAbortError,
  GigstackApiError,
  GigstackConfigError,
  GigstackConnectionError,
  GigstackMalformedResponseError,
  GigstackTimeoutError,
  GigstackUnknownOutcomeError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  truncate,
  UnprocessableEntityError,
} from "./errors.js";
import { backoffDelay, isIdempotent, isRetryableStatus, MAX_RETRY_AFTER_MS, parseRetryAfter, sleep } from "./retry.js";
import { AttemptTimeout, attemptSignal } from "./timeout.js";

export interface OutgoingRequest {
  /** The spec's operationId, for logs and `onAttempt` events. */
  operationId: string;
  method: string;
  /** Already encoded path, relative to the base URL. */
  path: string;
  /** Encoded query string without `?` (may be empty). */
  query: string;
  body?: BodyInit | undefined;
  contentType?: string | undefined;
  /** Sent as the `Idempotency-Key` header. */
  idempotencyKey?: string | undefined;
  /** The body carries an idempotency key the server dedupes by (payment registration). */
  bodyIdempotencyKey?: string | undefined;
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Turns the successful response into the caller's result, inside send()'s own promise. */
  finish?: ((response: IncomingResponse) => unknown) | undefined;
}

export interface IncomingResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body; undefined for an empty 204. */
  body: unknown;
}

/** Connection failures that happen before a request can have reached the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

function errorCode(err: unknown): string | undefined {
  for (
    let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

const MAX_REDIRECTS = 3;

export async function send(config: ResolvedConfig, req: OutgoingRequest): Promise<unknown> {
  // A per-call header of the same name replaces X-Gigstack-Client, as any header but Authorization.
  const headers: Record<string, string> = { accept: "application/json", "x-gigstack-client": config.clientHeader };
  if (req.headers) {
    for (const [name, value] of Object.entries(req.headers)) {
      // The key is the client's to send; a per-call header must not replace or leak it.
      if (name.toLowerCase() === "authorization") continue;
      try {
        new Headers([[name, value]]);
      } catch {
        // fetch's own error would quote the value; nothing was sent.
        throw new GigstackConfigError(
          `${req.method} ${req.path}: header ${JSON.stringify(name)} is not a valid header`,
        );
      }
      headers[name.toLowerCase()] = value;
    }
  }
  headers.authorization = `Bearer ${config.apiKey}`;
  if (req.contentType) headers["content-type"] = req.contentType;
  if (req.idempotencyKey) headers["idempotency-key"] = req.idempotencyKey;
  // An `Idempotency-Key` given as a plain header (required by some operations) counts as well.
  const key = headers["idempotency-key"] || req.bodyIdempotencyKey;
  const idempotent = isIdempotent(req.method, key !== undefined);
  const isRead = req.method === "GET";
  const obs = config.observer;

  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < req.maxRetries;
    let res: Response;
    let text: string;
    if (req.signal?.aborted) throw aborted(req);
    // This attempt's timeout, and the caller's signal: whichever aborts first. Released below.
    const { signal, release } = attemptSignal(req.timeoutMs, req.signal);
    const started = obs ? obs.start(req, attempt, headers, req.body) : 0;
    try {
      const url = `${config.baseUrl}${req.path}${req.query ? `?${req.query}` : ""}`;
      // Redirects are followed by hand (same origin only), never by fetch: see followRedirects.
      const init: RequestInit = { headers, signal, redirect: "manual" };
      // Only what differs from fetch's defaults: each init member costs fetch work (~0.5%).
      if (req.method !== "GET") init.method = req.method;
      if (req.body !== undefined) init.body = req.body;
      res = await startFetch(config, req, url, init);
      if (res.status >= 300 && res.status < 400) res = await followRedirects(config, req, res, url, init);
      text = await res.text();
    } catch (err) {
      if (req.signal?.aborted) {
        obs?.failed(req, attempt, started, "aborted", err);
        throw aborted(req);
      }
      if (signal.reason instanceof AttemptTimeout) {
        obs?.failed(req, attempt, started, "timeout", err);
        // Not retried: the caller's time budget is timeoutMs, and a server that does not answer
        // is more likely overloaded than flaky. A write that timed out may have happened.
        if (isRead) throw new GigstackTimeoutError(`GET ${req.path}: no answer within ${req.timeoutMs} ms`);
        throw unknownOutcome(req, key, `no answer within ${req.timeoutMs} ms`, err);
      }
      if (err instanceof GigstackConfigError) {
        // fetch threw synchronously (see startFetch): nothing was sent.
        obs?.failed(req, attempt, started, "connection", err);
        throw err;
      }
      if (err instanceof GigstackConnectionError) {
        obs?.failed(req, attempt, started, "redirect", err);
        // A redirect is an answer: the server received the request, and a write may have been
        // processed (a 303 says it was). Reporting "could not be sent" would invite a repeat
        // with a new idempotency key, i.e. a duplicate payment.
        if (!isRead) throw unknownOutcome(req, key, "the API answered with a redirect that was not followed", err);
        throw err;
      }
      const code = errorCode(err);
      const notSent = code !== undefined && NOT_SENT_CODES.has(code);
      // Nothing reached the server: repeating cannot duplicate anything, whatever the method.
      // A dropped connection after sending: only requests that cannot happen twice are repeated.
      if (canRetry && (notSent || idempotent)) {
        const delayMs = backoffDelay(attempt);
        obs?.failed(req, attempt, started, "connection", err, code, {
          reason: `${code ?? "network error"} (${notSent ? "not sent" : "idempotent request"})`,
          delayMs,
        });
        await sleep(delayMs, req.signal).catch(() => {
          throw aborted(req);
        });
        continue;
      }
      obs?.failed(req, attempt, started, "connection", err, code);
      if (!notSent && !isRead)
        throw unknownOutcome(req, key, `the connection failed (${code ?? "network error"})`, err);
      throw new GigstackConnectionError(`${req.method} ${req.path}: connection failed (${code ?? "network error"})`, {
        cause: err,
      });
    } finally {
      release();
    }

    if (res.status >= 200 && res.status < 300) {
      obs?.answered(req, attempt, started, res, text);
      const success = parseSuccess(config, req, res, text);
      return req.finish ? req.finish(success) : success;
    }

    const error = apiError(config, req, res, text);
    const retryAfter = parseRetryAfter(res.headers);
    // Only what cannot happen twice is repeated: a POST without an idempotency key is sent once,
    // even after a 408 or 429 (a gateway's 429 or 408 does not prove the API did nothing).
    if (canRetry && isRetryableStatus(res.status) && idempotent) {
      if (retryAfter === undefined || retryAfter <= MAX_RETRY_AFTER_MS) {
        const delayMs = Math.max(retryAfter ?? 0, backoffDelay(attempt));
        obs?.answered(req, attempt, started, res, text, {
          // (A Retry-After shows in delayMs.)
          reason: `HTTP ${res.status}`,
          delayMs,
        });
        await sleep(delayMs, req.signal).catch(() => {
          throw aborted(req);
        });
        continue;
      }
    }
    obs?.answered(req, attempt, started, res, text);
    if (res.status >= 500 && !isRead)
      throw unknownOutcome(req, key, `the server answered ${res.status}`, error, res.status);
    throw error;
  }
}

/**
 * fetch, with its synchronous throws told apart. A network failure rejects the promise fetch
 * returns; anything thrown before there is a promise means nothing was sent: a programming or
 * setup error (fetch called with the wrong `this`, as workerd reports with "Illegal invocation";
 * arguments it refuses; a custom fetch that is not configured), which repeating the same call
 * cannot fix, so it is not retried, and a write that never left is not an unknown outcome.
 */
function startFetch(config: ResolvedConfig, req: OutgoingRequest, url: string, init: RequestInit): Promise<Response> {
  try {
    return config.fetch(url, init);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new GigstackConfigError(
      redactKey(
        `${req.method} ${req.path}: fetch threw before sending anything (${message}); not retried`,
        config.apiKey,
      ),
      { cause: err },
    );
  }
}

function aborted(req: OutgoingRequest): GigstackAbortError {
  return new GigstackAbortError(`${req.method} ${req.path}: aborted by the caller`, { cause: req.signal?.reason });
}

function unknownOutcome(
  req: OutgoingRequest,
  key: string | undefined,
  why: string,
  cause: unknown,
  status?: number,
): GigstackUnknownOutcomeError {
  return new GigstackUnknownOutcomeError(
    `${req.method} ${req.path}: ${why}; the request may or may not have been processed.${
      key ? ` Repeat it with the same idempotency key (${key}) to be safe.` : " Check before repeating it."
    }`,
    { idempotencyKey: key, method: req.method, path: req.path, cause, status },
  );
}

/**
 * Follows same-origin redirects only, so that the Authorization header never goes to another
 * host (fetch's own redirect handling is left off: not every fetch strips it).
 */
async function followRedirects(
  config: ResolvedConfig,
  req: OutgoingRequest,
  first: Response,
  firstUrl: string,
  init: RequestInit,
): Promise<Response> {
  let res = first;
  let url = firstUrl;
  for (let hop = 0; ; hop++) {
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (!location) return res;
    await res.body?.cancel();
    let target: URL;
    try {
      target = new URL(location, url);
    } catch {
      throw new GigstackConnectionError(
        `${req.method} ${req.path}: the API redirected to an invalid URL; not followed`,
      );
    }
    if (target.origin !== config.origin || hop >= MAX_REDIRECTS || req.method !== "GET") {
      throw new GigstackConnectionError(
        redactKey(
          `${req.method} ${req.path}: the API redirected to ${target.origin}${target.pathname}; not followed ${
            target.origin !== config.origin ? "(another host would receive the API key)" : "(too many or not a GET)"
          }`,
          config.apiKey,
        ),
      );
    }
    url = target.href;
    res = await startFetch(config, req, url, init);
  }
}

function parseSuccess(config: ResolvedConfig, req: OutgoingRequest, res: Response, text: string): IncomingResponse {
  if (text === "" && res.status === 204) return { status: res.status, headers: res.headers, body: undefined };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GigstackMalformedResponseError({
      reason: text === "" ? "empty body" : `not JSON (content-type ${res.headers.get("content-type") ?? "none"})`,
      status: res.status,
      body: redactKey(text, config.apiKey),
      headers: redactHeaders(res.headers, config.apiKey),
      method: req.method,
      path: req.path,
    });
  }
  // Some endpoints report failure inside a 200 (`POST /invoices/import`): that is an error.
  if (body !== null && typeof body === "object" && (body as { success?: unknown }).success === false) {
    throw apiError(config, req, res, text);
  }
  return { status: res.status, headers: res.headers, body };
}

/** Response headers for an error, with any echo of the key replaced. */
export function redactHeaders(headers: Headers, apiKey: string): Headers {
  let echoed = false;
  headers.forEach((value) => {
    if (redactKey(value, apiKey) !== value) echoed = true;
  });
  if (!echoed) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => {
    copy.append(name, redactKey(value, apiKey));
  });
  return copy;
}

const BY_STATUS: Record<number, typeof GigstackApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

function apiError(config: ResolvedConfig, req: OutgoingRequest, res: Response, rawText: string): GigstackApiError {
  // Errors end up in logs: a response that echoes the request's Authorization must not put the key there.
  const text = redactKey(rawText, config.apiKey);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = truncate(text); // an HTML error page from a proxy, kept for the report
  }
  const envelope = (body && typeof body === "object" ? body : {}) as {
    message?: unknown;
    error?: unknown;
  };
  const inner = (envelope.error && typeof envelope.error === "object" ? envelope.error : {}) as {
    code?: unknown;
    message?: unknown;
    details?: unknown;
  };
  const code =
    typeof envelope.error === "string" ? envelope.error : typeof inner.code === "string" ? inner.code : undefined;
  const message =
    typeof envelope.message === "string"
      ? envelope.message
      : typeof inner.message === "string"
        ? inner.message
        : typeof body === "string" && body.trim()
          ? `unexpected ${res.headers.get("content-type") ?? "non-JSON"} response: ${truncate(body.trim(), 200)}`
          : `HTTP ${res.status}`;
  const details =
    typeof inner.details === "string" || Array.isArray(inner.details)
      ? (inner.details as string | string[])
      : undefined;
  const init = {
    status: res.status,
    message,
    code,
    details,
    body,
    headers: redactHeaders(res.headers, config.apiKey),
    method: req.method,
    path: req.path,
  };
  if (res.status === 429) return new RateLimitError({ ...init, retryAfterMs: parseRetryAfter(res.headers) });
  if (res.status >= 500) return new InternalServerError(init);
  const Class = BY_STATUS[res.status] ?? GigstackApiError;
  return new Class(init);
}
