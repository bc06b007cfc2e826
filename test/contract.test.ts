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
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { argsFor, method, methodPathOf } from "./support/sdk.js";
import { type SpecOperation, specOperations } from "./support/spec.js";

const baseUrl = inject("prismUrl");
let log: Exchange[] = [];
beforeEach(() => {
  log = [];
});
const client = (extra: Record<string, unknown> = {}) =>
  new Gigstack({ apiKey: "sk_test_contract", baseUrl, fetch: recordingFetch(log), ...extra });

describe("every method sends a request Prism accepts", () => {
  it("binds a method for every operation of the spec", () => {
    for (const o of specOperations) expect(methodPathOf.has(o.operationId), o.operationId).toBe(true);
    expect(methodPathOf.size).toBe(specOperations.length);
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
    const args = argsFor(o, { options: { headers: { prefer: `code=${status}` }, maxRetries: 0 } });
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

  it("raw loads openapi-fetch on first use; middleware registered before then applies, and ejects", async () => {
    const g = client();
    expect(g.raw).toBe(g.raw);
    const seen: string[] = [];
    const trace = {
      onRequest({ request }: { request: Request }) {
        seen.push(new URL(request.url).pathname);
        request.headers.set("x-trace", "trace_1");
        return request;
      },
    };
    g.raw.use(trace);
    const first = await g.raw.GET("/clients/{id}", { params: { path: { id: "client_8Zr2XwQk1pLm" } } });
    expect(first.response.status).toBe(200);
    expect(seen).toEqual(["/clients/client_8Zr2XwQk1pLm"]);
    expect(log[0]?.headers.get("x-trace")).toBe("trace_1");
    g.raw.eject(trace);
    await g.raw.GET("/clients/{id}", { params: { path: { id: "client_8Zr2XwQk1pLm" } } });
    expect(seen).toHaveLength(1);
    expect(log[1]?.headers.get("x-trace")).toBeNull();
  });
});
