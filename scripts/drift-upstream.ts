/**
 * A stand-in for the gigstack API that has drifted from the spec, for `npm run drift` without a
 * key and for test/drift.test.ts. It answers every GET of the spec with the spec's own example
 * (valid by construction), except for the few operations in {@link PLANTED}, whose answers are
 * altered the way a real API drifts: a type changes, a field disappears or turns null, an enum
 * gains a value, an undocumented status appears. The drift check must report exactly those.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parse } from "yaml";
import { operations } from "../generated/operations.js";
import type { OperationId } from "../src/types.js";
import { SPEC_PATH } from "./prism.mjs";

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document and the examples in it are untyped.
type Json = any;

/** A drift the stand-in serves, and the finding the check must produce for it. */
export interface PlantedDrift {
  operation: OperationId;
  /** The finding's field: a path into the response body, or `(status)`. */
  field: string;
  /** The finding's `expected`, as the check words it. */
  expected: string;
  /** What real-world change it imitates. */
  story: string;
  /** Alters the spec's example answer (a deep copy) in place, or returns a whole new answer. */
  alter: (body: Json) => { status: number; body: Json } | undefined;
}

export const PLANTED: readonly PlantedDrift[] = [
  {
    operation: "listClients",
    field: "data.0.created_at",
    expected: "integer",
    story: "timestamps start coming back as ISO strings instead of unix seconds",
    alter: (body) => {
      body.data[0].created_at = "2025-11-24T16:00:00.000Z";
      return undefined;
    },
  },
  {
    operation: "getReceipt",
    field: "data.total",
    expected: "number",
    story: "money serialised as a decimal string",
    alter: (body) => {
      body.data.total = "580.00";
      return undefined;
    },
  },
  {
    operation: "listTeams",
    field: "data.0.id",
    expected: "present (required)",
    story: "the list drops the team id (it moved to `team_id`)",
    alter: (body) => {
      body.data[0].team_id = body.data[0].id;
      delete body.data[0].id;
      return undefined;
    },
  },
  {
    operation: "getInvoiceFiles",
    field: "data.pdf",
    expected: "string",
    story: "the PDF is not rendered yet and the URL is null",
    alter: (body) => {
      body.data.pdf = null;
      return undefined;
    },
  },
  {
    operation: "listCfdiErrors",
    field: "data.0.type",
    expected: "one of invoice, receiver, sender, unknown",
    story: "a new error category appears",
    alter: (body) => {
      body.data[0].type = "pac";
      return undefined;
    },
  },
  {
    operation: "getSatDownloadActivationStatus",
    field: "(status)",
    expected: "one of 200, 401, 403, 429, 500",
    story: "an undocumented 402 when the plan lacks the feature",
    alter: () => ({
      status: 402,
      body: { message: "Your plan does not include this feature", error: "payment_required" },
    }),
  },
];

const spec: Json = parse(readFileSync(SPEC_PATH, "utf8"));

function resolve(node: Json): Json {
  if (!node?.$ref) return node;
  const target = (node.$ref as string)
    .slice(2)
    .split("/")
    .reduce((o: Json, k: string) => o?.[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  return resolve(target);
}

/** The example of an operation's success answer, as the spec gives it. */
function successExample(path: string): { status: number; body: Json } | undefined {
  const responses = spec.paths[path]?.get?.responses ?? {};
  const code = Object.keys(responses).find((c) => c.startsWith("2"));
  if (!code) return undefined;
  const media = resolve(responses[code])?.content?.["application/json"];
  const example = media?.example ?? resolve(Object.values(media?.examples ?? {})[0])?.value;
  return example === undefined ? undefined : { status: Number(code), body: example };
}

interface Route {
  operation: OperationId;
  path: string;
  pattern: RegExp;
  params: number;
}

/** GET routes, literal segments first: `/clients/search` must win over `/clients/{id}`. */
const routes: Route[] = (Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][])
  .filter(([, op]) => op.method === "GET")
  .map(([operation, op]) => ({
    operation,
    path: op.path,
    pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    params: op.pathParams.length,
  }))
  .sort((a, b) => a.params - b.params);

export interface DriftedUpstream {
  /** Base URL, with the `/v2` prefix of the real API. */
  url: string;
  stop: () => Promise<void>;
}

const send = (res: import("node:http").ServerResponse, status: number, body: Json) =>
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));

/** Starts the stand-in on a free port of 127.0.0.1. */
export async function startDriftedUpstream(): Promise<DriftedUpstream> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://upstream");
    if (!url.pathname.startsWith("/v2/")) return send(res, 404, { message: "Not found", error: "resource_not_found" });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
      return send(res, 401, { message: "Authentication required", error: "unauthorized" });
    }
    const path = url.pathname.slice(3);
    const route = req.method === "GET" ? routes.find((r) => r.pattern.test(path)) : undefined;
    const example = route && successExample(route.path);
    if (!route || !example) return send(res, 404, { message: "Resource not found", error: "resource_not_found" });
    const body = structuredClone(example.body);
    const planted = PLANTED.find((p) => p.operation === route.operation);
    const altered = planted?.alter(body);
    send(res, altered?.status ?? example.status, altered?.body ?? body);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/v2`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
