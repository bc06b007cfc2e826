// Security promises, against real local sockets: the API key never shows up in anything the SDK
// throws or logs, whatever failed; ids cannot change the path; plain http only on loopback; and
// the key never travels to another host (redirects, file downloads from a storage host).
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveConfig } from "../src/config.js";
import {
  type ClientOptions,
  Gigstack,
  GigstackAbortError,
  type GigstackApiError,
  GigstackConfigError,
  GigstackConnectionError,
  GigstackError,
  GigstackValidationError,
} from "../src/index.js";
import type { AttemptEvent } from "../src/log.js";
import {
  closedPort,
  type Fault,
  type FaultServer,
  json,
  type Recorded,
  startFaultServer,
} from "./support/fault-server.js";
import { exampleBody, fastBackoff, rejection, renderings } from "./support/sdk.js";

const SECRET = "9c1e5f0a7b3d4e2f8a6c0b1d3e5f7a9c";
const KEY = `sk_live_${SECRET}`;
let api: FaultServer;
let storage: FaultServer;
let restoreBackoff: () => void;

beforeAll(async () => {
  [api, storage] = await Promise.all([startFaultServer(), startFaultServer()]);
  restoreBackoff = fastBackoff();
});
afterAll(async () => {
  restoreBackoff();
  await Promise.all([api.close(), storage.close()]);
});
beforeEach(() => {
  api.clear();
  storage.clear();
});

const client = (extra: Record<string, unknown> = {}) =>
  new Gigstack({ apiKey: KEY, baseUrl: api.url, maxRetries: 1, ...extra });

/** Where the key, or any 12 characters of its secret part, appears in `text`. */
function leakIn(text: string): string | undefined {
  if (text.includes(KEY)) return KEY;
  for (let i = 0; i + 12 <= SECRET.length; i++) {
    const window = SECRET.slice(i, i + 12);
    if (text.includes(window)) return window;
  }
  return undefined;
}

