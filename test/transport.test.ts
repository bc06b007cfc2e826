// The transport's promises, one at a time, against a real local socket: which failures are
// retried and how often, what each failure becomes, idempotency keys, timeouts, aborts and
// redirects. The backoff is shortened through the internal hook of src/retry.ts; the real
// delays are checked as a pure function.
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
import { timeoutTiming } from "../src/transport.js";
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

describe("timeout groups: attempts started together share one abort signal", () => {
  it("an attempt is never timed out before its own deadline, even in a group opened earlier", async () => {
    // Sweeps 200 ms apart make the shared group obvious. A opens it at 0 and hangs; B joins at
    // 150; the sweep at 200 closes the group. B is answered at 425: after the sweep at 400 that
    // would abort a group whose deadline were counted from its opening (0 + 300), before B's own
    // deadline (150 + 300). Counted from its closing (200 + 300), the group is aborted at 600.
    const window = timeoutTiming.windowMs;
    timeoutTiming.windowMs = 200;
    try {
      await sleep(2 * window); // a sweep still pending from an earlier test fires and stops
      server.handle(async (r) => {
        if (r.path === "/clients/a") return "hang";
        await sleep(275);
        return json(200, { data: { id: "b" } });
      });
      const g = client({ timeoutMs: 300 });
      const t0 = performance.now();
      const a = rejection(g.clients.get("a"));
      await sleep(150);
      const b = g.clients.get("b");
      await expect(b).resolves.toEqual({ id: "b" });
      expect(await a).toBeInstanceOf(GigstackTimeoutError);
      // A's timeout came late (the group's deadline, then the next sweep), never early.
      expect(performance.now() - t0).toBeGreaterThanOrEqual(295);
    } finally {
      timeoutTiming.windowMs = window;
    }
  });

  it("concurrent calls share signals, at most 500 calls per signal", async () => {
    // Counted at fetch, which is handed the signal: undici adds a listener per request to it
    // and warns past 1,500; Node scans them on every add.
    const seen = new Map<AbortSignal, number>();
    const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
      const signal = init?.signal as AbortSignal;
      seen.set(signal, (seen.get(signal) ?? 0) + 1);
      await sleep(5);
      return new Response(JSON.stringify({ data: { id: "c" } }), { status: 200 });
    };
    const g = client({ fetch });
    const calls = Array.from({ length: 1_200 }, (_, i) => g.clients.get(`c${i}`));
    await Promise.all(calls);
    const counts = [...seen.values()];
    expect(counts.reduce((n, c) => n + c, 0)).toBe(1_200);
    expect(Math.max(...counts)).toBe(500);
    expect(seen.size).toBeLessThan(20);
  });

  it("a call with its own signal still gets a timeout, and the group's other calls are unaffected", async () => {
    server.handle((r) => (r.path === "/clients/slow" ? "hang" : json(200, { data: { id: "fast" } })));
    const g = client({ timeoutMs: 150 });
    const controller = new AbortController();
    const slow = rejection(g.clients.get("slow", { signal: controller.signal }));
    const fast = g.clients.get("fast");
    await expect(fast).resolves.toEqual({ id: "fast" });
    expect(await slow).toBeInstanceOf(GigstackTimeoutError);
    expect(controller.signal.aborted).toBe(false); // the caller's signal is never aborted by the SDK
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
    expect(post).toBeInstanceOf(GigstackConnectionError);
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
