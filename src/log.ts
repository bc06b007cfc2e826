/**
 * Request logs and the per-attempt hook, after openai-node's src/internal/utils/log.ts: five
 * levels, a console-shaped logger, sensitive headers redacted. Built once per client by
 * config.ts; the transport and the file downloads call the {@link Observer} around each attempt.
 *
 * Cost: with the default level (`warn`) and no hook, a successful attempt costs one clock read
 * and a flag test; no line, event or header copy is built unless a level or the hook wants it.
 * This module never sees the API key: config.ts hands it a `redact` function, and every line
 * goes through it before reaching the logger (a server may echo the key in a header or body).
 */
import { GigstackConfigError, truncate } from "./errors.js";

/** How much the SDK logs: `off`, `error`, `warn` (default), `info` (a line per attempt), `debug` (headers, bodies). */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** In increasing order of verbosity. */
const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/**
 * Where the SDK's lines go; `console` by default. Each member is optional: a level whose
 * member is missing is dropped. Each receives one string, already redacted.
 */
export interface Logger {
  /** A failing `onAttempt` hook. */
  error?: ((message: string) => void) | undefined;
  /** Each retried attempt; responses that do not match the spec (the `warn` validation modes); a bad `GIGSTACK_LOG`. */
  warn?: ((message: string) => void) | undefined;
  /** One line per attempt that is not retried. */
  info?: ((message: string) => void) | undefined;
  /** Each attempt's request and response headers and bodies. */
  debug?: ((message: string) => void) | undefined;
}

/** Why an attempt got no HTTP answer. */
export type AttemptError =
  /** The per-attempt timeout passed. */
  | "timeout"
  /** The caller's signal aborted the call. */
  | "aborted"
  /** The connection failed (refused, reset, DNS…); `code` says how when the runtime tells. */
  | "connection"
  /** The API redirected somewhere the SDK does not follow (another origin, too many hops, a write). */
  | "redirect";

/** Present on an {@link AttemptEvent} when another attempt follows. */
export interface AttemptRetry {
  /** Why the attempt is repeated, e.g. `HTTP 503`, `ECONNRESET (idempotent request)`. */
  reason: string;
  /** The wait before the next attempt. */
  delayMs: number;
}

/**
 * One attempt of one call, handed to `onAttempt` when the attempt ends: a response was read, or
 * the attempt failed without one. A call that is retried gives one event per attempt.
 */
export interface AttemptEvent {
  /**
   * The spec's operationId of the SDK method, e.g. `getClient` for `clients.get`.
   * `downloadInvoiceFile` for the file fetch of `invoices.download` (not an API operation).
   */
  operationId: string;
  /** HTTP method. */
  method: string;
  /**
   * Path relative to the base URL, e.g. `/clients/client_1`. For a file download, the file's
   * URL without its query (a signed URL's query is a credential).
   */
  path: string;
  /** Encoded query string without `?`, may be empty. */
  query: string;
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
  /** The HTTP status, when the server answered. */
  status?: number | undefined;
  /** Why there is no status. */
  error?: AttemptError | undefined;
  /** The network error's code (`ECONNRESET`, `ECONNREFUSED`…) when the runtime gives one. */
  code?: string | undefined;
  /**
   * From just before `fetch` to the end of reading the response (or the failure); for a file
   * download, to its response headers.
   */
  durationMs: number;
  /** Set when the SDK will make another attempt (unless the caller aborts during the wait). */
  retry?: AttemptRetry | undefined;
}

/** What an attempt is for, as the transport knows it (not exported from the package). */
export interface AttemptTarget {
  operationId: string;
  method: string;
  path: string;
  query: string;
}

/** A logger with all four levels, filtered by the client's level and redacted (not exported from the package). */
export interface LevelLogger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/**
 * The transport's side of logging. `attempt` is 0-based here (the transport's loop counter);
 * lines and events count from 1. Not exported from the package.
 */
