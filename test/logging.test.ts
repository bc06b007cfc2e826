// Request logs, the onAttempt hook and the X-Gigstack-Client header, over real local sockets
// (the fault server, and Prism for the "against the mock" run): how many lines each level
// prints, what they say, what debug adds, that the key never shows, that a failing hook does not
// break a call, and that every request names the SDK, its version and the runtime.
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { clientHeader, runtimeTag } from "../src/client-info.js";
import { type AttemptEvent, Gigstack, GigstackConfigError, type LogLevel, VERSION } from "../src/index.js";
import { type FaultServer, json, type Recorded, startFaultServer } from "./support/fault-server.js";
import { exampleBody, fastBackoff, rejection } from "./support/sdk.js";

const SECRET = "4f7a1c9e2b8d0f6a3c5e7b9d1f3a5c7e";
const KEY = `sk_test_${SECRET}`;
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

let api: FaultServer;
let storage: FaultServer;
let restoreBackoff: () => void;
const savedEnv = process.env.GIGSTACK_LOG;

beforeAll(async () => {
  [api, storage] = await Promise.all([startFaultServer(), startFaultServer()]);
  restoreBackoff = fastBackoff();
});
afterAll(async () => {
  restoreBackoff();
  await Promise.all([api.close(), storage.close()]);
});
beforeEach(() => {
  // The default level must not depend on the shell the tests run in.
  delete process.env.GIGSTACK_LOG;
  api.clear();
  storage.clear();
  api.handle(() => json(200, { data: { id: "client_1" } }));
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.GIGSTACK_LOG;
  else process.env.GIGSTACK_LOG = savedEnv;
});

type Line = [level: "error" | "warn" | "info" | "debug", message: string];

/** A console-shaped logger that keeps every line with its level. */
function recorder() {
  const lines: Line[] = [];
  const logger = {
    error: (m: string) => lines.push(["error", m]),
    warn: (m: string) => lines.push(["warn", m]),
    info: (m: string) => lines.push(["info", m]),
    debug: (m: string) => lines.push(["debug", m]),
  };
  return { lines, logger, at: (level: Line[0]) => lines.filter(([l]) => l === level).map(([, m]) => m) };
}

const client = (extra: Record<string, unknown> = {}) => new Gigstack({ apiKey: KEY, baseUrl: api.url, ...extra });

/** Where the key, or any 12 characters of its secret part, appears in `text`. */
function leakIn(text: string): string | undefined {
  if (text.includes(KEY)) return KEY;
  for (let i = 0; i + 12 <= SECRET.length; i++) {
    if (text.includes(SECRET.slice(i, i + 12))) return SECRET.slice(i, i + 12);
  }
  return undefined;
}

const ATTEMPT_LINE =
  /^\[gigstack\] (\w+) (GET|POST|PUT|PATCH|DELETE) (\S+) -> (\d{3}|timeout|aborted|redirect|connection(?: \w+)?) in \d+ ms \(attempt (\d+)\)(?:; retry in \d+ ms: (.+))?$/;

