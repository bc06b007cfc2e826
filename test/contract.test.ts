// Every SDK method against the Prism mock: the request it sends is valid for the spec (Prism
// reports no violation), and the answer comes back as the envelope's data or as a typed error.
import { beforeEach, describe, expect, inject, it } from "vitest";
import { operations } from "../generated/operations.js";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Gigstack,
  GigstackApiError,
  InternalServerError,
  isGigstackError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { resources } from "../src/resources.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { bodyExample, exampleOf, multipartParts, type SpecOperation, specOperations } from "./support/spec.js";

const baseUrl = inject("prismUrl");
let log: Exchange[] = [];
beforeEach(() => {
  log = [];
});
const client = (extra: Record<string, unknown> = {}) =>
  new Gigstack({ apiKey: "sk_test_contract", baseUrl, fetch: recordingFetch(log), ...extra });

/** Where each operationId lives in the client, e.g. createClient → ["clients", "create"]. */
function methodPaths(tree: object, prefix: string[] = []): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, node] of Object.entries(tree)) {
    if (typeof node === "string") out.set(node, [...prefix, name]);
    else for (const [id, path] of methodPaths(node, [...prefix, name])) out.set(id, path);
  }
  return out;
}
const paths = methodPaths(resources);
paths.set("uploadClientCsf", ["clients", "uploadCsf"]);
paths.set("uploadTeamCsdCertificates", ["teams", "uploadCsd"]);

type AnyMethod = (...args: unknown[]) => unknown;
function method(g: Gigstack, opId: string): AnyMethod {
  const path = paths.get(opId);
  if (!path) throw new Error(`no method for ${opId}`);
  // biome-ignore lint/suspicious/noExplicitAny: walking the client by a runtime path.
  return path.reduce((o: any, k) => o[k], g) as AnyMethod;
}

/** Arguments from the spec's examples, in the method's positional order. */
function argsFor(o: SpecOperation): unknown[] {
  const op = operations[o.operationId as keyof typeof operations];
  const args: unknown[] = op.pathParams.map((name) =>
    exampleOf(o.parameters.find((p) => p.in === "path" && p.name === name)),
  );
  if (o.operationId === "uploadClientCsf") return [multipartParts(o)?.file, {}];
  if (o.operationId === "uploadTeamCsdCertificates") {
    const parts = multipartParts(o) ?? {};
    return [...args, { cer: parts.cert, key: parts.key, password: parts.keyPass }];
  }
  if (op.body !== "none") args.push(op.body === "json" ? bodyExample(o) : multipartParts(o));
  if (op.query.some((q) => q !== "team")) {
    const required = o.parameters.filter((p) => p.in === "query" && p.required);
    args.push(Object.fromEntries(required.map((p) => [p.name, exampleOf(p)])));
  }
  const headers = Object.fromEntries(
    o.parameters.filter((p) => p.in === "header" && p.required).map((p) => [p.name, exampleOf(p)]),
  );
  args.push({ headers });
  return args;
}

describe("every method sends a request Prism accepts", () => {
  it("binds a method for every operation of the spec", () => {
    for (const o of specOperations) expect(paths.has(o.operationId), o.operationId).toBe(true);
    expect(paths.size).toBe(specOperations.length);
  });

  it.each(specOperations.map((o) => [o.operationId, o] as const))("%s", async (opId, o) => {
    const g = client({ team: "team_9fKq2LmA7xRt" });
    const result = method(g, opId)(...argsFor(o));
    const value = await Promise.resolve(result).catch((e: unknown) => e);
    expect(log).toHaveLength(1);
    const [sent] = log as [Exchange];
    expect(sent.violations, sent.body).toBeNull();
    expect(sent.status, sent.body).toBeLessThan(300);
    expect(`${sent.method} ${sent.url.pathname}`).toMatch(new RegExp(`^${o.method} /`));
    expect(sent.url.searchParams.get("team")).toBe("team_9fKq2LmA7xRt");
    expect(sent.headers.get("authorization")).toBe("Bearer sk_test_contract");
    const served = JSON.parse(sent.body);
    if (served.success === false) {
      // A 200 that reports failure (importInvoiceXml's example) is an API error, not data.
      expect(value).toBeInstanceOf(GigstackApiError);
      expect((value as GigstackApiError).status).toBe(sent.status);
      return;
    }
    expect(value).not.toBeInstanceOf(Error);
    if (result instanceof PagePromise) expect(value).toHaveProperty("hasMore");
    const op = operations[opId as keyof typeof operations];
    if (op.list) expect((value as { data: unknown[] }).data).toEqual(served.data.filter((x: unknown) => x !== null));
    else if (op.envelope !== "raw") expect(value).toEqual(served.data);
    else expect(value).toEqual(served);
  });
});