export interface Observer {
  /** Before an attempt: returns its start time; at debug, logs the request's headers and body. */
  start(target: AttemptTarget, attempt: number, headers: Record<string, string>, body?: BodyInit): number;
  /** An attempt the server answered (`text`: the body, when it was read). */
  answered(
    target: AttemptTarget,
    attempt: number,
    started: number,
    res: Response,
    text?: string,
    retry?: AttemptRetry,
  ): void;
  /** An attempt that ended without an answer. */
  failed(
    target: AttemptTarget,
    attempt: number,
    started: number,
    error: AttemptError,
    cause: unknown,
    code?: string,
    retry?: AttemptRetry,
  ): void;
}

const rank = (level: unknown) => LEVELS.indexOf(level as LogLevel);

/**
 * The client's level: the option, else `GIGSTACK_LOG`, else `warn`. A wrong option is a
 * mistake in code and throws at construction; a wrong environment variable is set outside the
 * code (a deploy setting), so it is reported through `warn` and ignored rather than taking every
 * client down over a log setting (openai-node does the same with OPENAI_LOG).
 */
export function resolveLogLevel(option: unknown, fromEnv: string | undefined, warn: (message: string) => void) {
  const bad = (name: string, value: unknown) =>
    `${name} must be one of ${LEVELS.join(", ")}; got ${JSON.stringify(value)}`;
  if (option !== undefined) {
    if (rank(option) < 0) throw new GigstackConfigError(bad("logLevel", option));
    return option as LogLevel;
  }
  if (fromEnv === undefined || rank(fromEnv) >= 0) return (fromEnv ?? "warn") as LogLevel;
  warn(`[gigstack] ${bad("GIGSTACK_LOG", fromEnv)}; using "warn"`);
  return "warn";
}

/** The logger option checked, else `console`. A member that is not a function drops that level. */
export function checkLogger(logger: unknown): Logger {
  if (logger === undefined) return console;
  if (!logger || typeof logger !== "object") {
    throw new GigstackConfigError("logger must be an object like console");
  }
  return logger as Logger;
}

function noop(): void {}

/**
 * Each level bound once: a disabled level is a no-op, an enabled one redacts. A logger that
 * throws is ignored: logging never changes a call's outcome.
 */
export function levelLogger(level: LogLevel, logger: Logger, redact: (text: string) => string): LevelLogger {
  const make = (name: Exclude<LogLevel, "off">) => {
    const fn = logger[name];
    return rank(name) > rank(level) || typeof fn !== "function"
      ? noop
      : (message: string) => {
          try {
            fn.call(logger, redact(message));
          } catch {
            // Nowhere better to report it: the logger itself is what failed.
          }
        };
  };
  return { error: make("error"), warn: make("warn"), info: make("info"), debug: make("debug") };
}

/** Bodies and error messages in debug lines are cut to this many characters. */
const MAX_LOGGED = 2_000;

/** Credentials whoever sends them, replaced by name; the key is also redacted wherever it appears. */
const hideSecrets = (name: string, value: unknown) =>
  /^(proxy-)?authorization$|cookie/i.test(name) ? "[redacted]" : value;

/**
 * Body fields that are credentials other than the key, hidden by name in debug bodies: the
 * customer-portal and team portal tokens, the Firebase ID token of an invitation, passwords.
 */
const SECRET_FIELD = /token|secret|passw|keypass/i;
const hideFields = (name: string, value: unknown) =>
  SECRET_FIELD.test(name) && (typeof value === "string" || typeof value === "number") ? "[redacted]" : value;
/** A JSON body with its secret fields hidden (debug level only); other text as it is. */
const showBody = (text: string): string => {
  try {
    return JSON.stringify(JSON.parse(text), hideFields);
  } catch {
    return text;
  }
};

const now = () => performance.now();

/**
 * The observer of a client, or undefined when nothing would use it (level `off` or `error` and
 * no hook): then the transport skips even the clock.
 */