describe("the API key never appears in an error or a log line", () => {
  const auth = (r: Recorded) => String(r.headers.authorization);
  /** Server answers that echo the request's Authorization back, as debug proxies do. */
  const echo = {
    json: (status: number) => (r: Recorded) =>
      json(
        status,
        { success: false, message: `rejected ${auth(r)}`, error: { code: auth(r), details: [auth(r)] } },
        { "x-echo-authorization": auth(r), "retry-after": "0", "set-cookie": `s=${auth(r)}` },
      ),
    html: (status: number) => (r: Recorded) => ({
      status,
      headers: { "content-type": "text/html", "x-echo": auth(r) },
      body: `<html><pre>Authorization: ${auth(r)}</pre></html>`,
    }),
    /** The key just past the 2 000 characters kept: a half-cut key must not survive either. */
    late: (status: number) => (r: Recorded) => ({ status, body: `${"x".repeat(1_990)}${auth(r)}` }),
  };
  const get = (g: Gigstack) => g.clients.get("client_1");
  const post = (g: Gigstack) => g.clients.create(exampleBody("createClient") as never);
  const register = (g: Gigstack) => g.payments.register(exampleBody("registerPayment") as never);

  type Scenario = [name: string, handler: ((r: Recorded) => Fault) | undefined, call: (g: Gigstack) => unknown];
  const statuses = [400, 401, 403, 404, 408, 409, 418, 422, 429, 500, 502, 503, 504];
  const scenarios: Scenario[] = [
    ...statuses.flatMap((s): Scenario[] => [
      [`${s} echoing JSON (GET)`, echo.json(s), get],
      [`${s} echoing JSON (POST)`, echo.json(s), post],
      [`${s} echoing HTML (GET)`, echo.html(s), get],
      [`${s} echoing past the truncation (POST)`, echo.late(s), post],
    ]),
    ["200 success:false echoing", echo.json(200), get],
    ["200 HTML echoing", echo.html(200), get],
    ["200 non-JSON echoing past the truncation", echo.late(200), register],
    ["200 truncated JSON echoing", (r) => ({ status: 200, body: `{"data":{"note":"${auth(r)}` }), get],
    ["a list answered with HTML echoing", echo.html(200), (g) => g.clients.list()],
    ["200 without data echoing", (r) => json(200, { message: `ok ${auth(r)}` }), get],
    ["200 without data, the key echoed in a header", (r) => json(200, { message: "ok" }, { "x-echo": auth(r) }), get],
    [
      "a list whose data is not an array, echoing",
      (r) => json(200, { data: { key: auth(r) } }),
      (g) => g.clients.list(),
    ],
    ["read timeout", () => "hang", (g) => g.clients.get("c", { timeoutMs: 100 })],
    ["write timeout", () => "hang", (g) => g.clients.create(exampleBody("createClient") as never, { timeoutMs: 100 })],
    [
      "keyed write timeout",
      () => "hang",
      (g) => g.payments.register(exampleBody("registerPayment") as never, { timeoutMs: 100 }),
    ],
    ["caller abort", () => "hang", (g) => g.clients.get("c", { signal: AbortSignal.timeout(50) })],
    ["connection reset (GET)", () => "reset", get],
    ["connection reset (POST)", () => "reset", post],
    ["connection closed (PUT)", () => "close", (g) => g.clients.update("c", exampleBody("updateClient") as never)],
    ["body cut short", () => ({ status: 200, partialBody: '{"data":', contentLength: 99 }), get],
    [
      "cross-origin redirect with the key in the Location",
      (r) => ({ status: 302, headers: { location: `http://localhost:1/${auth(r)}` } }),
      get,
    ],
    ["redirect loop", (r) => ({ status: 302, headers: { location: `/clients/${auth(r)}-${r.seq}` } }), get],
    ["redirect of a write", (r) => ({ status: 307, headers: { location: `/x/${auth(r)}` } }), post],
    ["invalid redirect", (r) => ({ status: 302, headers: { location: `http://[${auth(r)}` } }), get],
    ["invalid input (validation)", undefined, (g) => g.clients.create({ tax_id: KEY, legal_name: 5 } as never)],
    ["id '..'", undefined, (g) => g.clients.get("..")],
    [
      "download: storage answers 403 echoing",
      (r) => json(200, { data: { pdf: `${storage.url}/f.pdf?k=${auth(r)}` } }),
      (g) => g.invoices.download("inv_1", "pdf"),
    ],
    [
      "download: http URL off this machine",
      (r) => json(200, { data: { pdf: `http://files.example/${auth(r)}.pdf` } }),
      (g) => g.invoices.download("inv_1", "pdf"),
    ],
    [
      "download: not a URL",
      (r) => json(200, { data: { pdf: `http://[${auth(r)}` } }),
      (g) => g.invoices.download("inv_1", "pdf"),
    ],
    ["download: no such file", () => json(200, { data: {} }), (g) => g.invoices.download("inv_1", "xml")],
    [
      "download: the API origin redirects to an invalid URL",
      (r) =>
        r.path.startsWith("/files/")
          ? { status: 302, headers: { location: `http://[${auth(r)}` } }
          : json(200, { data: { pdf: "/files/inv_1.pdf" } }),
      (g) => g.invoices.download("inv_1", "pdf"),
    ],
  ];

  it("scans every failure: message, stack, JSON.stringify, util.inspect and causes; logs at debug; events", async () => {
    storage.handle((r) => ({
      status: 403,
      body: `<Error>AccessDenied for ${r.url} ${String(r.headers.authorization)}</Error>`,
    }));
    const logged: string[] = [];
    // Every level, debug included (request and response headers and bodies), and the hook's events.
    const push = (m: string) => logged.push(m);
    const logger = { error: push, warn: push, info: push, debug: push };
    const events: AttemptEvent[] = [];
    const observed = {
      validateResponses: "warn",
      logger,
      logLevel: "debug",
      onAttempt: (e: AttemptEvent) => events.push(e),
    } satisfies ClientOptions;
    const refused = `http://127.0.0.1:${await closedPort()}`;
    const errors: [string, unknown][] = [];

    for (const [name, handler, call] of scenarios) {
      if (handler) api.handle(handler);
      errors.push([name, await rejection(call(client(observed)))]);
    }
    errors.push([
      "connection refused",
      await rejection(get(new Gigstack({ apiKey: KEY, baseUrl: refused, maxRetries: 1, ...observed }))),
    ]);
    for (const [name, make] of [
      ["http base URL off this machine", () => new Gigstack({ apiKey: KEY, baseUrl: "http://api.gigstack.example" })],
      ["base URL with credentials", () => new Gigstack({ apiKey: KEY, baseUrl: `https://u:${KEY}@api.example` })],
      ["key that cannot be a header", () => new Gigstack({ apiKey: `${KEY}\u0000`, baseUrl: api.url })],
      ["bad timeout", () => new Gigstack({ apiKey: KEY, baseUrl: api.url, timeoutMs: -1 })],
    ] as const) {
      try {
        make();
        errors.push([name, new Error("constructed")]);
      } catch (e) {
        errors.push([name, e]);
      }
    }

    // Responses that pass but do not fit the spec: validateResponses "warn" logs them, echoing the key.
    const misfit = (r: Recorded) => ({ id: 42, [auth(r)]: auth(r), tax_system: auth(r), email: auth(r) });
    api.handle((r) => json(200, { data: misfit(r) }));
    await client(observed).clients.get("c");
    api.handle((r) => json(200, { data: [misfit(r)], has_more: auth(r) }));
    await client(observed).clients.list();

    expect(errors).toHaveLength(scenarios.length + 5);
    for (const [name, error] of errors) {
      expect(error, name).toBeInstanceOf(GigstackError);
      for (const text of renderings(error)) expect(leakIn(text), `${name}: ${text.slice(0, 300)}`).toBeUndefined();
    }
    // At debug every attempt logs its request and outcome, and the hook hears of every attempt.
    expect(logged.length).toBeGreaterThan(2 * api.requests.length);
    expect(logged.some((line) => line.includes('"authorization":"[redacted]"'))).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(api.requests.length);
    for (const line of logged) expect(leakIn(line), line).toBeUndefined();
    for (const event of events) expect(leakIn(JSON.stringify(event)), JSON.stringify(event)).toBeUndefined();
    // The servers did see the key (so the echoes above really carried it).
    expect(api.requests.some((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    console.log(
      `[security] scanned ${errors.length} errors (${4 * errors.length}+ renderings), ${logged.length} log lines and ${events.length} attempt events`,
    );
  });

  it("keeps what the server said, with the key replaced", async () => {
    api.handle(echo.json(401));
    const e = (await rejection(client().clients.get("c"))) as GigstackApiError;
    expect(e.message).toBe("401 GET /clients/c: rejected Bearer [redacted] (Bearer [redacted])");
    expect(e.headers.get("x-echo-authorization")).toBe("Bearer [redacted]");
    expect(e.details).toEqual(["Bearer [redacted]"]);
  });

  it("redacts whatever the logger is given", () => {
    const lines: string[] = [];
    resolveConfig({ apiKey: KEY, baseUrl: api.url, logger: { warn: (m) => lines.push(m) } }).logger.warn(`x ${KEY} y`);
    expect(lines).toEqual(["x [redacted] y"]);
  });

  it("the client object itself does not show the key", () => {
    const g = client();
    expect(leakIn(inspect(g, { depth: 5, showHidden: true }))).toBeUndefined();
    expect(leakIn(JSON.stringify(g))).toBeUndefined();
  });
});

describe("path parameters cannot change the path", () => {
  const tricky = [
    "a/b",
    "a?b=c",
    "a#frag",
    "../admin",
    "..%2Fadmin",
    "%2F",
    "%2e%2e",
    "...",
    " ",
    "a b+c",
    "ñandú-Ωmega-😀",
    "client_1;DROP",
    "x\u0000y",
    "\\..\\",
  ];

  it.each(tricky.map((id) => [JSON.stringify(id), id]))("%s reaches the server exactly", async (_name, id) => {
    api.handle(() => json(200, { data: { id } }));
    await client().clients.get(id);
    const [r] = api.requests as [Recorded];
    expect(r.path).toBe(`/clients/${encodeURIComponent(id)}`);
    expect(r.path.split("/")).toHaveLength(3);
    expect(decodeURIComponent(r.path.split("/")[2] ?? "")).toBe(id);
    expect(r.query.size).toBe(0);
  });

  it("any id (well-formed unicode) reaches the server as one segment that decodes to it", async () => {
    api.handle(() => json(200, { data: {} }));
    const g = client();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }).filter((s) => s !== "." && s !== ".."),
        fc.string({ minLength: 1, maxLength: 6, unit: "grapheme-ascii" }).filter((s) => s !== "." && s !== ".."),
        async (team, member) => {
          api.clear();
          await g.teams.members.delete(team, member);
          const [r] = api.requests as [Recorded];
          const segments = r.path.split("/");
          expect(segments).toHaveLength(5);
          expect(segments[3]).toBe("members");
          expect(decodeURIComponent(segments[2] ?? "")).toBe(team);
          expect(decodeURIComponent(segments[4] ?? "")).toBe(member);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([".", ".."])("%j is refused locally with GigstackValidationError, nothing sent", async (id) => {
    for (const call of [
      (g: Gigstack) => g.clients.get(id),
      (g: Gigstack) => g.clients.delete(id),
      (g: Gigstack) => g.clients.update(id, exampleBody("updateClient") as never),
      (g: Gigstack) => g.teams.members.delete("team_1", id),
    ]) {
      const e = await rejection(call(client()));
      expect(e).toBeInstanceOf(GigstackValidationError);
    }
    expect(api.requests).toHaveLength(0);
  });
});

describe("plain http only on this machine", () => {
  it.each([
    "http://api.gigstack.io/v2",
    "http://10.0.0.5",
    "http://localhost.evil.example",
    "http://127.0.0.1.nip.io",
    "http://[::2]",
    "ftp://127.0.0.1",
  ])("refuses %s", (baseUrl) => {
    expect(() => new Gigstack({ apiKey: KEY, baseUrl })).toThrow(GigstackConfigError);
  });

  it.each(["http://localhost:8080", "http://127.0.0.1:9", "http://[::1]:9/v2", "https://api.gigstack.io/v2"])(
    "accepts %s",
    (baseUrl) => {
      expect(() => new Gigstack({ apiKey: KEY, baseUrl })).not.toThrow();
    },
  );
});

describe("the key never goes to another host", () => {
  it.each([301, 302, 303, 307, 308])("a %s to another origin is not followed at all", async (status) => {
    api.handle(() => ({ status, headers: { location: `${storage.url}/clients/c` } }));
    const e = await rejection(client().clients.get("c"));
    expect(e).toBeInstanceOf(GigstackConnectionError);
    expect((e as Error).message).toContain("another host would receive the API key");
    expect(storage.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(1);
  });

  it("a redirect to the same host on another port is another origin", async () => {
    const other = storage.url.replace("127.0.0.1", "localhost");
    api.handle(() => ({ status: 302, headers: { location: `${other}/x` } }));
    await rejection(client().clients.get("c"));
    expect(storage.requests).toHaveLength(0);
  });

  const bytes = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
  function storageServes() {
    storage.handle((r) =>
      r.path === "/hop"
        ? { status: 302, headers: { location: "/bucket/inv_1.pdf" } }
        : { status: 200, headers: { "content-type": "application/pdf", "content-length": "4096" }, body: bytes },
    );
  }

  it("invoices.download fetches the bytes from the storage host without the key", async () => {
    storageServes();
    api.handle(() =>
      json(200, { data: { pdf: `${storage.url}/bucket/inv_1.pdf`, xml: `${storage.url}/bucket/inv_1.xml` } }),
    );
    const got = await client().invoices.download("inv_1", "pdf");
    expect(got).toEqual(bytes);
    expect(api.requests.map((r) => [r.path, r.query.get("file_type"), r.headers.authorization])).toEqual([
      ["/invoices/inv_1/files", "pdf", `Bearer ${KEY}`],
    ]);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]?.path).toBe("/bucket/inv_1.pdf");
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("a file URL on the API's origin gets the key, and its redirect to storage does not", async () => {
    storageServes();
    api.handle((r) =>
      r.path === "/files/inv_1.pdf"
        ? { status: 302, headers: { location: `${storage.url}/hop` } }
        : json(200, { data: { pdf: "/files/inv_1.pdf" } }),
    );
    expect(await client().invoices.download("inv_1", "pdf")).toEqual(bytes);
    expect(api.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    expect(storage.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
      ["/hop", undefined],
      ["/bucket/inv_1.pdf", undefined],
    ]);
  });

  it("even an injected fetch that would forward headers on redirects never sees the key off the API origin", async () => {
    storageServes();
    const seen: [string, string | null][] = [];
    const recording: typeof fetch = async (input, init) => {
      const req = new Request(input, init);
      seen.push([new URL(req.url).origin, req.headers.get("authorization")]);
      return fetch(req);
    };
    api.handle(() => json(200, { data: { pdf: `${storage.url}/hop` } }));
    expect(await client({ fetch: recording }).invoices.download("inv_1", "pdf")).toEqual(bytes);
    expect(seen).toEqual([
      [api.url, `Bearer ${KEY}`],
      [storage.url, null],
      [storage.url, null],
    ]);
  });

  it("refuses a plain-http file URL off this machine without fetching it", async () => {
    const calls: string[] = [];
    const recording: typeof fetch = (input, init) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    api.handle(() => json(200, { data: { pdf: "http://files.gigstack.example/inv_1.pdf" } }));
    const e = await rejection(client({ fetch: recording }).invoices.download("inv_1", "pdf"));
    expect(e).toBeInstanceOf(GigstackError);
    expect((e as Error).message).toContain("Refusing to download the pdf over http:");
    expect(calls).toEqual([`${api.url}/invoices/inv_1/files?file_type=pdf`]);
  });

  it("a download honours the caller's abort", async () => {
    storage.handle(() => "hang");
    api.handle(() => json(200, { data: { pdf: `${storage.url}/slow.pdf` } }));
    const e = await rejection(client().invoices.download("inv_1", "pdf", { signal: AbortSignal.timeout(150) }));
    expect(e).toBeInstanceOf(GigstackAbortError);
  });
});
