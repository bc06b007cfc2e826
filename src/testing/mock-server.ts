/**
 * `startMockServer()`: a gigstack API mock for a user's own tests. Prism serves the spec's
 * examples and checks every request against the spec; a small recording proxy in front of it
 * keeps what the app sent with Prism's verdict, and points the file URLs it hands out at a local
 * file server, so downloads work without any network. Node-only.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Gigstack } from "../client.js";
import type { ClientOptions } from "../config.js";
import { STORAGE_ORIGINS, startFileServer } from "./files.js";
import { type MockPreference, preferHeader } from "./prefer.js";
import { freePort, startPrism } from "./prism.js";

/** The key `mock.client()` uses: Prism only checks that a bearer token is there. */
export const MOCK_API_KEY = "sk_test_gigstack_mock";

/** One thing Prism found wrong with a request (its `sl-violations` header, or its own error). */
export interface MockViolation {
  /** Where, e.g. `["request", "body", "client"]`. */
  location: string[];
  /** Prism's severity; `Error` makes the request not accepted. */
  severity: string;
  /** Prism's code for it, e.g. `required`, `enum`, `NO_PATH_MATCHED_ERROR`. */
  code: string;
  message: string;
}

/** A request the app sent to the mock, and what the mock made of it. */
export interface MockRequest {
  /** `api`: a call to the mocked API, checked by Prism. `file`: a download from the mock's file server. */
  target: "api" | "file";
  method: string;
  /** Path and query as sent, e.g. `/clients/client_1?team=team_1`. */
  url: string;
  /** Request headers, names in lower case. */
  headers: IncomingHttpHeaders;
  /** The body: parsed when it is JSON, else the text; undefined when empty. */
  body: unknown;
  /** The status the app got. */
  status: number;
  /**
   * The spec accepts the request: Prism found no violation of severity `Error`. (For a `file`
   * download: the file server had that file.)
   */
  accepted: boolean;
  violations: MockViolation[];
}

/** Options of {@link startMockServer}; all optional. */
export interface MockServerOptions {
  /** The port the mock listens on (127.0.0.1). Default: a free one. */
  port?: number | undefined;
  /** Another spec file than the one the SDK was generated from (`gigstack-ts/openapi.yaml`). */
  spec?: string | undefined;
  /** How long to wait for Prism to start, in ms. Default 60 000. */
  startupTimeoutMs?: number | undefined;
}

/** Which requests a {@link MockServer.preferNext} preference applies to. */
export interface MockRequestMatch {
  /** e.g. `POST`; any method when omitted. */
  method?: string | undefined;
  /** The path without query, e.g. `/invoices/income`, or a pattern for it; any path when omitted. */
  path?: string | RegExp | undefined;
  /** How many matching requests it answers; default 1. */
  times?: number | undefined;
}

