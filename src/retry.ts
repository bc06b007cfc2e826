/**
 * When a failed attempt may be repeated, and how long to wait. Payments and CFDI stamping
 * cannot be undone, so the rule is: repeat only what cannot happen twice.
 */

/**
 * Statuses worth another attempt, for requests that cannot happen twice (reads, keyed writes):
 * the transport never repeats a plain POST, whatever the status (see transport.ts).
 */
const RETRYABLE_STATUS = new Set([
  408, // the server gave up waiting for our request; a gateway's 408 does not prove the API did nothing
  429, // rate limited; likewise, only the API's own 429 would prove it was not processed
  500, // transient server failures; only repeated when the request is idempotent (below)
  502, // a gateway in front of the API failed
  503, // overloaded or deploying
  504, // a gateway timed out waiting for the API
]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUS.has(status);
}

/**
 * May this request be sent again after it possibly reached the server?
 * - GET, PUT and DELETE are idempotent by HTTP semantics: repeating them leaves the same state.
 * - A POST creates or triggers something (a payment, a stamp): only when it carries an
 *   idempotency key can the server recognise the repeat, so only then is it repeated.
 */
export function isIdempotent(method: string, hasIdempotencyKey: boolean): boolean {
  return method === "GET" || method === "PUT" || method === "DELETE" || hasIdempotencyKey;
}

export const INITIAL_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;

/**
 * The backoff actually used. @internal Not exported from the package: a test hook, so that fault
 * tests can run hundreds of retries in milliseconds without changing what users get.
 */
export const retryTiming = { initialDelayMs: INITIAL_DELAY_MS, maxDelayMs: MAX_DELAY_MS };
/** A server asking for more than this is treated as "not now": we give up instead of hanging. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined
 * when absent or unreadable. Also honours the non-standard `retry-after-ms`.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // An HTTP date always has a time of day; without one, Date.parse would read "-5" or "2099" as a year.
  if (!/\d{2}:\d{2}:\d{2}/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Exponential backoff with full jitter (0.5 s, 1 s, 2 s … capped at 8 s), so that many clients
 * failing together do not retry together.
 */
export function backoffDelay(retry: number, random = Math.random): number {
  const ceiling = Math.min(retryTiming.maxDelayMs, retryTiming.initialDelayMs * 2 ** retry);
  return ceiling / 2 + random() * (ceiling / 2);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