describe("logLevel info: one line per attempt", () => {
  it("a plain call: operation, method, path with query, status, duration, attempt", async () => {
    const { lines, logger } = recorder();
    await client({ logLevel: "info", logger, team: "team_9" }).clients.get("client_1");
    expect(lines).toHaveLength(1);
    const [level, line] = lines[0] as Line;
    expect(level).toBe("info");
    expect(line).toMatch(ATTEMPT_LINE);
    expect(line).toMatch(
      /^\[gigstack\] getClient GET \/clients\/client_1\?team=team_9 -> 200 in \d+ ms \(attempt 1\)$/,
    );
    expect(leakIn(line)).toBeUndefined();
  });

  it("a retried call prints one line per attempt, each retry with its reason (warn), the last at info", async () => {
    api.handle((r) =>
      r.seq === 0 ? json(503, { message: "down" }) : r.seq === 1 ? "reset" : json(200, { data: { id: "client_1" } }),
    );
    const { lines, logger } = recorder();
    await client({ logLevel: "info", logger }).clients.get("client_1");
    expect(api.requests).toHaveLength(3);
    expect(lines.map(([level]) => level)).toEqual(["warn", "warn", "info"]);
    const parsed = lines.map(([, m]) => ATTEMPT_LINE.exec(m));
    expect(parsed.map((m) => [m?.[4], m?.[5], m?.[6]])).toEqual([
      ["503", "1", "HTTP 503"],
      ["connection ECONNRESET", "2", "ECONNRESET (idempotent request)"],
      ["200", "3", undefined],
    ]);
    for (const [, m] of lines) expect(leakIn(m)).toBeUndefined();
  });

  it("a call that fails for good still prints one line per attempt, none above info", async () => {
    api.handle(() => json(404, { message: "no such client", error: "resource_not_found" }));
    const { lines, logger } = recorder();
    await rejection(client({ logLevel: "info", logger }).clients.get("nope"));
    expect(lines).toEqual([
      ["info", expect.stringMatching(/ getClient GET \/clients\/nope -> 404 in \d+ ms \(attempt 1\)$/)],
    ]);
  });

  it("a write that cannot be retried, a timeout and a caller abort: one line each", async () => {
    const { lines, logger } = recorder();
    api.handle(() => "reset");
    await rejection(client({ logLevel: "info", logger }).clients.create(exampleBody("createClient") as never));
    api.handle(() => "hang");
    await rejection(client({ logLevel: "info", logger }).clients.get("c", { timeoutMs: 60 }));
    await rejection(client({ logLevel: "info", logger }).clients.get("c", { signal: AbortSignal.timeout(60) }));
    expect(lines.map(([level, m]) => [level, ATTEMPT_LINE.exec(m)?.slice(1, 6)])).toEqual([
      ["info", ["createClient", "POST", "/clients", "connection ECONNRESET", "1"]],
      ["info", ["getClient", "GET", "/clients/c", "timeout", "1"]],
      ["info", ["getClient", "GET", "/clients/c", "aborted", "1"]],
    ]);
  });

  it("against the mock (Prism): a list and a create print one line each, without the key", async () => {
    const { lines, logger } = recorder();
    const g = new Gigstack({ apiKey: KEY, baseUrl: inject("prismUrl"), logLevel: "info", logger });
    await g.clients.list({ limit: 1 }); // awaiting a PagePromise fetches the first page only
    await g.clients.create(exampleBody("createClient") as never);
    expect(lines.map(([level, m]) => [level, ATTEMPT_LINE.exec(m)?.slice(1, 6)])).toEqual([
      ["info", ["listClients", "GET", "/clients?limit=1", expect.stringMatching(/^2\d\d$/), "1"]],
      ["info", ["createClient", "POST", "/clients", expect.stringMatching(/^2\d\d$/), "1"]],
    ]);
    for (const [, m] of lines) expect(leakIn(m)).toBeUndefined();
  });
});

describe("the other levels", () => {
  const retriedGet = async (extra: Record<string, unknown>) => {
    api.clear();
    api.handle((r) => (r.seq === 0 ? json(502, {}) : json(200, { data: { id: "c" } })));
    await client(extra).clients.get("c");
  };

  it("default (warn): nothing for a call that succeeds first time, one line per retry", async () => {
    const { lines, logger } = recorder();
    await client({ logger }).clients.get("c");
    expect(lines).toEqual([]);
    await retriedGet({ logger });
    expect(lines).toEqual([
      ["warn", expect.stringMatching(/ -> 502 in \d+ ms \(attempt 1\); retry in \d+ ms: HTTP 502$/)],
    ]);
  });

  it.each(["off", "error"] as const)("%s: not even retries", async (logLevel) => {
    const { lines, logger } = recorder();
    await retriedGet({ logger, logLevel });
    expect(lines).toEqual([]);
  });

  it("response validation warnings go through the same logger and level", async () => {
    api.handle(() => json(200, { data: { id: 42 } }));
    const warned = recorder();
    await client({ logger: warned.logger, validateResponses: "warn" }).clients.get("c");
    expect(warned.at("warn").join("\n")).toContain(
      "clients.get (getClient): the response of GET /clients/c does not match the spec",
    );
    const silenced = recorder();
    await client({ logger: silenced.logger, validateResponses: "warn", logLevel: "error" }).clients.get("c2");
    expect(silenced.lines).toEqual([]);
  });

  it("a logger with only some levels is fine, and a logger that throws never breaks a call", async () => {
    const seen: string[] = [];
    await client({ logLevel: "debug", logger: { info: (m: string) => seen.push(m) } }).clients.get("c");
    expect(seen).toHaveLength(1);
    const throwing = {
      info: () => {
        throw new Error("disk full");
      },
    };
    await expect(client({ logLevel: "info", logger: throwing }).clients.get("c")).resolves.toEqual({ id: "client_1" });
  });
});