/** A running mock, what {@link startMockServer} resolves to. */
export interface MockServer {
  /** The mocked API's base URL, `http://127.0.0.1:<port>` (what `baseUrl` is set to). */
  url: string;
  /** Prism itself, behind the proxy: requests sent there are not recorded and file URLs not rewritten. */
  prismUrl: string;
  /** A `Gigstack` pointed at the mock with a dummy key; `options` are any other client options. */
  client: (options?: Omit<ClientOptions, "baseUrl">) => Gigstack;
  /** Everything the app sent, in the order answered (`mock.requests.length = 0` clears it). */
  requests: MockRequest[];
  /**
   * Chooses the answer to the next matching request(s) the way `prefer()` does per call, for code
   * whose calls a test cannot pass options to (an app function that calls the SDK itself):
   * `mock.preferNext({ code: 422 }, { method: "POST", path: "/invoices/income" })`. The mock sets
   * the request's `Prefer` header (replacing the app's); the oldest matching entry is used first.
   */
  preferNext: (preference: MockPreference, match?: MockRequestMatch) => void;
  /** Stops Prism, the proxy and the file server. Forgetting it does not keep a test runner alive. */
  close: () => Promise<void>;
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

function parseBody(buffer: Buffer, contentType: string | undefined): unknown {
  if (buffer.byteLength === 0) return undefined;
  const text = buffer.toString("utf8");
  if (contentType?.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Prism's verdict on a request: its `sl-violations` header, or its own problem+json (no route,
 * bad Prefer…). Exported for the tests only (not from `gigstack-ts/testing`).
 */
export function violationsOf(headers: IncomingHttpHeaders, body: Buffer): MockViolation[] {
  const header = headers["sl-violations"];
  if (typeof header === "string") {
    try {
      const list = JSON.parse(header) as Partial<MockViolation>[];
      // Prism lists its own answer's problems (an example or a generated body that breaks its
      // schema) beside the request's: those say nothing about what the app sent.
      return list
        .filter((v) => v.location?.[0] !== "response")
        .map((v) => ({
          location: v.location ?? [],
          severity: v.severity ?? "Error",
          code: String(v.code ?? ""),
          message: v.message ?? "",
        }));
    } catch {
      return [{ location: [], severity: "Error", code: "UNREADABLE", message: header }];
    }
  }
  if (String(headers["content-type"]).includes("application/problem+json")) {
    try {
      const problem = JSON.parse(body.toString("utf8")) as { type?: string; title?: string; detail?: string };
      const code = /stoplight\.io\/prism\/errors#(\w+)/.exec(problem.type ?? "")?.[1];
      if (code)
        return [{ location: ["request"], severity: "Error", code, message: problem.detail || problem.title || code }];
    } catch {
      // not Prism's: an answer from the spec
    }
  }
  return [];
}

// Hop-by-hop headers are the proxy's own business; accept-encoding is dropped so that Prism's
// answer comes uncompressed and its file URLs can be rewritten.
const NOT_FORWARDED = new Set(["connection", "keep-alive", "transfer-encoding", "accept-encoding", "host"]);

/**
 * Starts a gigstack API mock: Prism from the spec the SDK was generated from, behind a recording
 * proxy, plus a file server for invoice downloads. Needs the optional peer dependency
 * `@stoplight/prism-cli` (without it: a `GigstackConfigError` naming the install command).
 *
 * Prism runs without `--errors`, and a request that violates the spec is answered like the API
 * answers an invalid request: a 400 `validation_failed` whose message lists what Prism found
 * (unless the test chose the answer with `prefer`). The violations are in `mock.requests` too.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const requests: MockRequest[] = [];
  const prism = await startPrism({
    errors: false,
    spec: options.spec,
    timeoutMs: options.startupTimeoutMs,
  });
  const prismUrl = new URL(prism.url);
  const files = await startFileServer((r) =>
    requests.push({
      target: "file",
      method: r.method,
      url: r.url,
      headers: r.headers,
      body: undefined,
      status: r.status,
      accepted: r.status < 400,
      violations: [],
    }),
  );
  // `https://storage.googleapis.com/a/b.pdf` → `http://127.0.0.1:<files>/storage.googleapis.com/a/b.pdf`
  const rewrites = STORAGE_ORIGINS.map((origin) => [`${origin}/`, `${files.url}/${new URL(origin).host}/`] as const);

  const preferences: { preference: string; match: MockRequestMatch; left: number }[] = [];
  const takePreference = (method: string, url: string): string | undefined => {
    const path = url.split("?")[0] ?? "/";
    const index = preferences.findIndex(
      ({ match }) =>
        (match.method === undefined || match.method.toUpperCase() === method) &&
        (match.path === undefined || (typeof match.path === "string" ? match.path === path : match.path.test(path))),
    );
    const entry = preferences[index];
    if (!entry) return undefined;
    if (--entry.left <= 0) preferences.splice(index, 1);
    return entry.preference;
  };

  const proxy = createServer(async (req, res) => {
    try {
      const body = await readAll(req);
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !NOT_FORWARDED.has(name)) headers[name] = value;
      }
      const preferred = takePreference(req.method ?? "GET", req.url ?? "/");
      if (preferred !== undefined) headers.prefer = preferred;
      headers["content-length"] = String(body.byteLength);
      const answer = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) => {
          const upstream = httpRequest(
            { host: prismUrl.hostname, port: prismUrl.port, method: req.method, path: req.url, headers },
            (r) => {
              readAll(r).then((b) => resolve({ status: r.statusCode ?? 502, headers: r.headers, body: b }), reject);
            },
          );
          upstream.on("error", reject);
          upstream.end(body);
        },
      );
      const violations = violationsOf(answer.headers, answer.body);
      const accepted = !violations.some((v) => v.severity === "Error");
      let out = answer.body;
      if (!accepted && headers.prefer === undefined && (answer.status === 400 || answer.status === 422)) {
        // Prism answers a request that breaks the spec with the operation's example 422 (else
        // 400): for invoices that is "the SAT refused to stamp" (cfdi_service_error), for others
        // a message about some other field. The API answers an invalid request with a 400 whose
        // message says what is wrong; so does the mock, from Prism's findings, so that a test
        // cannot take a bug in the app's request for a fiscal refusal.
        answer.status = 400;
        answer.headers["content-type"] = "application/json";
        out = Buffer.from(
          JSON.stringify({
            message: `Invalid request (gigstack mock, from the spec): ${violations.map((v) => v.message).join("; ")}`,
            error: "validation_failed",
          }),
        );
      } else if (String(answer.headers["content-type"]).includes("json")) {
        let text = out.toString("utf8");
        for (const [from, to] of rewrites) text = text.split(from).join(to);
        out = Buffer.from(text, "utf8");
      }
      requests.push({
        target: "api",
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers: preferred === undefined ? req.headers : { ...req.headers, prefer: preferred },
        body: parseBody(body, req.headers["content-type"]),
        status: answer.status,
        accepted,
        violations,
      });
      const outHeaders: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !NOT_FORWARDED.has(name)) outHeaders[name] = value;
      }
      outHeaders["content-length"] = String(out.byteLength);
      res.writeHead(answer.status, outHeaders).end(out);
    } catch (err) {
      // Prism is gone (closed, or crashed): say so rather than leave the app hanging.
      res.writeHead(502, { "content-type": "text/plain" }).end(`gigstack mock: Prism did not answer (${err})`);
    }
  });
  // Neither the proxy nor a kept-alive connection to it holds the event loop: a test file that
  // forgets close() still lets its runner exit.
  proxy.on("connection", (socket) => socket.unref());
  const port = options.port ?? (await freePort());
  try {
    await new Promise<void>((resolve, reject) => {
      proxy.once("error", reject);
      proxy.listen(port, "127.0.0.1", resolve);
    });
  } catch (err) {
    await Promise.all([files.close(), prism.stop()]);
    throw err;
  }
  proxy.unref();
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    prismUrl: prism.url,
    requests,
    preferNext: (preference, match = {}) => {
      const times = match.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new TypeError(`preferNext: times must be a positive integer`);
      preferences.push({ preference: preferHeader(preference), match, left: times });
    },
    client: (clientOptions = {}) => new Gigstack({ apiKey: MOCK_API_KEY, ...clientOptions, baseUrl: url }),
    close: () => {
      closing ??= Promise.all([
        new Promise<void>((resolve) => {
          proxy.closeAllConnections();
          proxy.close(() => resolve());
        }),
        files.close(),
        prism.stop(),
      ]).then(() => undefined);
      return closing;
    },
  };
}
