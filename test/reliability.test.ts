// The reliability suite of the issue, against real local sockets: flaky servers, payments that
// commit and then fail, non-idempotent writes, rate limits, silent servers, malformed answers,
// and 500 concurrent requests in a child process that must exit on its own afterwards.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  Gigstack,
  GigstackAbortError,
  GigstackApiError,
  GigstackConnectionError,
  GigstackError,
  GigstackMalformedResponseError,
  GigstackTimeoutError,
  GigstackUnknownOutcomeError,
  InternalServerError,
  RateLimitError,
} from "../src/index.js";
import {
  apiErrorBody,
  type Fault,
  type FaultServer,
  json,
  type Recorded,
  startFaultServer,
} from "./support/fault-server.js";
import { exampleBody, fastBackoff, rejection, UUID_V4 } from "./support/sdk.js";

const KEY = "sk_test_reliability_c0ffee42";
let server: FaultServer;
let restoreBackoff: () => void;

beforeAll(async () => {
  server = await startFaultServer();
  restoreBackoff = fastBackoff(4, 32);
});
afterAll(async () => {
  restoreBackoff();
  await server.close();
});
beforeEach(() => server.clear());

const client = (extra: Record<string, unknown> = {}) => new Gigstack({ apiKey: KEY, baseUrl: server.url, ...extra });
const down = () => json(503, apiErrorBody("internal_server_error", "Service unavailable"));
const lastSegment = (r: Recorded) => decodeURIComponent(r.path.split("/").pop() ?? "");

/** A deterministic number in [0, 1) for a string (FNV-1a, then mixed). */
function unit(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 2 ** 32;
}

describe("a server that fails 30% of requests (503 or a reset connection)", () => {
  // Whether attempt n of request `id` fails is a fixed function of (id, n): the run does not
  // depend on timing, and the exact number of attempts the SDK must make is known beforehand.
  const FAIL_RATE = 0.3;
  const fails = (id: string, n: number) => unit(`seed-7:${id}:${n}`) < FAIL_RATE;
  const faultOf = (id: string, n: number): Fault => (unit(`kind:${id}:${n}`) < 0.5 ? down() : "reset");
  /** Attempts request `id` needs before the server lets it through. */
  const needed = (id: string) => {
    let n = 0;
    while (fails(id, n)) n++;
    return n + 1;
  };
  const ids = Array.from({ length: 500 }, (_, i) => `client_${i}`);

  function flakyServer() {
    const seen = new Map<string, number>();
    server.handle((r) => {
      const id = lastSegment(r);
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      return fails(id, n) ? faultOf(id, n) : json(200, { data: { id } });
    });
  }

  it("500 concurrent GETs all succeed within a retry budget of 8, with exactly the attempts needed", async () => {
    const budget = 9;
    expect(Math.max(...ids.map(needed)), "the schedule itself must fit the budget").toBeLessThanOrEqual(budget);
    flakyServer();
    const g = client({ maxRetries: budget - 1 });
    const t0 = performance.now();
    const results = await Promise.all(ids.map((id) => g.clients.get(id)));
    const ms = performance.now() - t0;

    expect(results.map((r) => (r as { id: string }).id)).toEqual(ids);
    const expected = ids.reduce((sum, id) => sum + needed(id), 0);
    const failed = server.requests.length - ids.length;
    console.log(
      `[30% faults] 500 GETs, maxRetries 8: ${server.requests.length} attempts (model ${expected}), ` +
        `${failed} failed attempts (${((100 * failed) / server.requests.length).toFixed(1)}%), ${ms.toFixed(0)} ms`,
    );
    expect(server.requests.length).toBe(expected);
    expect(failed / server.requests.length).toBeGreaterThan(0.25);
    expect(failed / server.requests.length).toBeLessThan(0.35);
  });

  it("with the default budget (2 retries), each GET gets exactly 3 chances and a typed error after that", async () => {
    flakyServer();
    const g = client();
    const outcomes = await Promise.all(
      ids.map((id) =>
        g.clients.get(id).then(
          (d) => d,
          (e: unknown) => e,
        ),
      ),
    );
    const attempts = new Map<string, number>();
    for (const r of server.requests) attempts.set(lastSegment(r), (attempts.get(lastSegment(r)) ?? 0) + 1);

    let failedCalls = 0;
    ids.forEach((id, i) => {
      expect(attempts.get(id), id).toBe(Math.min(needed(id), 3));
      const outcome = outcomes[i];
      if (needed(id) <= 3) {
        expect(outcome).toEqual({ id });
        return;
      }
      failedCalls++;
      // The last of the three attempts decides the error: a 503 or a connection error.
      const last = faultOf(id, 2);
      expect(outcome).toBeInstanceOf(last === "reset" ? GigstackConnectionError : InternalServerError);
    });
    console.log(
      `[30% faults] 500 GETs, maxRetries 2: ${server.requests.length} attempts, ` +
        `${500 - failedCalls} succeeded, ${failedCalls} exhausted the budget (expected ≈ 500 × 0.3³ = 13.5)`,
    );
    expect(failedCalls).toBeGreaterThan(0);
  });
});

