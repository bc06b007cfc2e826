// The transport's promises, one at a time, against a real local socket: which failures are
// retried and how often, what each failure becomes, idempotency keys, timeouts, aborts and
// redirects. The backoff is shortened through the internal hook of src/retry.ts; the real
// delays are checked as a pure function.
import { getEventListeners } from "node:events";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Gigstack,
  GigstackAbortError,
  GigstackApiError,
  GigstackConfigError,
  GigstackConnectionError,
  GigstackError,
  GigstackTimeoutError,
  GigstackUnknownOutcomeError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import {
  backoffDelay,
  INITIAL_DELAY_MS,
  isIdempotent,
  isRetryableStatus,
  MAX_DELAY_MS,
  parseRetryAfter,
  retryTiming,
} from "../src/retry.js";
import { AttemptTimeout, attemptSignal } from "../src/timeout.js";
import { apiErrorBody, closedPort, type FaultServer, json, startFaultServer } from "./support/fault-server.js";
import { exampleBody, fastBackoff, rejection, UUID_V4 } from "./support/sdk.js";

const KEY = "sk_test_transport_5b1f0e9a7c3d";
let server: FaultServer;
let restoreBackoff: () => void;

beforeAll(async () => {
  server = await startFaultServer();
  restoreBackoff = fastBackoff();
});
afterAll(async () => {
  restoreBackoff();
  await server.close();
});
beforeEach(() => {
  server.clear();
  server.handle(() => json(200, { data: { id: "ok" } }));
});

const client = (extra: Record<string, unknown> = {}) => new Gigstack({ apiKey: KEY, baseUrl: server.url, ...extra });

/** The six kinds of request the retry rule tells apart. */
const kinds = {
  GET: (g: Gigstack) => g.clients.get("client_1"),
  PUT: (g: Gigstack) => g.clients.update("client_1", exampleBody("updateClient") as never),
  DELETE: (g: Gigstack) => g.clients.delete("client_1"),
  "POST (plain)": (g: Gigstack) => g.clients.create(exampleBody("createClient") as never),
  "POST (Idempotency-Key option)": (g: Gigstack) =>
    g.clients.create(exampleBody("createClient") as never, { idempotencyKey: "idem-create-client-0001" }),
  "POST (payments.register, body key)": (g: Gigstack) =>
    g.payments.register(exampleBody("registerPayment", ["idempotency_key"]) as never),
} as const;
type Kind = keyof typeof kinds;
const repeatable = (kind: Kind) => kind !== "POST (plain)";

