/**
 * Every error the SDK throws is a {@link GigstackError}. HTTP error responses become a
 * {@link GigstackApiError} subclass chosen by status (the openai-node pattern), carrying the
 * status, the API's error code, the response headers and the (possibly truncated) body.
 *
 * None of these objects ever holds the API key: they are built from the response and from
 * the request's method and path only, never from request headers.
 */
import type { components } from "../generated/types.js";

/** The documented gigstack error codes (`error` field of the error envelope). */
export type ApiErrorCode = components["schemas"]["ApiErrorCode"];

/** Bodies kept on errors are cut to this many characters (an HTML 502 page can be large). */
export const MAX_ERROR_BODY_CHARS = 2_000;

export function truncate(text: string, max = MAX_ERROR_BODY_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}… [${text.length - max} more characters]` : text;
}

/** Base class of everything the SDK throws. */
export class GigstackError extends Error {
  override name = "GigstackError";
}

/** What a {@link GigstackApiError} is built from: the response and the request's method and path. */
export interface ApiErrorInit {
  status: number;
  message: string;
  code: ApiErrorCode | (string & {}) | undefined;
  details?: string | string[] | undefined;
  body: unknown;
  headers: Headers;
  method: string;
  path: string;
}

/** The API answered with an HTTP error (or a 2xx with `success: false`). */
export class GigstackApiError extends GigstackError {
  override name = "GigstackApiError";
  /** HTTP status of the response. */
  readonly status: number;
  /** The API's error code (`error` of the envelope), or the raw string when it is unknown. */
  readonly code: ApiErrorCode | (string & {}) | undefined;
  /** Extra detail the API gave (`error.details`), if any. */
  readonly details: string | string[] | undefined;
  /** The parsed JSON body, or the body text (truncated) when it was not JSON. */
  readonly body: unknown;
  /** Response headers. */
  readonly headers: Headers;
  /** HTTP method of the request. */
  readonly method: string;
  /** Path of the request, without the query string (which may carry filters). */
  readonly path: string;

  constructor(init: ApiErrorInit) {
    super(`${init.status} ${init.method} ${init.path}: ${init.message}${init.code ? ` (${init.code})` : ""}`);
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.body = init.body;
    this.headers = init.headers;
    this.method = init.method;
    this.path = init.path;
  }
}

/** 400 */
export class BadRequestError extends GigstackApiError {
  override name = "BadRequestError";
}
/** 401: the API key is missing, invalid or expired. */
export class AuthenticationError extends GigstackApiError {
  override name = "AuthenticationError";
}
/** 403: the key's role, or the Connect relationship with the team, does not allow this. */
export class PermissionDeniedError extends GigstackApiError {
  override name = "PermissionDeniedError";
}
/** 404 */
export class NotFoundError extends GigstackApiError {
  override name = "NotFoundError";
}
/** 409 */
export class ConflictError extends GigstackApiError {
  override name = "ConflictError";
}
/** 422, e.g. the SAT or PAC rejected the CFDI. */
export class UnprocessableEntityError extends GigstackApiError {
  override name = "UnprocessableEntityError";
}
/** 429. `retryAfterMs` is the server's `Retry-After`, when it sent one. */
export class RateLimitError extends GigstackApiError {
  override name = "RateLimitError";
  readonly retryAfterMs: number | undefined;
  constructor(init: ApiErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}
/** Status 500 or above. */
export class InternalServerError extends GigstackApiError {
  override name = "InternalServerError";
}

/**
 * A 2xx response that is not what the operation returns: not JSON, or without `data`.
 * Carries what was received (truncated) so that it can be reported.
 */
export class GigstackMalformedResponseError extends GigstackError {
  override name = "GigstackMalformedResponseError";
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
  readonly method: string;
  readonly path: string;
  constructor(init: { reason: string; status: number; body: string; headers: Headers; method: string; path: string }) {
    super(`${init.status} ${init.method} ${init.path}: malformed response: ${init.reason}`);
    this.status = init.status;
    this.body = truncate(init.body);
    this.headers = init.headers;
    this.method = init.method;
    this.path = init.path;
  }
}

/** The request could not be sent, or failed before anything was sent (DNS, refused connection). */
export class GigstackConnectionError extends GigstackError {
  override name = "GigstackConnectionError";
}

/** An attempt timed out on a request that is safe to repeat (a read). */
export class GigstackTimeoutError extends GigstackError {
  override name = "GigstackTimeoutError";
}

/**
 * A write timed out, or the connection dropped after it was sent: it may or may not have
 * happened. Check before repeating it (with the same idempotency key if there is one).
 */
export class GigstackUnknownOutcomeError extends GigstackError {
  override name = "GigstackUnknownOutcomeError";
  /** The idempotency key the request carried, to repeat it safely; undefined if it had none. */
  readonly idempotencyKey: string | undefined;
  readonly method: string;
  readonly path: string;
  /** The HTTP status, when the server did answer (a 5xx); undefined for a timeout or dropped connection. */
  readonly status: number | undefined;
  constructor(
    message: string,
    init: {
      idempotencyKey?: string | undefined;
      method: string;
      path: string;
      cause?: unknown;
      status?: number | undefined;
    },
  ) {
    super(message, { cause: init.cause });
    this.idempotencyKey = init.idempotencyKey;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
  }
}

/** The caller's `AbortSignal` fired. Never retried. For a write, the outcome is unknown. */
export class GigstackAbortError extends GigstackError {
  override name = "GigstackAbortError";
}

/** The client was configured wrongly, or a call contradicts its configuration. No request was sent. */
export class GigstackConfigError extends GigstackError {
  override name = "GigstackConfigError";
}

/** One problem found by local validation. */
export interface ValidationIssue {
  /** Where in the input, e.g. `["client", "tax_id"]`. */
  path: (string | number)[];
  message: string;
  /** A stable rule name for the fiscal checks, e.g. `cfdi-use-regime`. */
  rule?: string;
}

/**
 * Local validation failed: the input breaks the spec or a SAT rule (nothing was sent), or, with
 * `validateResponses: "strict"`, a response does not fit the spec.
 */
/** One issue as a line of a message: `items.0.quantity: expected number, got string`. */
export const issueLine = (issue: ValidationIssue): string => `${issue.path.join(".") || "(root)"}: ${issue.message}`;

export class GigstackValidationError extends GigstackError {
  override name = "GigstackValidationError";
  readonly issues: ValidationIssue[];
  /** The operation checked, e.g. `createIncomeInvoice` (undefined for path and encoding checks). */
  readonly operationId: string | undefined;
  /** The SDK method it was called as, e.g. `invoices.income.create`. */
  readonly sdkMethod: string | undefined;
  constructor(message: string, issues: ValidationIssue[], call?: { id: string; method: string | undefined }) {
    const where = issues.slice(0, 5).map(issueLine);
    super(
      `${message}${where.length ? `\n  - ${where.join("\n  - ")}` : ""}${issues.length > 5 ? `\n  … ${issues.length - 5} more` : ""}`,
    );
    this.issues = issues;
    this.operationId = call?.id;
    this.sdkMethod = call?.method;
  }
}

/** True for any SDK error; with `code`, only for an API error carrying that code. */
export function isGigstackError(err: unknown): err is GigstackError;
export function isGigstackError<C extends ApiErrorCode>(err: unknown, code: C): err is GigstackApiError & { code: C };
export function isGigstackError(err: unknown, code?: string): boolean {
  if (!(err instanceof GigstackError)) return false;
  return code === undefined || (err instanceof GigstackApiError && err.code === code);
}