export function createObserver(
  level: LogLevel,
  log: LevelLogger,
  hook: ((event: AttemptEvent) => void) | undefined,
  redact: (text: string) => string,
): Observer | undefined {
  const warn = rank(level) >= 2;
  const info = rank(level) >= 3;
  const debug = rank(level) >= 4;
  if (!warn && !hook) return undefined;

  // Redacted before cutting: a key cut in half by the truncation would no longer be recognised.
  const clip = (text: string) => truncate(redact(text), MAX_LOGGED);
  const hookFailed = (err: unknown) =>
    log.error(`[gigstack] onAttempt threw (the call goes on): ${clip(describeError(err))}`);
  const where = (target: AttemptTarget) =>
    `[gigstack] ${target.operationId} ${target.method} ${target.path}${target.query ? `?${target.query}` : ""}`;
  const prefix = (target: AttemptTarget, attempt: number) => `${where(target)} (attempt ${attempt + 1})`;
  const details = (headers: Headers | Record<string, string>, body: string | undefined) =>
    `headers ${JSON.stringify(
      // Any iterable Headers (an injected fetch may bring its own class), else the request's record.
      Symbol.iterator in headers ? Object.fromEntries(headers as Headers) : headers,
      hideSecrets,
    )}${body ? ` body ${body}` : ""}`;

  function report(
    target: AttemptTarget,
    attempt: number,
    started: number,
    status: number | undefined,
    error: AttemptError | undefined,
    code: string | undefined,
    retry: AttemptRetry | undefined,
  ): void {
    const durationMs = now() - started;
    if (hook) {
      const event: AttemptEvent = {
        operationId: target.operationId,
        method: target.method,
        path: target.path,
        query: target.query,
        attempt: attempt + 1,
        status,
        error,
        code,
        durationMs,
        retry,
      };
      try {
        // An async hook's rejection is caught too: it would otherwise be an unhandled rejection.
        const result = hook(event) as unknown;
        if (result instanceof Promise) result.catch(hookFailed);
      } catch (err) {
        hookFailed(err);
      }
    }
    // One line per attempt: at `warn` when a retry follows (the caller cannot see retries any
    // other way), else at `info`. A call's final failure is not logged above `info`: the caller
    // receives it as a typed error, and logging it again would double every handled 404.
    if (retry ? warn : info) {
      (retry ? log.warn : log.info)(
        `${where(target)} -> ${
          status ?? (code ? `${error} ${code}` : error)
        } in ${Math.round(durationMs)} ms (attempt ${attempt + 1})${
          retry ? `; retry in ${Math.round(retry.delayMs)} ms: ${retry.reason}` : ""
        }`,
      );
    }
  }

  return {
    start(target, attempt, headers, body) {
      if (debug) {
        log.debug(
          `${prefix(target, attempt)} request ${details(
            headers,
            // Only text bodies are shown: a multipart body holds files and, for a CSD upload, its password.
            body === undefined
              ? undefined
              : typeof body === "string"
                ? clip(showBody(body))
                : `[${body.constructor.name}]`,
          )}`,
        );
      }
      return now();
    },
    answered(target, attempt, started, res, text, retry) {
      if (!info && !hook && !retry) return; // the default level's success path
      report(target, attempt, started, res.status, undefined, undefined, retry);
      if (debug)
        log.debug(
          `${prefix(target, attempt)} response ${res.status} ${details(res.headers, text && clip(showBody(text)))}`,
        );
    },
    failed(target, attempt, started, error, cause, code, retry) {
      report(target, attempt, started, undefined, error, code, retry);
      if (debug) log.debug(`${prefix(target, attempt)} ${error}: ${clip(describeError(cause))}`);
    },
  };
}

/** An error and its cause on one line: what failed and why (undici's "fetch failed" says why in its cause). */
function describeError(err: unknown): string {
  const cause = (err as { cause?: unknown } | undefined)?.cause;
  return `${String(err)}${cause ? `; cause: ${String(cause)}` : ""}`;
}