describe("payments.register against a server that commits, then fails to answer", () => {
  /** A payments API that dedupes by idempotency_key, as gigstack documents. */
  function paymentServer(failFirst: (call: number) => Fault, failAll = false) {
    const payments = new Map<string, { id: string; order: string }>();
    let commits = 0;
    server.handle((r) => {
      const body = JSON.parse(r.body) as { idempotency_key: string; metadata: { order_id: string } };
      const existing = payments.get(body.idempotency_key);
      if (existing) return failAll ? down() : json(200, { data: existing });
      const payment = { id: `payment_${++commits}`, order: body.metadata.order_id };
      payments.set(body.idempotency_key, payment);
      return failFirst(Number(body.metadata.order_id.split("-")[1]));
    });
    return { payments, commits: () => commits };
  }
  const registerBody = (i: number) => ({
    ...exampleBody("registerPayment", ["idempotency_key"]),
    metadata: { order_id: `order-${i}` },
  });

  it("200 calls, each committed then answered 503 or dropped: 200 payments, no duplicates", async () => {
    const faults: Fault[] = [down(), "reset", "close"];
    const { payments, commits } = paymentServer((i) => faults[i % faults.length] as Fault);
    const g = client();
    const results = (await Promise.all(
      Array.from({ length: 200 }, (_, i) => g.payments.register(registerBody(i) as never)),
    )) as unknown as { id: string; order: string }[];

    expect(commits()).toBe(200);
    expect(payments.size).toBe(200);
    expect(new Set(results.map((p) => p.id)).size).toBe(200);
    results.forEach((p, i) => {
      expect(p.order).toBe(`order-${i}`); // each call got its own payment back, not another's
    });
    // Two attempts per call, both with the same SDK-generated key and the same body.
    expect(server.requests).toHaveLength(400);
    const byKey = new Map<string, Recorded[]>();
    for (const r of server.requests) {
      const key = JSON.parse(r.body).idempotency_key as string;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
    }
    expect(byKey.size).toBe(200);
    for (const [key, attempts] of byKey) {
      expect(key).toMatch(UUID_V4);
      expect(attempts).toHaveLength(2);
      expect(attempts[0]?.body).toBe(attempts[1]?.body);
    }
    console.log(
      `[payments] 200 register calls: ${server.requests.length} attempts, ${payments.size} payments, 0 duplicates`,
    );
  });

  it("when every attempt fails, the error carries the key, and repeating with it finds the one payment", async () => {
    const { payments, commits } = paymentServer(() => down(), true);
    const g = client();
    const error = await rejection(g.payments.register(registerBody(1) as never));
    expect(error).toBeInstanceOf(GigstackUnknownOutcomeError);
    const { idempotencyKey } = error as GigstackUnknownOutcomeError;
    expect(idempotencyKey).toMatch(UUID_V4);
    expect(server.requests.map((r) => JSON.parse(r.body).idempotency_key)).toEqual([
      idempotencyKey,
      idempotencyKey,
      idempotencyKey,
    ]);

    // The server recovers; the caller repeats with the key from the error.
    server.handle((r) => {
      const key = JSON.parse(r.body).idempotency_key;
      const existing = payments.get(key);
      return existing ? json(200, { data: existing }) : json(500, apiErrorBody("internal_server_error", "unexpected"));
    });
    const again = await g.payments.register({ ...registerBody(1), idempotency_key: idempotencyKey } as never);
    expect(again).toEqual({ id: "payment_1", order: "order-1" });
    expect(commits()).toBe(1);
    expect(payments.size).toBe(1);
  });
});