describe("HTTP errors become typed errors", () => {
  const cases = [
    [400, BadRequestError, "createClient"],
    [401, AuthenticationError, "getClient"],
    [403, PermissionDeniedError, "getClient"],
    [404, NotFoundError, "getClient"],
    [409, ConflictError, "createClient"],
    [422, UnprocessableEntityError, "createIncomeInvoice"],
    [429, RateLimitError, "getClient"],
    [500, InternalServerError, "getClient"],
  ] as const;

  it.each(cases)("%s → %s", async (status, ErrorClass, opId) => {
    const o = specOperations.find((s) => s.operationId === opId) as SpecOperation;
    const args = argsFor(o);
    args[args.length - 1] = { headers: { prefer: `code=${status}` }, maxRetries: 0 };
    const error = await (method(client(), opId)(...args) as Promise<unknown>).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(GigstackApiError);
    const e = error as GigstackApiError;
    expect(e.status).toBe(status);
    expect(e.code).toBe(JSON.parse(log[0]?.body ?? "{}").error);
    expect(isGigstackError(e, e.code as never)).toBe(true);
    expect(e.path).toBe(log[0]?.url.pathname);
    expect(e.method).toBe(o.method);
    expect(e.headers.get("content-type")).toContain("application/json");
    if (status === 429) expect((e as RateLimitError).retryAfterMs).toBe(1000);
  });

  it("gives the 401 without any request when no key is configured", () => {
    expect(() => new Gigstack({ apiKey: "", baseUrl })).toThrow(/No API key/);
  });
});

describe("Connect team scoping against the mock", () => {
  it("sends the per-call team over the scoped one, and the scoped one over none", async () => {
    const g = client();
    await g.clients.get("client_8Zr2XwQk1pLm");
    await g.withTeam("team_a").clients.get("client_8Zr2XwQk1pLm");
    await g.withTeam("team_a").clients.get("client_8Zr2XwQk1pLm", { team: "team_b" });
    expect(log.map((x) => x.url.searchParams.get("team"))).toEqual([null, "team_a", "team_b"]);
    expect(log.every((x) => x.violations === null)).toBe(true);
  });

  it("raw is openapi-fetch with the key and the team applied", async () => {
    const g = client({ team: "team_raw" });
    const { data, response } = await g.raw.GET("/clients/{id}", { params: { path: { id: "client_8Zr2XwQk1pLm" } } });
    expect(response.status).toBe(200);
    expect(data?.data.id).toBeTypeOf("string");
    expect(log[0]?.url.searchParams.getAll("team")).toEqual(["team_raw"]);
    expect(log[0]?.headers.get("authorization")).toBe("Bearer sk_test_contract");
    // A team the call names wins over the client's; it is not sent twice.
    await g.raw.GET("/clients/{id}", {
      params: { path: { id: "client_8Zr2XwQk1pLm" }, query: { team: "team_other" } },
    });
    expect(log[1]?.url.searchParams.getAll("team")).toEqual(["team_other"]);
    expect(log.every((x) => x.violations === null)).toBe(true);
  });
});