describe("logLevel debug: headers and bodies, redacted", () => {
  it("shows the request and response headers and bodies, never the key", async () => {
    // A server that echoes the Authorization header back in a header and in the body.
    api.handle((r: Recorded) =>
      json(201, { data: { id: "c", echo: r.headers.authorization } }, { "x-echo": String(r.headers.authorization) }),
    );
    const { lines, logger } = recorder();
    await client({ logLevel: "debug", logger }).clients.create({ ...exampleBody("createClient"), note: KEY } as never, {
      headers: { "x-trace": `t ${KEY}` },
    });
    expect(lines.map(([level]) => level)).toEqual(["debug", "info", "debug"]);
    const [request, , response] = lines.map(([, m]) => m) as [string, string, string];
    expect(request).toMatch(/^\[gigstack\] createClient POST \/clients \(attempt 1\) request headers \{/);
    expect(request).toContain('"authorization":"[redacted]"');
    expect(request).toContain('"x-trace":"t [redacted]"');
    expect(request).toContain(`"x-gigstack-client":"gigstack-ts/${pkg.version} `);
    expect(request).toContain('body {"');
    expect(request).toContain('"note":"[redacted]"');
    expect(response).toMatch(/^\[gigstack\] createClient POST \/clients \(attempt 1\) response 201 headers \{/);
    expect(response).toContain('"x-echo":"Bearer [redacted]"');
    expect(response).toContain('body {"data":{"id":"c","echo":"Bearer [redacted]"}}');
    for (const [, m] of lines) expect(leakIn(m), m).toBeUndefined();
    // The server did get the key: the echoes above really carried it.
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("names a multipart body's type only: its parts are files and, for a CSD upload, the key's password", async () => {
    api.handle(() => json(200, { data: {} }));
    const { at, logger } = recorder();
    const password = "csd-password-1234";
    const cer = new Blob([new Uint8Array([1, 2, 3])]);
    await client({ logLevel: "debug", logger }).teams.uploadCsd("team_1", { cer, key: cer, password });
    expect(api.requests[0]?.body).toContain(password); // it was sent…
    expect(at("debug")[0]).toMatch(/ request headers \{.*\} body \[FormData\]$/);
    expect(at("debug").join("\n")).not.toContain(password); // …and not logged
  });

  it("hides credentials other than the key by field name in debug bodies: portal tokens, invitation ID tokens", async () => {
    const portal = "eyJportal.SECRET.token";
    const idToken = "eyJfirebase.SECRET.idtoken";
    api.handle(() => json(200, { data: { token: portal, url: "https://portal.example/x" } }));
    const { at, logger } = recorder();
    const debugging = client({ logLevel: "debug", logger });
    await debugging.clients.portalToken({ id: "client_1" } as never);
    await debugging.teams.invitations.accept({ token: idToken } as never);
    expect(api.requests[1]?.body).toContain(idToken); // sent…
    const logged = at("debug").join("\n");
    expect(logged).not.toContain(portal); // …and neither logged
    expect(logged).not.toContain(idToken);
    expect(logged).toContain('"token":"[redacted]"');
    expect(logged).toContain('"url":"https://portal.example/x"'); // the rest of the body still shows
  });

  it("cuts long bodies, after redacting (a key cut in half would no longer be recognised)", async () => {
    api.handle((r) => ({ status: 200, body: `{"data":"${"x".repeat(1_990)}${String(r.headers.authorization)}"}` }));
    const { at, logger } = recorder();
    await client({ logLevel: "debug", logger }).clients.get("c");
    const response = at("debug")[1] ?? "";
    expect(response).toMatch(/more characters\]$/);
    expect(leakIn(response)).toBeUndefined();
  });

  it("a failed attempt shows why", async () => {
    api.handle(() => "reset");
    const { at, logger } = recorder();
    await rejection(client({ logLevel: "debug", logger, maxRetries: 0 }).clients.get("c"));
    expect(at("debug")[1]).toMatch(/^\[gigstack\] getClient GET \/clients\/c \(attempt 1\) connection: .*ECONNRESET/);
  });
});

describe("onAttempt", () => {
  it("gets one event per attempt, with the retry and its reason", async () => {
    api.handle((r) => (r.seq === 0 ? json(429, {}, { "retry-after": "0" }) : json(200, { data: { id: "c" } })));
    const events: AttemptEvent[] = [];
    // The hook runs whatever the level, even off.
    await client({ logLevel: "off", team: "team_2", onAttempt: (e: AttemptEvent) => events.push(e) }).clients.get("c");
    expect(events).toEqual([
      {
        operationId: "getClient",
        method: "GET",
        path: "/clients/c",
        query: "team=team_2",
        attempt: 1,
        status: 429,
        error: undefined,
        code: undefined,
        durationMs: expect.any(Number),
        retry: { reason: "HTTP 429", delayMs: expect.any(Number) },
      },
      expect.objectContaining({ attempt: 2, status: 200, retry: undefined }),
    ]);
    for (const e of events) expect(e.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("reports failures without an answer: connection (with its code), timeout", async () => {
    const events: AttemptEvent[] = [];
    const onAttempt = (e: AttemptEvent) => events.push(e);
    api.handle(() => "reset");
    await rejection(client({ onAttempt, maxRetries: 1, logLevel: "off" }).clients.get("c"));
    api.handle(() => "hang");
    await rejection(client({ onAttempt }).clients.get("c", { timeoutMs: 60 }));
    expect(events.map((e) => [e.attempt, e.status, e.error, e.code, e.retry?.reason])).toEqual([
      [1, undefined, "connection", "ECONNRESET", "ECONNRESET (idempotent request)"],
      [2, undefined, "connection", "ECONNRESET", undefined],
      [1, undefined, "timeout", undefined, undefined],
    ]);
  });

  it("a hook that throws, or rejects, does not break the call; it is logged at error", async () => {
    const { at, logger } = recorder();
    const g = client({
      logger,
      onAttempt: () => {
        throw new Error(`metrics backend down ${KEY}`);
      },
    });
    await expect(g.clients.get("c")).resolves.toEqual({ id: "client_1" });
    const rejecting = client({ logger, onAttempt: async () => Promise.reject(new Error("async hook failed")) });
    await expect(rejecting.clients.get("c")).resolves.toEqual({ id: "client_1" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(at("error")).toEqual([
      expect.stringMatching(
        /^\[gigstack\] onAttempt threw \(the call goes on\): Error: metrics backend down \[redacted\]$/,
      ),
      expect.stringMatching(/async hook failed$/),
    ]);
  });

  it("file downloads are attempts too, without the signed URL's query", async () => {
    storage.handle(() => ({ status: 200, body: new Uint8Array([1, 2, 3]) }));
    api.handle(() => json(200, { data: { pdf: `${storage.url}/bucket/inv.pdf?X-Signature=s3cr3t` } }));
    const events: AttemptEvent[] = [];
    const { lines, logger } = recorder();
    await client({ logLevel: "info", logger, onAttempt: (e: AttemptEvent) => events.push(e) }).invoices.download(
      "inv_1",
      "pdf",
    );
    expect(events.map((e) => [e.operationId, e.path, e.query, e.status])).toEqual([
      ["getInvoiceFiles", "/invoices/inv_1/files", "file_type=pdf", 200],
      ["downloadInvoiceFile", `${storage.url}/bucket/inv.pdf`, "", 200],
    ]);
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("s3cr3t");
  });
});

describe("options and GIGSTACK_LOG", () => {
  it("GIGSTACK_LOG sets the level when the option is not given; the option wins", async () => {
    process.env.GIGSTACK_LOG = "info";
    const fromEnv = recorder();
    await client({ logger: fromEnv.logger }).clients.get("c");
    expect(fromEnv.at("info")).toHaveLength(1);
    const overridden = recorder();
    await client({ logger: overridden.logger, logLevel: "warn" }).clients.get("c");
    expect(overridden.lines).toEqual([]);
  });

  it("an unknown GIGSTACK_LOG is reported at warn and ignored (a deploy setting must not break the client)", async () => {
    process.env.GIGSTACK_LOG = "verbose";
    const { lines, logger } = recorder();
    const g = client({ logger });
    expect(lines).toEqual([
      ["warn", '[gigstack] GIGSTACK_LOG must be one of off, error, warn, info, debug; got "verbose"; using "warn"'],
    ]);
    await g.clients.get("c");
    expect(lines).toHaveLength(1);
  });

  it.each([
    [{ logLevel: "verbose" }, /logLevel must be one of off, error, warn, info, debug/],
    [{ logLevel: "INFO" }, /logLevel must be one of/],
    [{ logger: "console" }, /logger must be an object like console/],
    [{ logger: null }, /logger must be an object like console/],
    [{ onAttempt: {} }, /onAttempt must be a function/],
  ])("%j is refused at construction", (options, message) => {
    expect(() => client(options)).toThrow(GigstackConfigError);
    expect(() => client(options)).toThrow(message);
  });

  it.each(["off", "error", "warn", "info", "debug"] satisfies LogLevel[])("accepts %s", (logLevel) => {
    expect(() => client({ logLevel })).not.toThrow();
  });
});

describe("X-Gigstack-Client", () => {
  const expected = `gigstack-ts/${pkg.version} node/${process.versions.node}`;

  it("VERSION is package.json's version (bump both when releasing)", () => {
    expect(VERSION).toBe(pkg.version);
  });

  it("is on every request of the methods, with the package's version and the runtime", async () => {
    await client().clients.get("c");
    await client().clients.create(exampleBody("createClient") as never);
    expect(api.requests.map((r) => r.headers["x-gigstack-client"])).toEqual([expected, expected]);
    expect(api.requests[0]?.headers["user-agent"]).not.toContain("gigstack");
  });

  it("is on gigstack.raw's requests", async () => {
    await client().raw.GET("/clients/{id}", { params: { path: { id: "c" } } });
    expect(api.requests.map((r) => r.headers["x-gigstack-client"])).toEqual([expected]);
  });

  it("goes with file downloads to the API's origin, not to a storage host", async () => {
    storage.handle(() => ({ status: 200, body: new Uint8Array([1]) }));
    api.handle((r) =>
      r.path === "/files/inv_1.pdf"
        ? { status: 302, headers: { location: `${storage.url}/bucket/inv_1.pdf` } }
        : json(200, { data: { pdf: "/files/inv_1.pdf" } }),
    );
    await client().invoices.download("inv_1", "pdf");
    expect(api.requests.map((r) => [r.path, r.headers["x-gigstack-client"]])).toEqual([
      ["/invoices/inv_1/files", expected],
      ["/files/inv_1.pdf", expected],
    ]);
    expect(storage.requests.map((r) => r.headers["x-gigstack-client"])).toEqual([undefined]);
  });

  it("names each runtime by its globals (Bun and Deno also define process.versions.node)", () => {
    const node = { process: { versions: { node: "24.1.0" } } };
    expect(runtimeTag({ ...node, Bun: { version: "1.4.5" } })).toBe("bun/1.4.5");
    expect(runtimeTag({ ...node, Deno: { version: { deno: "2.9.6" } } })).toBe("deno/2.9.6");
    expect(runtimeTag({ navigator: { userAgent: "Cloudflare-Workers" } })).toBe("workerd/unknown");
    expect(runtimeTag({ ...node, navigator: { userAgent: "Cloudflare-Workers" } })).toBe("workerd/unknown");
    expect(runtimeTag(node)).toBe("node/24.1.0");
    expect(runtimeTag({})).toBe("unknown/unknown");
    expect(runtimeTag({ navigator: { userAgent: "Mozilla/5.0" } })).toBe("unknown/unknown");
    // A version string a header cannot carry must not make every request fail.
    expect(clientHeader({ Bun: { version: "1.4\u00e9\n" } })).toBe(`gigstack-ts/${VERSION} bun/1.4__`);
  });
});