describe("non-idempotent POSTs are sent exactly once", () => {
  const writes = {
    "receipts.create": (g: Gigstack) => g.receipts.create(exampleBody("createReceipt", ["idempotency_key"]) as never),
    "receipts.stamp": (g: Gigstack) => g.receipts.stamp("receipt_1", exampleBody("stampReceipt") as never),
    "invoices.income.create": (g: Gigstack) =>
      g.invoices.income.create(exampleBody("createIncomeInvoice", ["idempotency_key"]) as never),
  };
  const faults: [string, () => Fault][] = [
    ["503", down],
    ["500", () => json(500, apiErrorBody("internal_server_error", "boom"))],
    ["HTML 502", () => ({ status: 502, headers: { "content-type": "text/html" }, body: "<h1>Bad Gateway</h1>" })],
    ["504", () => json(504, {})],
    ["connection reset", () => "reset"],
    ["connection closed", () => "close"],
    ["body cut short", () => ({ status: 200, partialBody: '{"data":{"id":"rec', contentLength: 500 })],
  ];
  const cases = Object.keys(writes).flatMap((w) => faults.map(([name, f]) => [w, name, f] as const));

  it.each(cases)("%s + %s: one attempt, GigstackUnknownOutcomeError", async (write, name, fault) => {
    server.handle(fault);
    const error = await rejection(writes[write as keyof typeof writes](client({ maxRetries: 5 })));
    expect(server.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(GigstackUnknownOutcomeError);
    const e = error as GigstackUnknownOutcomeError;
    expect(e.idempotencyKey).toBeUndefined();
    expect(e.method).toBe("POST");
    expect(e.path).toBe(server.requests[0]?.path);
    expect(e.status).toBe(/^\d/.test(name) ? Number(name) : name === "HTML 502" ? 502 : undefined);
    expect(e.message).toMatch(/may or may not have been processed\. Check before repeating it\./);
  });

  it.each([
    [429, RateLimitError],
    [408, GigstackApiError],
  ] as const)("a %s is not repeated either: the request reached the server", async (status, ErrorClass) => {
    server.handle(() => json(status, apiErrorBody("rate_limit_exceeded", "slow down"), { "retry-after": "0" }));
    for (const call of Object.values(writes)) {
      server.clear();
      const error = await rejection(call(client()));
      expect(server.requests).toHaveLength(1);
      expect(error).toBeInstanceOf(ErrorClass);
      expect((error as GigstackApiError).status).toBe(status);
    }
  });
});

describe("429 with Retry-After", () => {
  it("waits the seconds it says before the next attempt (measured)", async () => {
    server.handle((r) =>
      r.seq === 0
        ? json(429, apiErrorBody("rate_limit_exceeded", "slow down"), { "retry-after": "1" })
        : json(200, { data: { id: "c" } }),
    );
    const t0 = performance.now();
    await expect(client().clients.get("c")).resolves.toEqual({ id: "c" });
    const [first, second] = server.requests as [Recorded, Recorded];
    const gap = second.at - first.at;
    console.log(
      `[429] Retry-After: 1 → next attempt after ${gap.toFixed(0)} ms (call ${(performance.now() - t0).toFixed(0)} ms)`,
    );
    expect(gap).toBeGreaterThanOrEqual(995);
    expect(gap).toBeLessThan(1_250);
  });

  it("waits until the HTTP date it gives", async () => {
    const until = new Date(Math.ceil((Date.now() + 1_500) / 1000) * 1000); // whole seconds, as HTTP dates are
    server.handle((r) =>
      r.seq === 0
        ? json(429, apiErrorBody("rate_limit_exceeded", "slow down"), { "retry-after": until.toUTCString() })
        : json(200, { data: { id: "c" } }),
    );
    await expect(client().clients.get("c")).resolves.toEqual({ id: "c" });
    const secondWall = Date.now() - (performance.now() - (server.requests[1] as Recorded).at);
    console.log(
      `[429] Retry-After: ${until.toUTCString()} → next attempt ${(secondWall - until.getTime()).toFixed(0)} ms after that date`,
    );
    expect(secondWall).toBeGreaterThanOrEqual(until.getTime() - 15);
    expect(secondWall - until.getTime()).toBeLessThan(250);
  });

  it("gives up at once with the RateLimitError when it asks for more than 60 s", async () => {
    for (const retryAfter of ["61", "3600", new Date(Date.now() + 5 * 60_000).toUTCString()]) {
      server.clear();
      server.handle(() =>
        json(429, apiErrorBody("rate_limit_exceeded", "come back later"), { "retry-after": retryAfter }),
      );
      const t0 = performance.now();
      const error = (await rejection(client().clients.get("c"))) as RateLimitError;
      expect(performance.now() - t0).toBeLessThan(150);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBeGreaterThan(60_000);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("60 s is still honoured: the SDK waits (until the caller aborts, without another attempt)", async () => {
    server.handle(() => json(429, apiErrorBody("rate_limit_exceeded", "slow down"), { "retry-after": "60" }));
    const error = await rejection(client().clients.get("c", { signal: AbortSignal.timeout(300) }));
    expect(error).toBeInstanceOf(GigstackAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("a 503's Retry-After is honoured too", async () => {
    server.handle((r) => (r.seq === 0 ? { ...down(), headers: { "retry-after-ms": "300" } } : json(200, { data: {} })));
    await client().clients.get("c");
    const gap = (server.requests[1] as Recorded).at - (server.requests[0] as Recorded).at;
    expect(gap).toBeGreaterThanOrEqual(295);
    expect(gap).toBeLessThan(550);
  });
});

describe("a server that never answers", () => {
  it("a read fails with GigstackTimeoutError within timeout + 250 ms, and is not repeated", async () => {
    server.handle(() => "hang");
    const t0 = performance.now();
    const error = await rejection(client({ timeoutMs: 500 }).clients.get("c"));
    const elapsed = performance.now() - t0;
    console.log(`[hang] GET with timeoutMs 500 failed after ${elapsed.toFixed(0)} ms`);
    expect(error).toBeInstanceOf(GigstackTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(495);
    expect(elapsed).toBeLessThan(750);
    expect(server.requests).toHaveLength(1);
  });

  it("a write fails with GigstackUnknownOutcomeError within timeout + 250 ms", async () => {
    server.handle(() => "hang");
    const t0 = performance.now();
    const error = await rejection(client({ timeoutMs: 500 }).clients.create(exampleBody("createClient") as never));
    expect(performance.now() - t0).toBeLessThan(750);
    expect(error).toBeInstanceOf(GigstackUnknownOutcomeError);
    expect(server.requests).toHaveLength(1);
  });

  it("the caller's AbortSignal cancels immediately, with no retry", async () => {
    server.handle(() => "hang");
    const controller = new AbortController();
    const call = rejection(
      client({ timeoutMs: 10_000 }).payments.register(exampleBody("registerPayment") as never, {
        signal: controller.signal,
      }),
    );
    await waitFor(() => server.requests.length === 1);
    const t0 = performance.now();
    controller.abort();
    const error = await call;
    const elapsed = performance.now() - t0;
    console.log(`[abort] rejected ${elapsed.toFixed(1)} ms after abort()`);
    expect(elapsed).toBeLessThan(50);
    expect(error).toBeInstanceOf(GigstackAbortError);
    await sleep(100);
    expect(server.requests).toHaveLength(1);
  });
});

describe("malformed responses are typed errors carrying what was received", () => {
  const html = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"<p>nginx</p>".repeat(500)}</body></html>`;
  const cases: [string, Fault, (g: Gigstack) => unknown, (e: unknown) => void][] = [
    [
      "an HTML 502 page",
      { status: 502, headers: { "content-type": "text/html" }, body: html },
      (g) => g.clients.get("c"),
      (e) => {
        expect(e).toBeInstanceOf(InternalServerError);
        expect((e as InternalServerError).body).toContain("<title>502 Bad Gateway</title>");
        expect(((e as InternalServerError).body as string).length).toBeLessThan(2_100);
      },
    ],
    [
      "an empty 200",
      { status: 200, headers: { "content-type": "application/json" }, body: "" },
      (g) => g.clients.get("c"),
      (e) => expect(e).toMatchObject({ name: "GigstackMalformedResponseError", body: "", status: 200 }),
    ],
    [
      "truncated JSON",
      { status: 200, headers: { "content-type": "application/json" }, body: '{"data":{"id":"client_1","name":"Xe' },
      (g) => g.clients.get("c"),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe('{"data":{"id":"client_1","name":"Xe'),
    ],
    [
      "HTML with a 200 (wrong content type)",
      { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: "<html>Maintenance</html>" },
      (g) => g.clients.get("c"),
      (e) => {
        expect(e).toBeInstanceOf(GigstackMalformedResponseError);
        expect((e as Error).message).toContain("text/html");
        expect((e as GigstackMalformedResponseError).body).toBe("<html>Maintenance</html>");
      },
    ],
    [
      "XML with a 200 (wrong content type)",
      { status: 200, headers: { "content-type": "application/xml" }, body: "<data><id>1</id></data>" },
      (g) => g.clients.list(),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe("<data><id>1</id></data>"),
    ],
    [
      "a 200 with success:false",
      json(200, { success: false, message: "Could not import", error: "invalid_field_value" }),
      (g) => g.clients.get("c"),
      (e) => {
        expect(e).toBeInstanceOf(GigstackApiError);
        expect(e).toMatchObject({ status: 200, code: "invalid_field_value", body: { message: "Could not import" } });
      },
    ],
    [
      "a 200 without data",
      json(200, { message: "ok" }),
      (g) => g.clients.get("c"),
      (e) => {
        expect(e).toBeInstanceOf(GigstackMalformedResponseError);
        expect((e as GigstackMalformedResponseError).body).toBe('{"message":"ok"}');
      },
    ],
    [
      "a 200 whose data is not a list, for a list",
      json(200, { data: { id: "c" } }),
      (g) => g.clients.list(),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe('{"data":{"id":"c"}}'),
    ],
    [
      "a 200 with null",
      json(200, null),
      (g) => g.clients.get("c"),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe("null"),
    ],
    [
      "a 200 with a bare array",
      json(200, [1, 2]),
      (g) => g.payments.register(exampleBody("registerPayment") as never),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe("[1,2]"),
    ],
    [
      "a 200 with a bare string",
      { status: 200, headers: { "content-type": "application/json" }, body: '"ok"' },
      (g) => g.clients.update("c", exampleBody("updateClient") as never),
      (e) => expect((e as GigstackMalformedResponseError).body).toBe('"ok"'),
    ],
    [
      "a 400 with truncated JSON",
      { status: 400, headers: { "content-type": "application/json" }, body: '{"message":"bad req' },
      (g) => g.clients.get("c"),
      (e) => {
        expect(e).toBeInstanceOf(BadRequestError);
        expect((e as BadRequestError).body).toBe('{"message":"bad req');
      },
    ],
    [
      "a 500 with an empty body",
      { status: 500, body: "" },
      (g) => g.clients.get("c"),
      (e) => expect(e).toMatchObject({ name: "InternalServerError", status: 500, body: "" }),
    ],
    [
      "a huge non-JSON 200",
      { status: 200, headers: { "content-type": "text/plain" }, body: "A".repeat(100_000) },
      (g) => g.clients.get("c"),
      (e) => expect((e as GigstackMalformedResponseError).body).toMatch(/^A{2000}… \[98000 more characters\]$/),
    ],
    [
      "a body cut short mid-stream (read)",
      { status: 200, headers: { "content-type": "application/json" }, partialBody: '{"data":{', contentLength: 400 },
      (g) => g.clients.get("c"),
      (e) => expect(e).toBeInstanceOf(GigstackConnectionError),
    ],
  ];

  it.each(cases)("%s", async (_name, fault, call, check) => {
    server.handle(() => fault);
    const error = await rejection(call(client({ maxRetries: 1 })));
    expect(error).toBeInstanceOf(GigstackError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/GET|POST|PUT|pdf|xml/);
    check(error);
  });
});

describe("500 concurrent requests leave nothing open", () => {
  const child = fileURLToPath(new URL("./support/leak-child.ts", import.meta.url));
  const root = fileURLToPath(new URL("..", import.meta.url));

  /** Runs the child; resolves with its summary and how long it lived after printing it. */
  function runChild(env: Record<string, string>, graceMs: number) {
    return new Promise<{ summary: { ms: number; outcomes: Record<string, number> }; exitedAfterMs: number | null }>(
      (resolve, reject) => {
        const proc = spawn(process.execPath, ["--import", "tsx", child], {
          cwd: root,
          env: { ...process.env, ...env },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        let doneAt: number | undefined;
        let killer: NodeJS.Timeout | undefined;
        const bound = setTimeout(() => proc.kill("SIGKILL"), 25_000);
        proc.stdout.on("data", (chunk: Buffer) => {
          out += chunk;
          if (doneAt === undefined && out.includes('"done":true')) {
            doneAt = performance.now();
            killer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
          }
        });
        proc.stderr.on("data", (chunk: Buffer) => {
          err += chunk;
        });
        proc.on("exit", (code, signal) => {
          clearTimeout(bound);
          clearTimeout(killer);
          if (doneAt === undefined)
            return reject(new Error(`child ended (${code ?? signal}) without a summary:\n${err}`));
          const summary = JSON.parse(out.trim().split("\n").pop() ?? "{}");
          resolve({ summary, exitedAfterMs: signal === "SIGKILL" ? null : performance.now() - doneAt });
        });
      },
    );
  }

  beforeEach(() => {
    const tried = new Map<string, number>();
    server.handle((r) => {
      const id = lastSegment(r);
      const n = tried.get(id) ?? 0;
      tried.set(id, n + 1);
      const kind = id.split("-")[0];
      if (kind === "hang" || kind === "abort") return "hang";
      if (kind === "status404") return json(404, apiErrorBody("resource_not_found", "no such client"));
      if ((kind === "flaky" || kind === "reset") && n === 0) return kind === "reset" ? "reset" : down();
      return json(200, { data: { id } });
    });
  });

  it("the child process exits on its own right after the last request", async () => {
    const { summary, exitedAfterMs } = await runChild({ FAULT_URL: server.url }, 2_000);
    console.log(
      `[500 concurrent] ${summary.ms} ms in the child, exited ${exitedAfterMs?.toFixed(0)} ms after; ` +
        `${server.requests.length} attempts; ${JSON.stringify(summary.outcomes)}`,
    );
    expect(summary.outcomes).toEqual({
      "ok:ok": 84,
      "flaky:ok": 84,
      "reset:ok": 83,
      "hang:GigstackTimeoutError": 83,
      "abort:GigstackAbortError": 83,
      "status404:NotFoundError": 83,
    });
    // Every attempt the server saw, by kind: flaky and reset twice each (one retry), the rest
    // once. An aborted call may end before its request left (200 ms is short for 500 sockets on
    // a busy machine), so aborts count at most once each, never more: an abort is not retried.
    const byKind = new Map<string, number>();
    for (const r of server.requests) {
      const kind = (r.path.split("/").pop() ?? "").split("-")[0] ?? "";
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    expect(Object.fromEntries([...byKind].filter(([k]) => k !== "abort"))).toEqual({
      ok: 84,
      flaky: 168,
      reset: 166,
      hang: 83,
      status404: 83,
    });
    expect(byKind.get("abort") ?? 0).toBeLessThanOrEqual(83);
    expect(new Set(server.requests.map((r) => r.path)).size).toBe(server.requests.length - 84 - 83);
    expect(exitedAfterMs).not.toBeNull();
    expect(exitedAfterMs).toBeLessThan(2_000);
  });

  it("the check can fail: a child that leaves a timer behind does not exit, and is caught", async () => {
    const { summary, exitedAfterMs } = await runChild({ FAULT_URL: server.url, LEAK: "1" }, 1_500);
    expect(summary.outcomes["ok:ok"]).toBe(84);
    expect(exitedAfterMs).toBeNull();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error("condition not reached");
    await sleep(2);
  }
}
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
