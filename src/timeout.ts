/**
 * Each attempt's abort signal: the attempt's own timeout and, when there is one, the caller's
 * signal. Created when the attempt starts and released by that attempt when it ends (the timer
 * cleared, the listener on the caller's signal removed), so nothing outlives the request and no
 * state is shared between requests. That is what Cloudflare Workers need: they drop the timers
 * that a finished request scheduled, so a timer shared across requests silently stops firing.
 *
 * One AbortController linked by hand rather than `AbortSignal.any([caller, timeout])`: that is
 * the same on every runtime, and it cannot leak. `any()` keeps each combined signal attached to
 * its inputs until they are garbage-collected, so a long-lived caller signal (an app-wide
 * shutdown signal passed to every call) accumulates one per request on Node 20/22
 * (nodejs/node#54614, #55351) and did on Deno until 2026 (denoland/deno#24842). Removing our own
 * listener at the end of the attempt leaves nothing behind on any runtime.
 */

/** The reason an attempt's signal carries when its own timeout fired. */
export class AttemptTimeout extends Error {
  override name = "AttemptTimeout";
}

export interface AttemptSignal {
  /** Aborted by the timeout (reason: an {@link AttemptTimeout}) or by the caller (their reason). */
  signal: AbortSignal;
  /** Clears the timer and detaches from the caller's signal. Call once the attempt has ended. */
  release: () => void;
}

export function attemptSignal(timeoutMs: number, caller?: AbortSignal): AttemptSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new AttemptTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
  if (!caller) return { signal: controller.signal, release: () => clearTimeout(timer) };
  const onAbort = () => controller.abort(caller.reason);
  // An abort event fires once: a signal aborted already would never reach the listener.
  if (caller.aborted) onAbort();
  else caller.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      caller.removeEventListener("abort", onAbort);
    },
  };
}
