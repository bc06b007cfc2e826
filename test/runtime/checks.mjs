// The one check script of the runtime matrix (scripts/runtimes/matrix.mjs): the same file runs
// on Node 20/22/24, Bun, Deno (main.mjs) and in a Cloudflare Worker on workerd (worker.mjs),
// against the packed tarball installed in a scratch consumer, and the fake API of
// scripts/runtimes/fake-api.mjs. Plain JavaScript, web-standard APIs only, and the runtime's
// own default fetch: nothing is injected. Each check throws on failure, with what it saw.
import {
  Gigstack,
  GigstackAbortError,
  GigstackApiError,
  GigstackConfigError,
  GigstackTimeoutError,
  NotFoundError,
} from "gigstack-ts";
import { TAX_SYSTEMS } from "gigstack-ts/catalogs";
import { validateRfc } from "gigstack-ts/fiscal";
import { rawClient } from "gigstack-ts/raw";
import { parseWebhookEvent } from "gigstack-ts/webhooks";
import { TaxSystemSchema } from "gigstack-ts/zod";

export const KEY = "sk_test_runtime_matrix_5e2a";

function check(condition, what, seen) {
  if (!condition) throw new Error(`${what}; got ${seen === undefined ? "undefined" : JSON.stringify(seen)}`);
}

async function rejection(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail, it succeeded");
}

const describe = (err) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** The checks by name; `origin` is the fake API's, `run` tells this run's requests apart. */
export function checks(origin, run) {
  const gigstack = () => new Gigstack({ apiKey: KEY, baseUrl: `${origin}/v2`, team: "team_matrix" });
  return {
    get: async () => {
      const receipt = await gigstack().receipts.get("rec_1");
      check(receipt.id === "rec_1" && receipt.team === "team_matrix", "receipts.get returns the receipt", receipt);
      // X-Gigstack-Client names the runtime (API-DECISIONS.md), which each runtime detects its
      // own way; checked where a build sends it: `gigstack-ts/<version> <runtime>/<version>`.
      // The run is named after the runtime (node-22, bun, deno, workerd-request1, …).
      if (receipt.client !== null) {
        const runtime = run.split("-")[0];
        const pattern = new RegExp(`^gigstack-ts/[\\w.+-]+ ${runtime}/[\\w.+-]+$`);
        check(pattern.test(receipt.client), `X-Gigstack-Client names ${runtime}`, receipt.client);
      }
    },
    paginate: async () => {
      const ids = [];
      for await (const receipt of gigstack().receipts.list({ limit: 2 })) ids.push(receipt.id);
      check(ids.join() === "r1,r2,r3", "for await walks both pages", ids);
    },
    "typed 404": async () => {
      const err = await rejection(gigstack().receipts.get("missing"));
      check(
        err instanceof NotFoundError && err instanceof GigstackApiError && err.status === 404,
        "a 404 is a NotFoundError",
        describe(err),
      );
      check(err.code === "resource_not_found", "with the API's code", err.code);
    },
    timeout: async () => {
      const t0 = Date.now();
      const err = await rejection(gigstack().clients.get(`hang-timeout-${run}`, { timeoutMs: 300 }));
      check(err instanceof GigstackTimeoutError, "a hung read times out", describe(err));
      // Loose: workerd's clock only advances across I/O. A timeout that never fired hangs instead.
      check(Date.now() - t0 < 10_000, "within seconds", Date.now() - t0);
    },
    abort: async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error("the caller gave up")), 100);
      const err = await rejection(
        gigstack().clients.get(`hang-abort-${run}`, { signal: controller.signal, timeoutMs: 30_000 }),
      );
      check(err instanceof GigstackAbortError, "the caller's abort ends the call", describe(err));
    },
    "retry after a 503": async () => {
      const client = await gigstack().clients.get(`flaky-${run}`);
      check(client.attempt === 2, "the 503 is retried once, then answered", client);
    },
    "multipart upload": async () => {
      const file = new File(["contract body"], "contract.pdf", { type: "application/pdf" });
      const doc = await gigstack().clients.supportDocuments.upload("client_1", { file, documentType: "contract" });
      check(
        doc.document_type === "contract" &&
          doc.file_name === "contract.pdf" &&
          doc.mime_type === "application/pdf" &&
          doc.text === "contract body",
        "the server receives the parts",
        doc,
      );
    },
    "invoice download": async () => {
      const bytes = await gigstack().invoices.download("inv_1", "pdf");
      const text = new TextDecoder().decode(bytes);
      check(bytes instanceof Uint8Array && text === "%PDF-1.7 gigstack runtime matrix\n", "the PDF's bytes", text);
    },
    "raw (openapi-fetch)": async () => {
      const { data, response } = await rawClient(gigstack()).GET("/receipts/{id}", {
        params: { path: { id: "rec_1" } },
      });
      check(response.status === 200 && data?.data?.id === "rec_1", "rawClient(gigstack).GET", data);
    },
    "no key: a GigstackConfigError": async () => {
      // The key falls back to the environment, which Deno (no --allow-env) refuses to read and
      // workerd does not have: either way the caller gets the SDK's own error, nothing else.
      const err = await rejection((async () => new Gigstack({ baseUrl: `${origin}/v2` }))());
      check(err instanceof GigstackConfigError && /No API key/.test(err.message), "a config error", describe(err));
    },
    "webhook parse": async () => {
      const event = parseWebhookEvent('{"type":"invoice.stamped","data":{"object":{"id":"inv_1"}}}');
      check(event.type === "invoice.stamped" && event.known && event.data.object.id === "inv_1", "parsed", event);
    },
    "gigstack-ts/catalogs and /zod": async () => {
      const regime = TAX_SYSTEMS.find((t) => t.code === "601")?.description;
      check(regime === "General de Ley Personas Morales", "TAX_SYSTEMS", regime);
      check(TaxSystemSchema.safeParse("601").success && !TaxSystemSchema.safeParse("999").success, "TaxSystemSchema");
    },
    "gigstack-ts/fiscal": async () => {
      check(validateRfc("XAXX010101000").valid && !validateRfc("nope").valid, "validateRfc");
    },
  };
}

/** A check that has not settled after this long has hung (a timeout that never fires). */
const CHECK_LIMIT_MS = 15_000;

/** Runs the named checks (all by default) one after another; never throws, never hangs. */
export async function runChecks(origin, run, names) {
  const all = checks(origin, run);
  const results = [];
  for (const name of names ?? Object.keys(all)) {
    const t0 = Date.now();
    let guard;
    try {
      if (!all[name]) throw new Error(`no check named ${name}`);
      await Promise.race([
        all[name](),
        new Promise((_, reject) => {
          guard = setTimeout(() => reject(new Error(`did not finish within ${CHECK_LIMIT_MS} ms`)), CHECK_LIMIT_MS);
        }),
      ]);
      results.push({ check: name, ok: true, ms: Date.now() - t0 });
    } catch (err) {
      results.push({ check: name, ok: false, ms: Date.now() - t0, error: describe(err) });
    } finally {
      clearTimeout(guard);
    }
  }
  return results;
}
