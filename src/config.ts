/** Client options, their defaults, and the checks that run before any request can be sent. */
import { clientHeader } from "./client-info.js";
import { GigstackConfigError } from "./errors.js";
import {
  type AttemptEvent,
  checkLogger,
  createObserver,
  type LevelLogger,
  type Logger,
  type LogLevel,
  levelLogger,
  type Observer,
  resolveLogLevel,
} from "./log.js";

/**
 * The gigstack API v2, `https://api.gigstack.io/v2`. There is no sandbox host: test or live mode
 * is decided by the API key.
 */
export const DEFAULT_BASE_URL = "https://api.gigstack.io/v2";

/**
 * How a local check reacts to a mismatch: `strict` throws GigstackValidationError (nothing is
 * sent), `warn` logs once per operation and sends anyway, `off` does not check.
 */
export type ValidateMode = "off" | "warn" | "strict";

/**
 * Options of `new Gigstack(options)`; all optional. A scoped client from `withTeam()` keeps them.
 * The client checks them at construction and throws {@link GigstackConfigError} before any request.
 */
export interface ClientOptions {
  /** API key (a JWT from the dashboard). Default: `process.env.GIGSTACK_API_KEY`. */
  apiKey?: string | undefined;
  /**
   * Default `https://api.gigstack.io/v2` (env `GIGSTACK_BASE_URL`). Plain `http:` is accepted
   * only for localhost, 127.0.0.1 and [::1]: anything else would send the key in clear text.
   */
  baseUrl?: string | undefined;
  /** Default gigstack Connect team for every call. */
  team?: string | undefined;
  /**
   * Per-attempt timeout in milliseconds, 1 to 600 000. Default 30 000. A read that times out
   * throws GigstackTimeoutError; a write, GigstackUnknownOutcomeError (it may have happened).
   */
  timeoutMs?: number | undefined;
  /**
   * Retries after the first attempt, 0 to 10, for requests that are safe to repeat (reads, and
   * writes the server can recognise as repeats). Default 2.
   */
  maxRetries?: number | undefined;
  /**
   * A fetch implementation (a proxy agent, a test double). Default `globalThis.fetch`, as it is
   * when the client is created. Always called as a plain function (`this` undefined), as
   * `globalThis.fetch` may be on every runtime; bind it first if it needs a `this`.
   */
  fetch?: typeof fetch | undefined;
  /**
   * Request checks against the spec's schemas, before anything is sent: `strict` (default)
   * throws GigstackValidationError, `warn` logs once per operation and sends anyway, `off` skips
   * them. A per-call `validateRequests` overrides it. The escape hatch exists because the spec
   * is written without access to the live API, which changes faster than this package is
   * released: a call the API accepts but the spec does not must never be an outage. Types
   * (compile time) and the fiscal checks (`skipFiscalChecks`) are separate layers.
   */
  validateRequests?: ValidateMode | undefined;
  /** Response checks against the spec: `off` (default), `warn` (log once per operation), `strict` (throw). */
  validateResponses?: ValidateMode | undefined;
  /**
   * Skip the local SAT fiscal checks (RFC, regime, CFDI use, PPD rules) on every call; a
   * per-call `skipFiscalChecks` overrides it. Default false.
   */
  skipFiscalChecks?: boolean | undefined;
  /**
   * How much the SDK logs. Default: env `GIGSTACK_LOG`, else `warn`.
   * - `error`: only failures of the logging machinery itself (an `onAttempt` hook that threw).
   * - `warn`: also each attempt that is retried, and the `warn` modes of `validateRequests` and
   *   `validateResponses`.
   * - `info`: one line per attempt: operation, method, path and query, status or error, duration,
   *   attempt number, retry reason.
   * - `debug`: also each attempt's request and response headers and (truncated) bodies.
   * The API key never appears: `Authorization` and cookies are replaced, and the key is redacted
   * wherever else it shows up.
   */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (one string each): console-shaped, every member optional. Default `console`. */
  logger?: Logger | undefined;
  /**
   * Called after every attempt of every call (each retry is an attempt), for metrics and
   * tracing. Runs whatever the log level; if it throws (or its promise rejects) the call goes on
   * and the failure is logged at `error`.
   */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
}

/** Per-call options, the last argument of every method. */
export interface RequestOptions {
  /** gigstack Connect team for this call; overrides the client's. */
  team?: string | undefined;
  /** Cancels the call; an aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /** This call's per-attempt timeout in milliseconds; overrides the client's. */
  timeoutMs?: number | undefined;
  /** This call's retry budget; overrides the client's (0 disables retries). */
  maxRetries?: number | undefined;
  /**
   * Sent as the `Idempotency-Key` header. A POST that carries one may be retried, since the
   * server can recognise the repeat. (Payment registration uses its body key instead.)
   */
  idempotencyKey?: string | undefined;
  /** Extra headers. `Authorization` cannot be overridden here. */
  headers?: Record<string, string> | undefined;
  /**
   * Skip the local fiscal checks (RFC, regime, CFDI use, PPD rules) for this call, for the rare
   * case where the API accepts what the SAT tables say it should not; overrides the client's.
   * Schema checks still run (see `validateRequests`).
   */
  skipFiscalChecks?: boolean | undefined;
  /**
   * This call's request schema checks (`strict`, `warn`, `off`); overrides the client's. For a
   * call the API accepts that the spec refuses: the spec may lag behind the live API.
   */
  validateRequests?: ValidateMode | undefined;
}