describe("backoff, Retry-After and the retry rule (pure)", () => {
  it("backs off exponentially from ~0.5 s with jitter, capped at 8 s", () => {
    expect(retryTiming).toEqual({ initialDelayMs: 4, maxDelayMs: 32 }); // the test hook is on…
    const restore = fastBackoff(INITIAL_DELAY_MS, MAX_DELAY_MS); // …the real numbers for this test
    try {
      const low = (n: number) => backoffDelay(n, () => 0);
      const high = (n: number) => backoffDelay(n, () => 0.999999);
      expect([0, 1, 2, 3, 4, 5, 9].map((n) => Math.round(high(n)))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
      expect([0, 1, 2, 3, 4].map(low)).toEqual([250, 500, 1000, 2000, 4000]);
      // Jitter: many draws of the first delay spread over [250, 500].
      const draws = Array.from({ length: 200 }, () => backoffDelay(0));
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(250);
      expect(Math.max(...draws)).toBeLessThanOrEqual(500);
      expect(new Set(draws.map(Math.round)).size).toBeGreaterThan(50);
    } finally {
      restore();
      fastBackoff();
    }
  });

  it("reads Retry-After as seconds, as an HTTP date, and retry-after-ms", () => {
    const now = Date.parse("2025-11-20T10:00:00Z");
    const h = (init: Record<string, string>) => new Headers(init);
    expect(parseRetryAfter(h({ "retry-after": "3" }), now)).toBe(3000);
    expect(parseRetryAfter(h({ "retry-after": " 1.5 " }), now)).toBe(1500);
    expect(parseRetryAfter(h({ "retry-after": "Thu, 20 Nov 2025 10:00:07 GMT" }), now)).toBe(7000);
    expect(parseRetryAfter(h({ "retry-after": "Thu, 20 Nov 2025 09:00:00 GMT" }), now)).toBe(0);
    expect(parseRetryAfter(h({ "retry-after-ms": "250" }), now)).toBe(250);
    expect(parseRetryAfter(h({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(parseRetryAfter(h({ "retry-after": "-5" }), now)).toBeUndefined();
    expect(parseRetryAfter(h({}), now)).toBeUndefined();
  });

  it("retries exactly 408, 429, 500, 502, 503 and 504", () => {
    const retryable = Array.from({ length: 500 }, (_, i) => i + 100).filter(isRetryableStatus);
    expect(retryable).toEqual([408, 429, 500, 502, 503, 504]);
  });

  it("repeats GET, PUT, DELETE, and a POST only with an idempotency key", () => {
    expect(["GET", "PUT", "DELETE", "POST", "PATCH"].map((m) => isIdempotent(m, false))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(isIdempotent("POST", true)).toBe(true);
  });
});

describe("which failures are retried, and what the caller gets (maxRetries 2)", () => {
  const statuses = [408, 429, 500, 502, 503, 504] as const;
  const cases = Object.keys(kinds).flatMap((kind) =>
    [...statuses, "reset" as const, "close" as const].map((fault) => [kind as Kind, fault] as const),
  );

  it.each(cases)("%s after %s", async (kind, fault) => {
    server.handle(() =>
      typeof fault === "number" ? json(fault, apiErrorBody("internal_server_error", `fault ${fault}`)) : fault,
    );
    const error = await rejection(kinds[kind](client()));
    const attempts = server.requests;
    // The retry budget: one attempt plus maxRetries (2) for what may be repeated, one otherwise.
    expect(attempts).toHaveLength(repeatable(kind) ? 3 : 1);
    expect(error).toBeInstanceOf(GigstackError);

    const write = kind !== "GET";
    if (fault === "reset" || fault === "close") {
      // Nothing came back: a read failed to connect; a write may or may not have happened.
      expect(error).toBeInstanceOf(write ? GigstackUnknownOutcomeError : GigstackConnectionError);
      if (write) expect((error as GigstackUnknownOutcomeError).status).toBeUndefined();
    } else if (fault >= 500 && write) {
      expect(error).toBeInstanceOf(GigstackUnknownOutcomeError);
      expect((error as GigstackUnknownOutcomeError).status).toBe(fault);
      expect((error as Error).cause).toBeInstanceOf(InternalServerError);
    } else {
      expect(error).toBeInstanceOf(
        fault === 429 ? RateLimitError : fault >= 500 ? InternalServerError : GigstackApiError,
      );
      expect((error as GigstackApiError).status).toBe(fault);
    }

    // A repeated POST is recognisable: every attempt carries the same key and the same body.
    if (kind === "POST (Idempotency-Key option)") {
      expect(new Set(attempts.map((a) => a.headers["idempotency-key"]))).toEqual(new Set(["idem-create-client-0001"]));
      expect((error as { idempotencyKey?: string }).idempotencyKey ?? "idem-create-client-0001").toBe(
        "idem-create-client-0001",
      );
    }
    if (kind === "POST (payments.register, body key)") {
      const keys = attempts.map((a) => JSON.parse(a.body).idempotency_key);
      expect(keys[0]).toMatch(UUID_V4);
      expect(new Set(keys).size).toBe(1);
      expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
      if (error instanceof GigstackUnknownOutcomeError) expect(error.idempotencyKey).toBe(keys[0]);
    }
    if (kind === "POST (plain)" && error instanceof GigstackUnknownOutcomeError) {
      expect(error.idempotencyKey).toBeUndefined();
    }
  });

  it.each([400, 401, 403, 404, 409, 422, 501, 505])("does not retry a %s, whatever the method", async (status) => {
    server.handle(() => json(status, apiErrorBody("invalid_request_body", "no")));
    for (const call of Object.values(kinds)) {
      server.clear();
      const error = await rejection(call(client()));
      expect(server.requests).toHaveLength(1);
      expect(error).toBeInstanceOf(status >= 500 ? GigstackError : GigstackApiError);
    }
  });

  it("succeeds on the attempt after a failure, and reports nothing", async () => {
    for (const [kind, call] of Object.entries(kinds)) {
      if (!repeatable(kind as Kind)) continue;
      server.clear();
      server.handle((r) => (r.seq % 2 === 0 ? "reset" : json(200, { data: { id: "second" } })));
      await expect(call(client()), kind).resolves.toEqual({ id: "second" });
      expect(server.requests).toHaveLength(2);
    }
  });

  it("honours maxRetries per client and per call", async () => {
    server.handle(() => json(503, apiErrorBody("internal_server_error", "down")));
    await rejection(client({ maxRetries: 0 }).clients.get("c"));
    expect(server.requests).toHaveLength(1);
    server.clear();
    await rejection(client({ maxRetries: 0 }).clients.get("c", { maxRetries: 4 }));
    expect(server.requests).toHaveLength(5);
    server.clear();
    await rejection(client().payments.register(exampleBody("registerPayment") as never, { maxRetries: 1 }));
    expect(server.requests).toHaveLength(2);
  });

  it("retries a connection that was refused (nothing sent) even for a plain POST, then says so", async () => {
    const port = await closedPort();
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const g = new Gigstack({ apiKey: KEY, baseUrl: `http://127.0.0.1:${port}`, fetch: counting });
    const error = await rejection(g.clients.create(exampleBody("createClient") as never));
    expect(calls).toBe(3);
    // Not "unknown outcome": the request never left.
    expect(error).toBeInstanceOf(GigstackConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("never retries getTeamOnboardingUrl (each call renews a password)", async () => {
    server.handle(() => json(503, apiErrorBody("internal_server_error", "down")));
    await rejection(client().teams.onboardingUrl("team_1"));
    expect(server.requests).toHaveLength(1);
  });
});

describe("idempotency keys", () => {
  it("payments.register adds a fresh UUID v4 per call, and keeps the caller's", async () => {
    const g = client();
    await g.payments.register(exampleBody("registerPayment", ["idempotency_key"]) as never);
    await g.payments.register(exampleBody("registerPayment", ["idempotency_key"]) as never);
    await g.payments.register({ ...exampleBody("registerPayment"), idempotency_key: "mine-0001" } as never);
    const keys = server.requests.map((r) => JSON.parse(r.body).idempotency_key);
    expect(keys[0]).toMatch(UUID_V4);
    expect(keys[1]).toMatch(UUID_V4);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("mine-0001");
    expect(server.requests.every((r) => r.headers["idempotency-key"] === undefined)).toBe(true);
  });

  it("an Idempotency-Key passed as a plain header also makes a POST repeatable", async () => {
    server.handle((r) =>
      r.seq === 0 ? json(503, apiErrorBody("internal_server_error", "down")) : json(200, { data: {} }),
    );
    await client().clients.create(exampleBody("createClient") as never, {
      headers: { "Idempotency-Key": "hdr-key-01" },
    });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["hdr-key-01", "hdr-key-01"]);
  });

  it("a plain POST carries no Idempotency-Key and is sent once", async () => {
    server.handle(() => json(503, apiErrorBody("internal_server_error", "down")));
    await rejection(client().receipts.stamp("receipt_1", exampleBody("stampReceipt") as never));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers["idempotency-key"]).toBeUndefined();
  });
});

describe("HTTP errors become typed errors carrying the response", () => {
  const table = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, GigstackApiError],
  ] as const;

  it.each(table.map(([status, ErrorClass]) => [status, ErrorClass.name, ErrorClass] as const))(
    "%s → %s",
    async (status, _name, ErrorClass) => {
      server.handle(() =>
        json(
          status,
          {
            success: false,
            message: "Top message",
            error: { code: "validation_failed", details: ["a: bad", "b: worse"] },
          },
          { "x-request-id": "req_42", "retry-after": "7" },
        ),
      );
      const error = await rejection(
        client({ maxRetries: 0 }).clients.list({ limit: 5, metadata: { order: "A/1" } }, { team: "team_x" }),
      );
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as Error).constructor).toBe(ErrorClass);
      const e = error as GigstackApiError;
      expect(e.name).toBe(ErrorClass.name);
      expect(e).toMatchObject({
        status,
        code: "validation_failed",
        details: ["a: bad", "b: worse"],
        method: "GET",
        path: "/clients",
        body: { success: false, message: "Top message" },
      });
      expect(e.message).toContain("Top message");
      expect(e.message).not.toContain("?");
      expect(e.message).not.toContain("team_x");
      expect(e.headers.get("x-request-id")).toBe("req_42");
      if (e instanceof RateLimitError) expect(e.retryAfterMs).toBe(7000);
      // The server did get the query; the error just does not repeat it.
      expect(server.requests[0]?.query.get("team")).toBe("team_x");
    },
  );

  it("reads the documented string form of the envelope", async () => {
    server.handle(() => json(404, { message: "Client not found", error: "resource_not_found" }));
    const e = (await rejection(client().clients.get("client_9"))) as NotFoundError;
    expect(e).toMatchObject({ code: "resource_not_found", path: "/clients/client_9", details: undefined });
    expect(e.message).toBe("404 GET /clients/client_9: Client not found (resource_not_found)");
  });

  it("turns a 200 with success:false into an API error", async () => {
    server.handle(() => json(200, { success: false, message: "XML rejected", error: "invalid_field_value" }));
    const e = (await rejection(client().clients.get("client_1"))) as GigstackApiError;
    expect(e.constructor).toBe(GigstackApiError);
    expect(e).toMatchObject({ status: 200, code: "invalid_field_value", method: "GET" });
  });

  it("keeps a non-JSON error page, truncated", async () => {
    const page = `<html><body><h1>502 Bad Gateway</h1>${"x".repeat(10_000)}</body></html>`;
    server.handle(() => ({ status: 502, headers: { "content-type": "text/html" }, body: page }));
    const e = (await rejection(client({ maxRetries: 0 }).clients.get("c"))) as InternalServerError;
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e.body).toMatch(/^<html><body><h1>502 Bad Gateway<\/h1>x+… \[8\d{3} more characters\]$/);
    expect((e.body as string).length).toBeLessThan(2_100);
    expect(e.message).toContain("unexpected text/html response: <html><body><h1>502 Bad Gateway");
    expect(e.message.length).toBeLessThan(400);
  });
});

describe("timeouts and the caller's signal", () => {
  it("a read that gets no answer fails with GigstackTimeoutError, once, within timeoutMs", async () => {
    server.handle(() => "hang");
    const t0 = performance.now();
    const e = await rejection(client({ timeoutMs: 200 }).clients.get("c"));
    const elapsed = performance.now() - t0;
    expect(e).toBeInstanceOf(GigstackTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(195);
    expect(elapsed).toBeLessThan(450);
    expect(server.requests).toHaveLength(1);
  });

  it("a body that stalls after the headers counts against the same timeout", async () => {
    server.handle(() => ({ status: 200, stallBody: true }));
    const t0 = performance.now();
    const e = await rejection(client().clients.get("c", { timeoutMs: 150 }));
    expect(e).toBeInstanceOf(GigstackTimeoutError);
    expect(performance.now() - t0).toBeLessThan(400);
  });

  it("a write that times out has an unknown outcome, carrying its idempotency key", async () => {
    server.handle(() => "hang");
    const plain = (await rejection(
      client({ timeoutMs: 150 }).receipts.create(exampleBody("createReceipt", ["idempotency_key"]) as never),
    )) as GigstackUnknownOutcomeError;
    expect(plain).toBeInstanceOf(GigstackUnknownOutcomeError);
    expect(plain.idempotencyKey).toBeUndefined();
    const keyed = (await rejection(
      client({ timeoutMs: 150 }).payments.register(exampleBody("registerPayment", ["idempotency_key"]) as never),
    )) as GigstackUnknownOutcomeError;
    expect(keyed).toBeInstanceOf(GigstackUnknownOutcomeError);
    expect(keyed.idempotencyKey).toBe(JSON.parse(server.requests[1]?.body ?? "{}").idempotency_key);
    expect(keyed.message).toContain(keyed.idempotencyKey);
    expect(server.requests).toHaveLength(2); // not repeated: timeoutMs is the caller's budget
  });

  it("an abort while waiting for the answer ends the call at once, without retry", async () => {
    server.handle(() => "hang");
    const controller = new AbortController();
    const call = rejection(client({ timeoutMs: 5_000 }).clients.get("c", { signal: controller.signal }));
    await waitFor(() => server.requests.length === 1);
    const t0 = performance.now();
    controller.abort();
    const e = await call;
    expect(performance.now() - t0).toBeLessThan(50);
    expect(e).toBeInstanceOf(GigstackAbortError);
    await sleep(60);
    expect(server.requests).toHaveLength(1);
  });

  it("an abort of a plain POST is the caller's abort, not an unknown outcome, and is not repeated", async () => {
    server.handle(() => "hang");
    const controller = new AbortController();
    const call = rejection(
      client({ timeoutMs: 5_000 }).receipts.create(exampleBody("createReceipt", ["idempotency_key"]) as never, {
        signal: controller.signal,
      }),
    );
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    const e = await call;
    expect(e).toBeInstanceOf(GigstackAbortError);
    expect((e as Error).message).toBe("POST /receipts: aborted by the caller");
    await sleep(50);
    expect(server.requests).toHaveLength(1);
  });

  it("an abort during the backoff ends the call at once, without another attempt", async () => {
    const restore = fastBackoff(5_000, 8_000);
    try {
      server.handle(() => json(503, apiErrorBody("internal_server_error", "down")));
      const controller = new AbortController();
      const call = rejection(client().clients.get("c", { signal: controller.signal }));
      await waitFor(() => server.requests.length === 1);
      await sleep(30);
      const t0 = performance.now();
      controller.abort(new Error("user navigated away"));
      const e = await call;
      expect(performance.now() - t0).toBeLessThan(50);
      expect(e).toBeInstanceOf(GigstackAbortError);
      expect((e as Error).cause).toEqual(new Error("user navigated away"));
      expect(server.requests).toHaveLength(1);
    } finally {
      restore();
      fastBackoff();
    }
  });

  it("an already aborted signal sends nothing", async () => {
    const e = await rejection(client().clients.get("c", { signal: AbortSignal.abort() }));
    expect(e).toBeInstanceOf(GigstackAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("the caller's signal and the timeout combine: whichever comes first", async () => {
    server.handle(() => "hang");
    const e1 = await rejection(client({ timeoutMs: 100 }).clients.get("c", { signal: AbortSignal.timeout(2_000) }));
    expect(e1).toBeInstanceOf(GigstackTimeoutError);
    const e2 = await rejection(client({ timeoutMs: 2_000 }).clients.get("c", { signal: AbortSignal.timeout(100) }));
    expect(e2).toBeInstanceOf(GigstackAbortError);
  });
});

describe("per-attempt timeouts: each attempt owns its signal and releases it", () => {
  it("attemptSignal: the timeout's reason, the caller's reason (even if aborted already), release", async () => {
    const timed = attemptSignal(30);
    await sleep(60);
    expect(timed.signal.reason).toBeInstanceOf(AttemptTimeout);
    const caller = new AbortController();
    caller.abort(new Error("gone"));
    const early = attemptSignal(5_000, caller.signal);
    expect(early.signal.aborted).toBe(true);
    expect(early.signal.reason).toEqual(new Error("gone"));
    early.release();
    const released = attemptSignal(30, new AbortController().signal);
    released.release();
    await sleep(60);
    expect(released.signal.aborted).toBe(false);
  });

  it("an attempt is timed out at its own deadline, whatever the attempts around it do", async () => {
    // A starts at 0 and hangs; B starts at 150 and is answered 275 ms later (at 425). With a
    // deadline counted from anything earlier than B's own start (150 + 300), B would be cut off.
    server.handle(async (r) => {
      if (r.path === "/clients/a") return "hang";
      await sleep(275);
      return json(200, { data: { id: "b" } });
    });
    const g = client({ timeoutMs: 300 });
    const t0 = performance.now();
    const a = rejection(g.clients.get("a"));
    await sleep(150);
    await expect(g.clients.get("b")).resolves.toEqual({ id: "b" });
    expect(await a).toBeInstanceOf(GigstackTimeoutError);
    // A's timeout fired on time: not early, and not a sweep later.
    const elapsed = performance.now() - t0;
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(500);
  });

  it("every attempt gets a fresh signal, whose timer is cleared when the attempt ends", async () => {
    // Counted at fetch, which is handed the signal. A signal still armed after its attempt
    // would abort later (a timer outliving the request: what Cloudflare Workers drop).
    const seen: AbortSignal[] = [];
    const urls = new Set<string>();
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      seen.push(init?.signal as AbortSignal);
      // The first attempt of every third call is answered 503, so that retries are counted too.
      const first = !urls.has(String(url));
      urls.add(String(url));
      await sleep(2);
      return first && Number(/c(\d+)/.exec(String(url))?.[1]) % 3 === 0
        ? json503()
        : new Response(JSON.stringify({ data: { id: "c" } }), { status: 200 });
    };
    const g = client({ fetch, timeoutMs: 60 });
    await Promise.all(Array.from({ length: 300 }, (_, i) => g.clients.get(`c${i}`)));
    // 300 calls, 100 of them answered 503 first and retried: one signal per attempt.
    expect(seen).toHaveLength(400);
    expect(new Set(seen).size).toBe(seen.length);
    await sleep(150); // well past every attempt's 60 ms deadline
    expect(seen.filter((s) => s.aborted)).toHaveLength(0);
  });

  it("a call with its own signal still gets a timeout, and other calls are unaffected", async () => {
    server.handle((r) => (r.path === "/clients/slow" ? "hang" : json(200, { data: { id: "fast" } })));
    const g = client({ timeoutMs: 150 });
    const controller = new AbortController();
    const slow = rejection(g.clients.get("slow", { signal: controller.signal }));
    const fast = g.clients.get("fast");
    await expect(fast).resolves.toEqual({ id: "fast" });
    expect(await slow).toBeInstanceOf(GigstackTimeoutError);
    expect(controller.signal.aborted).toBe(false); // the caller's signal is never aborted by the SDK
  });

  it("a long-lived caller signal keeps no listener from the calls that used it", async () => {
    // An app-wide shutdown signal passed to every call: each attempt listens to it and must stop
    // listening when it ends, whether it succeeded, failed, was retried or timed out.
    const shutdown = new AbortController();
    server.handle((r) =>
      r.path === "/clients/hang"
        ? "hang"
        : r.seq % 4 === 0
          ? json(503, apiErrorBody("internal_server_error", "down"))
          : json(200, { data: { id: "ok" } }),
    );
    const g = client();
    const calls = Array.from({ length: 60 }, (_, i) =>
      g.clients
        .get(i % 10 === 0 ? "hang" : `c${i}`, { signal: shutdown.signal, timeoutMs: i % 10 === 0 ? 150 : 5_000 })
        .catch((e: unknown) => e),
    );
    await waitFor(() => getEventListeners(shutdown.signal, "abort").length > 0);
    const outcomes = await Promise.all(calls);
    expect(outcomes.filter((o) => o instanceof GigstackTimeoutError)).toHaveLength(6);
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
  });
});

describe("fetch is called as a plain function, and its own TypeErrors are not retried", () => {
  /** Like workerd's fetch: a wrong `this` (anything but undefined or globalThis) is a TypeError. */
  function strictThisFetch(calls: { self: unknown }[]): typeof fetch {
    return function (this: unknown, input: string | URL | Request, init?: RequestInit) {
      calls.push({ self: this });
      if (this !== undefined && this !== globalThis) {
        throw new TypeError("Illegal invocation: function called with incorrect `this` reference");
      }
      return fetch(input, init);
    } as typeof fetch;
  }

  it("a user-supplied fetch: methods, gigstack.raw and downloads", async () => {
    server.handle((r) =>
      r.path === "/invoices/inv_1/files"
        ? json(200, { data: { pdf: `${server.url}/files/inv_1.pdf` } })
        : r.path === "/files/inv_1.pdf"
          ? { status: 200, headers: { "content-type": "application/pdf" }, body: "%PDF-1.7" }
          : json(200, { data: { id: "c" } }),
    );
    const calls: { self: unknown }[] = [];
    const g = client({ fetch: strictThisFetch(calls) });
    await expect(g.clients.get("c")).resolves.toEqual({ id: "c" });
    expect((await g.raw.GET("/clients/{id}", { params: { path: { id: "c" } } })).response.status).toBe(200);
    expect(new TextDecoder().decode(await g.invoices.download("inv_1", "pdf"))).toBe("%PDF-1.7");
    expect(calls).toHaveLength(4);
    expect(calls.every((c) => c.self === undefined)).toBe(true);
  });

  it("the default fetch (globalThis.fetch when the client is created)", async () => {
    const calls: { self: unknown }[] = [];
    const original = globalThis.fetch;
    // The one test that must replace the global: the default is what it proves.
    globalThis.fetch = strictThisFetch(calls);
    let g: Gigstack;
    try {
      g = client();
    } finally {
      globalThis.fetch = original;
    }
    await expect(g.clients.get("c")).resolves.toEqual({ id: "ok" });
    expect((await g.raw.GET("/clients/{id}", { params: { path: { id: "c" } } })).response.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it("a TypeError thrown synchronously by fetch is a local error, not retried", async () => {
    let calls = 0;
    const broken = ((_input: string | URL | Request) => {
      calls++;
      throw new TypeError("Illegal invocation: function called with incorrect `this` reference");
    }) as typeof fetch;
    const t0 = performance.now();
    const e = await rejection(client({ fetch: broken }).clients.get("c"));
    expect(e).toBeInstanceOf(GigstackConfigError);
    expect((e as Error).message).toContain("Illegal invocation");
    expect((e as Error).cause).toBeInstanceOf(TypeError);
    expect(calls).toBe(1);
    expect(performance.now() - t0).toBeLessThan(100); // no backoff either
  });

  it("any synchronous throw means nothing was sent: a write gets a local error, not an unknown outcome", async () => {
    let calls = 0;
    const unconfigured = ((_input: string | URL | Request) => {
      calls++;
      throw new Error("proxy not configured");
    }) as typeof fetch;
    const e = await rejection(
      client({ fetch: unconfigured }).payments.register(exampleBody("registerPayment") as never),
    );
    expect(e).toBeInstanceOf(GigstackConfigError);
    expect(e).not.toBeInstanceOf(GigstackUnknownOutcomeError);
    expect((e as Error).message).toContain("proxy not configured");
    expect(calls).toBe(1);
  });

  it("whereas a TypeError that fetch rejects with (a network failure) is retried as before", async () => {
    let calls = 0;
    const failing = (async () => {
      calls++;
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    const e = await rejection(client({ fetch: failing }).clients.get("c"));
    expect(e).toBeInstanceOf(GigstackConnectionError);
    expect(calls).toBe(3);
  });
});

describe("redirects", () => {
  it("follows a same-origin GET redirect, with the key", async () => {
    server.handle((r) =>
      r.path === "/clients/old"
        ? { status: 301, headers: { location: "/clients/new" } }
        : json(200, { data: { id: "new" } }),
    );
    await expect(client().clients.get("old")).resolves.toEqual({ id: "new" });
    expect(server.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/clients/old", `Bearer ${KEY}`],
      ["/clients/new", `Bearer ${KEY}`],
    ]);
  });

  it("does not follow a redirect for a write, nor an endless one", async () => {
    server.handle(() => ({ status: 307, headers: { location: "/clients/elsewhere" } }));
    const post = await rejection(client().clients.create(exampleBody("createClient") as never));
    // The server received the write: its outcome is unknown, never "not sent".
    expect(post).toBeInstanceOf(GigstackUnknownOutcomeError);
    expect(server.requests).toHaveLength(1);
    server.clear();
    server.handle(() => ({ status: 303, headers: { location: "/payments/pay_1" } }));
    const payment = await rejection(client().payments.register(exampleBody("registerPayment") as never));
    expect(payment).toBeInstanceOf(GigstackUnknownOutcomeError);
    // The key the SDK generated comes back, so the caller can repeat without a duplicate.
    expect((payment as GigstackUnknownOutcomeError).idempotencyKey).toEqual(expect.any(String));
    expect((payment as GigstackUnknownOutcomeError).idempotencyKey).toBe(
      (JSON.parse(server.requests[0]?.body ?? "{}") as { idempotency_key?: string }).idempotency_key,
    );
    expect(server.requests).toHaveLength(1);
    server.clear();
    server.handle((r) => ({ status: 302, headers: { location: `/clients/hop${r.seq + 1}` } }));
    const loop = await rejection(client().clients.get("hop0"));
    expect(loop).toBeInstanceOf(GigstackConnectionError);
    expect(server.requests).toHaveLength(4);
  });
});

describe("configuration errors are local", () => {
  it("an invalid per-call header is refused before sending, without quoting it", async () => {
    const e = await rejection(client().clients.get("c", { headers: { "x-trace": "a\u0000secret-ish" } }));
    expect(e).toBeInstanceOf(GigstackConfigError);
    expect((e as Error).message).not.toContain("secret-ish");
    expect(server.requests).toHaveLength(0);
  });

  it("a key that cannot be a header is refused at construction, without quoting it", () => {
    for (const bad of ["sk_live_\u0000abcdef", "sk_live_é€abcdef", "sk_live_\nabcdef"]) {
      let error: unknown;
      try {
        new Gigstack({ apiKey: bad, baseUrl: server.url });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GigstackConfigError);
      expect((error as Error).message).not.toContain("abcdef");
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error("condition not reached");
    await sleep(2);
  }
}
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
function json503(): Response {
  return new Response(JSON.stringify(apiErrorBody("internal_server_error", "down")), { status: 503 });
}
