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

/**
 * Where the SDK's lines go; `console` by default. Each member is optional: a level whose
 * member is missing is dropped. Each receives one string, already redacted.
 */
export interface Logger {
  error?: ((message: string) => void) | undefined;
  warn?: ((message: string) => void) | undefined;
  info?: ((message: string) => void) | undefined;
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
  /** From just before `fetch` to the end of reading the response (or the failure). */
  durationMs: number;
  /** Set when the SDK will make another attempt. */
  retry?: AttemptRetry | undefined;
}

/** What an attempt is for, as the transport knows it. @internal */
export interface AttemptTarget {
  operationId?: string | undefined;
  method: string;
  path: string;
  query: string;
}

/** A logger with all four levels, filtered by the client's level and redacted. @internal */
export interface LevelLogger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

/**
 * The transport's side of logging. `attempt` is 0-based here (the transport's loop counter);
 * lines and events count from 1. @internal
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
    text: string | undefined,
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

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const LEVEL_NAMES = Object.keys(LEVELS) as LogLevel[];

function isLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(LEVELS, value);
}

/**
 * The client's level: the option, else `GIGSTACK_LOG`, else `warn`. A wrong option is a
 * mistake in code and throws at construction; a wrong environment variable is set outside the
 * code (a deploy setting), so it is reported through `warn` and ignored rather than taking every
 * client down over a log setting (openai-node does the same with OPENAI_LOG).
 */
export function resolveLogLevel(option: unknown, fromEnv: string | undefined, warn: (message: string) => void) {
  if (option !== undefined) {
    if (isLevel(option)) return option;
    throw new GigstackConfigError(`logLevel must be one of ${LEVEL_NAMES.join(", ")}; got ${JSON.stringify(option)}`);
  }
  if (fromEnv === undefined) return "warn";
  if (isLevel(fromEnv)) return fromEnv;
  warn(`[gigstack] GIGSTACK_LOG=${JSON.stringify(fromEnv)} is not one of ${LEVEL_NAMES.join(", ")}; using "warn"`);
  return "warn";
}

/** The logger option checked: an object whose given members are functions. */
export function checkLogger(logger: unknown): Logger | undefined {
  if (logger === undefined) return undefined;
  const ok =
    logger !== null &&
    typeof logger === "object" &&
    LEVEL_NAMES.every((name) => {
      const fn = (logger as Record<string, unknown>)[name];
      return fn === undefined || typeof fn === "function";
    });
  if (!ok) throw new GigstackConfigError("logger must be an object like console: { error?, warn?, info?, debug? }");
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
    if (LEVELS[name] > LEVELS[level] || typeof fn !== "function") return noop;
    return (message: string) => {
      try {
        fn.call(logger, redact(message));
      } catch {
        // Nowhere better to report it: the logger itself is what failed.
      }
    };
  };
  return { error: make("error"), warn: make("warn"), info: make("info"), debug: make("debug") };
}

/** Bodies in debug lines are cut to this many characters. */
const MAX_LOGGED_BODY = 2_000;
/** Header values that are credentials whoever sends them; the key is also redacted wherever it appears. */
const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "proxy-authorization"]);

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
  const warn = LEVELS[level] >= LEVELS.warn;
  const info = LEVELS[level] >= LEVELS.info;
  const debug = LEVELS[level] >= LEVELS.debug;
  if (!warn && !hook) return undefined;

  // Redacted before cutting: a key cut in half by the truncation would no longer be recognised.
  const clip = (text: string) => truncate(redact(text), MAX_LOGGED_BODY);
  const hookFailed = (err: unknown) =>
    log.error(`[gigstack] onAttempt threw; the call goes on regardless: ${clip(describeError(err))}`);

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
        operationId: target.operationId ?? "unknown",
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
      const outcome = status !== undefined ? String(status) : code ? `${error} ${code}` : String(error);
      const line = `${prefix(target)} -> ${outcome} in ${Math.round(durationMs)} ms (attempt ${attempt + 1})${
        retry ? `; retry in ${Math.round(retry.delayMs)} ms: ${retry.reason}` : ""
      }`;
      if (retry) log.warn(line);
      else log.info(line);
    }
  }

  return {
    start(target, attempt, headers, body) {
      if (debug) {
        log.debug(
          `${prefix(target)} (attempt ${attempt + 1}) request headers ${JSON.stringify(redactHeaders(Object.entries(headers)))}${
            body === undefined ? "" : ` body ${describeBody(body, clip)}`
          }`,
        );
      }
      return now();
    },
    answered(target, attempt, started, res, text, retry) {
      if (!info && !hook && !retry) return; // the default level's success path
      report(target, attempt, started, res.status, undefined, undefined, retry);
      if (debug) {
        const entries: [string, string][] = [];
        res.headers.forEach((value, name) => {
          entries.push([name, value]);
        });
        log.debug(
          `${prefix(target)} (attempt ${attempt + 1}) response ${res.status} headers ${JSON.stringify(redactHeaders(entries))}${
            text === undefined || text === "" ? "" : ` body ${clip(text)}`
          }`,
        );
      }
    },
    failed(target, attempt, started, error, cause, code, retry) {
      report(target, attempt, started, undefined, error, code, retry);
      if (debug) log.debug(`${prefix(target)} (attempt ${attempt + 1}) ${error}: ${clip(describeError(cause))}`);
    },
  };
}

function prefix(target: AttemptTarget): string {
  return `[gigstack] ${target.operationId ?? "unknown"} ${target.method} ${target.path}${
    target.query ? `?${target.query}` : ""
  }`;
}

/** Credentials replaced by name; the key itself is redacted from the whole line afterwards. */
function redactHeaders(entries: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? "[redacted]" : value;
  return out;
}

function describeBody(body: BodyInit, clip: (text: string) => string): string {
  if (typeof body === "string") return clip(body);
  if (body instanceof FormData) {
    const parts: string[] = [];
    body.forEach((value, name) => {
      parts.push(typeof value === "string" ? name : `${name} (file, ${value.size} bytes)`);
    });
    return `[multipart: ${parts.join(", ")}]`;
  }
  if (body instanceof Blob) return `[${body.size} bytes]`;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return `[${body.byteLength} bytes]`;
  return "[stream]";
}

/** An error and its causes, one line: what failed and why, for the debug log. */
function describeError(err: unknown): string {
  const parts: string[] = [];
  for (let e = err, i = 0; e !== undefined && e !== null && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    if (e instanceof Error) {
      const code = (e as { code?: unknown }).code;
      parts.push(`${e.name}: ${e.message}${typeof code === "string" ? ` (${code})` : ""}`);
    } else {
      parts.push(String(e));
      break;
    }
  }
  return parts.join("; cause: ");
}