export interface ResolvedConfig {
  apiKey: string;
  baseUrl: string;
  origin: string;
  team: string | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** The client's fetch, wrapped so that calling it as `config.fetch(…)` still calls it unbound. */
  fetch: typeof fetch;
  validateRequests: ValidateMode;
  validateResponses: ValidateMode;
  skipFiscalChecks: boolean;
  /**
   * What the `warn` modes have reported (`request:<id>`, `response:<id>`): once per operation and
   * client (shared with its withTeam() clients), never module state shared across requests.
   */
  warned: Set<string>;
  logLevel: LogLevel;
  /** The client's logger, filtered by `logLevel`, redacting the key. */
  logger: LevelLogger;
  /** Per-attempt logs and hook; undefined when nothing would listen (see log.ts). */
  observer: Observer | undefined;
  /** The `X-Gigstack-Client` header's value. */
  clientHeader: string;
}

/** `process.env` only where it exists: the core also runs on Deno, Bun and edge runtimes. */
function env(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  try {
    return proc?.env?.[name] || undefined;
  } catch {
    // Deno without --allow-env throws NotCapable on the read: a variable it may not read is unset.
    return undefined;
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Hosts where plain `http:` is acceptable: the traffic never leaves the machine. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

/**
 * Replaces the API key wherever it appears in `text` (a proxy error page or a debug endpoint may
 * echo the request's headers back): errors and log lines are built from such text.
 */
export function redactKey(text: string, apiKey: string): string {
  return apiKey.length >= 8 && text.includes(apiKey) ? text.split(apiKey).join("[redacted]") : text;
}

function checkNonNegativeInteger(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new GigstackConfigError(`${name} must be an integer from 0 to ${max}, got ${String(value)}`);
  }
  return value;
}

export function checkTimeout(value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > 600_000) {
    throw new GigstackConfigError(`timeoutMs must be between 1 and 600000 ms, got ${String(value)}`);
  }
  return value;
}

export function checkMaxRetries(value: number): number {
  return checkNonNegativeInteger("maxRetries", value, 10);
}

export function checkTeam(team: string | undefined): string | undefined {
  if (team === undefined) return undefined;
  if (typeof team !== "string" || team.trim() === "") {
    throw new GigstackConfigError("team must be a non-empty string (a gigstack team id such as team_…)");
  }
  return team;
}

/**
 * A switch must be a boolean: a string such as "false" (read from an env file) is truthy, and
 * would turn the fiscal checks off where the caller meant to keep them.
 */
export function checkSwitch(name: string, value: unknown): boolean {
  if (typeof value !== "boolean") {
    throw new GigstackConfigError(`${name} must be true or false, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function checkMode(name: string, mode: ValidateMode): ValidateMode {
  if (mode !== "off" && mode !== "warn" && mode !== "strict") {
    throw new GigstackConfigError(`${name} must be "off", "warn" or "strict", got ${String(mode)}`);
  }
  return mode;
}

export function resolveConfig(options: ClientOptions = {}): ResolvedConfig {
  const apiKey = options.apiKey ?? env("GIGSTACK_API_KEY");
  if (!apiKey || typeof apiKey !== "string" || apiKey.trim() === "") {
    throw new GigstackConfigError("No API key: pass { apiKey } or set GIGSTACK_API_KEY (dashboard → Settings → API).");
  }
  if (/[\r\n]/.test(apiKey)) throw new GigstackConfigError("The API key contains a line break");
  // fetch would refuse such a header with an error quoting its value, i.e. the key.
  if (/[^\t\x20-\x7e]/.test(apiKey)) {
    throw new GigstackConfigError(
      "The API key contains characters that cannot be sent in a header (printable ASCII only)",
    );
  }

  const rawBase = options.baseUrl ?? env("GIGSTACK_BASE_URL") ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(rawBase);
  } catch {
    throw new GigstackConfigError(`baseUrl is not a URL: ${JSON.stringify(rawBase)}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url))) {
    throw new GigstackConfigError(
      `baseUrl must use https (plain http only for localhost, 127.0.0.1 or [::1]), got ${url.protocol}//${url.host}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new GigstackConfigError("baseUrl must not carry credentials, a query string or a fragment");
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new GigstackConfigError("No fetch implementation available");
  // Renamed before 0.1.0 was published; a JavaScript caller would otherwise lose it silently.
  if ("validate" in options) throw new GigstackConfigError("validate was renamed validateResponses");

  const redact = (text: string) => redactKey(text, apiKey);
  const logger = checkLogger(options.logger);
  if (options.onAttempt !== undefined && typeof options.onAttempt !== "function") {
    throw new GigstackConfigError("onAttempt must be a function");
  }
  const logLevel = resolveLogLevel(options.logLevel, env("GIGSTACK_LOG"), levelLogger("warn", logger, redact).warn);
  const log = levelLogger(logLevel, logger, redact);

  return {
    apiKey,
    baseUrl: url.href.replace(/\/+$/, ""),
    origin: url.origin,
    team: checkTeam(options.team),
    timeoutMs: checkTimeout(options.timeoutMs ?? 30_000),
    maxRetries: checkMaxRetries(options.maxRetries ?? 2),
    // Never handed `this` = the config: workerd's fetch throws "Illegal invocation" unless it is
    // called unbound or on globalThis (issue #12), and a user's fetch is called the same way.
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init)) as typeof fetch,
    validateRequests: checkMode("validateRequests", options.validateRequests ?? "strict"),
    validateResponses: checkMode("validateResponses", options.validateResponses ?? "off"),
    skipFiscalChecks:
      options.skipFiscalChecks === undefined ? false : checkSwitch("skipFiscalChecks", options.skipFiscalChecks),
    warned: new Set(),
    logLevel,
    // What the SDK logs can quote a response (validation warnings, debug bodies); never the key.
    logger: log,
    observer: createObserver(logLevel, log, options.onAttempt, redact),
    clientHeader: clientHeader(),
  };
}
