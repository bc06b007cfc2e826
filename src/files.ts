/** Uploads (multipart bodies) and invoice file downloads. */
import { isLoopback, type RequestOptions, type ResolvedConfig, redactKey } from "./config.js";
import {
  GigstackAbortError,
  GigstackConnectionError,
  GigstackError,
  GigstackTimeoutError,
  truncate,
} from "./errors.js";
import type { AttemptTarget } from "./log.js";
import { AttemptTimeout, attemptSignal } from "./timeout.js";

/** Which file of an invoice `invoices.download(id, format)` fetches: the PDF or the stamped XML. */
export type InvoiceFileFormat = "pdf" | "xml";

/** Parts as FormData: Blobs and Files as they are (a File keeps its name), bytes as a Blob. */
export function toFormData(parts: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value, (value as File).name || name);
    else if (value instanceof Uint8Array) form.append(name, new Blob([value as Uint8Array<ArrayBuffer>]), name);
    else form.append(name, String(value));
  }
  return form;
}

/** Storage links may redirect (signed URLs do); a few hops, never more. */
const MAX_DOWNLOAD_REDIRECTS = 5;

/**
 * Fetches the bytes behind a file URL from `GET /invoices/{id}/files`. Those URLs are public or
 * signed storage links, so the API key goes only to the API's own origin, never elsewhere: the
 * redirects are followed here, hop by hop, rather than by fetch (an injected fetch may not drop
 * Authorization on a cross-origin redirect).
 */
export async function downloadInvoiceFile(
  config: ResolvedConfig,
  files: { pdf?: string | undefined; xml?: string | undefined } | undefined,
  format: InvoiceFileFormat,
  options: RequestOptions = {},
): Promise<Uint8Array> {
  const href = files?.[format];
  if (!href) throw new GigstackError(`The invoice has no ${format} file (yet)`);
  let url: URL;
  try {
    url = new URL(href, config.baseUrl);
  } catch {
    throw new GigstackError(`The ${format} file URL is not a URL: ${truncate(redactKey(href, config.apiKey), 200)}`);
  }
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  if (options.signal?.aborted) {
    throw new GigstackAbortError(`Download of the ${format} aborted by the caller`, { cause: options.signal.reason });
  }
  // One timeout for the whole download (every hop and the body), released when it ends: see timeout.ts.
  const { signal, release } = attemptSignal(timeoutMs, options.signal);
  // Each fetch (each redirect hop) is logged and reported to onAttempt as one attempt.
  const obs = config.observer;
  let target: AttemptTarget | undefined;
  let started = 0;
  try {
    for (let hop = 0; ; hop++) {
      // Plain http only to the API itself or to this machine (a local test storage host).
      if (
        url.protocol !== "https:" &&
        !(url.protocol === "http:" && (url.origin === config.origin || isLoopback(url)))
      ) {
        throw new GigstackError(`Refusing to download the ${format} over ${url.protocol} from ${url.host}`);
      }
      const headers: Record<string, string> = {};
      if (url.origin === config.origin) {
        headers.authorization = `Bearer ${config.apiKey}`;
        headers["x-gigstack-client"] = config.clientHeader;
      }
      if (obs) {
        // Without the query: a signed storage URL's query is a credential.
        target = { operationId: "downloadInvoiceFile", method: "GET", path: url.origin + url.pathname, query: "" };
        started = obs.start(target, 0, headers);
      }
      const res: Response = await config.fetch(url.href, { headers, redirect: "manual", signal });
      // Reported when the headers arrive (a file's bytes are not logged).
      if (target) obs?.answered(target, 0, started, res);
      const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
      if (location) {
        await res.body?.cancel();
        if (hop >= MAX_DOWNLOAD_REDIRECTS) throw new GigstackError(`Downloading the ${format}: too many redirects`);
        try {
          url = new URL(location, url);
        } catch {
          // (URL's own error would carry the Location, which the API's origin could fill with anything.)
          throw new GigstackError(`Downloading the ${format}: redirected to an invalid URL`);
        }
        continue;
      }
      if (!res.ok) {
        const text = await res.text().catch(() => "");
        throw new GigstackError(
          `Downloading the ${format} failed: HTTP ${res.status} ${truncate(redactKey(text, config.apiKey), 200)}`,
        );
      }
      return new Uint8Array(await res.arrayBuffer());
    }
  } catch (err) {
    if (err instanceof GigstackError) throw err;
    const timedOut = signal.reason instanceof AttemptTimeout;
    if (target)
      obs?.failed(target, 0, started, options.signal?.aborted ? "aborted" : timedOut ? "timeout" : "connection", err);
    if (options.signal?.aborted)
      throw new GigstackAbortError(`Download of the ${format} aborted by the caller`, { cause: err });
    if (timedOut) throw new GigstackTimeoutError(`Download of the ${format} took longer than ${timeoutMs} ms`);
    throw new GigstackConnectionError(`Downloading the ${format} failed`, { cause: err });
  } finally {
    release();
  }
}
