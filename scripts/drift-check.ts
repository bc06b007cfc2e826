/**
 * The spec drift check: every read-only operation, sent through the SDK to `prism proxy` (same
 * spec) in front of an upstream (the real API, or scripts/drift-upstream.ts). Prism forwards each
 * request and validates both directions; with `--errors`, a response that breaks the spec comes
 * back as a 500 problem+json listing the violations (also in the `sl-violations` header), a
 * request that breaks it as a 422 that never reaches the upstream, and an undocumented status as
 * a warning in `sl-violations` on the upstream's own answer.
 *
 * Prism reports what was expected, not what arrived, so for an operation with response
 * violations the same request is repeated directly against the upstream to show the received
 * values (and to learn ids for the operations that need one). Only GETs are sent, and not
 * `getTeamOnboardingUrl`, which renews the CSD portal password on every call.
 */
import { operations } from "../generated/operations.js";
import { Gigstack } from "../src/index.js";
import { resources } from "../src/resources.js";
import type { OperationId } from "../src/types.js";
import { startPrism } from "./prism.mjs";

/** One request or response violation. */
export interface DriftFinding {
  operation: OperationId;
  /** The request as sent, e.g. `GET /clients?limit=5`. */
  request: string;
  /** Which side broke the spec. */
  side: "request" | "response";
  severity: "error" | "warning";
  /** Path into the body (`data.0.created_at`), `query.<name>`, `header <name>`, `(status)` or `(content-type)`. */
  field: string;
  expected: string;
  /** What the upstream sent, read by repeating the request directly; `?` when unknown. */
  received: string;
  /** Prism's own words. */
  message: string;
}

/** What happened to one operation. */
export interface DriftOperation {
  operation: OperationId;
  request: string | undefined;
  /** HTTP status the client received through the proxy. */
  status: number | undefined;
  outcome: "ok" | "drift" | "skipped" | "failed";
  note?: string | undefined;
}

export interface DriftReport {
  upstream: string;
  findings: DriftFinding[];
  operations: DriftOperation[];
}

type IdKind =
  | "team"
  | "invitation"
  | "user"
  | "client"
  | "service"
  | "receipt"
  | "payment"
  | "income"
  | "egress"
  | "complement"
  | "transfer"
  | "draft"
  | "sat"
  | "webhook"
  | "batch";

interface Step {
  operation: OperationId;
  /** Ids for the path parameters, learnt from earlier list calls. */
  ids?: IdKind[];
  query?: Record<string, unknown>;
  /** Remember the first item's id (`uuid` for invoices) under this name. */
  learn?: IdKind;
}

const page = { limit: 5 };
/** Every GET but getTeamOnboardingUrl, in an order where each id is learnt before it is needed. */
export const PLAN: readonly Step[] = [
  { operation: "listTeams", query: page, learn: "team" },
  { operation: "getTeam", ids: ["team"] },
  { operation: "getTeamSettings", ids: ["team"] },
  { operation: "getTeamSeries", ids: ["team"] },
  { operation: "getTeamEmailTemplates", ids: ["team"] },
  { operation: "getTeamIntegrations" },
  { operation: "listTeamMembers", ids: ["team"] },
  { operation: "listTeamInvitations", ids: ["team"], learn: "invitation" },
  { operation: "getTeamInvitation", ids: ["team", "invitation"] },
  { operation: "listUsers", query: page, learn: "user" },
  { operation: "getUser", ids: ["user"] },
  { operation: "listClients", query: page, learn: "client" },
  { operation: "getClient", ids: ["client"] },
  { operation: "searchClients", query: { q: "a", limit: 5 } },
  { operation: "listClientSupportDocuments", ids: ["client"] },
  { operation: "listServices", query: page, learn: "service" },
  { operation: "getService", ids: ["service"] },
  { operation: "listReceipts", query: page, learn: "receipt" },
  { operation: "getReceipt", ids: ["receipt"] },
  { operation: "searchReceipts", query: { q: "a" } },
  { operation: "listPayments", query: page, learn: "payment" },
  { operation: "getPayment", ids: ["payment"] },
  { operation: "searchPayments", query: { q: "a", limit: 5 } },
  { operation: "listPaymentSupportDocuments", ids: ["payment"] },
  { operation: "listIncomeInvoices", query: page, learn: "income" },
  { operation: "getIncomeInvoice", ids: ["income"] },
  { operation: "getInvoiceFiles", ids: ["income"] },
  { operation: "listInvoiceSupportDocuments", ids: ["income"] },
  { operation: "listEgressInvoices", query: page, learn: "egress" },
  { operation: "getEgressInvoice", ids: ["egress"] },
  { operation: "listPaymentComplementInvoices", query: page, learn: "complement" },
  { operation: "getPaymentComplementInvoice", ids: ["complement"] },
  { operation: "listTransferInvoices", query: page, learn: "transfer" },
  { operation: "getTransferInvoice", ids: ["transfer"] },
  { operation: "listDraftInvoices", query: page, learn: "draft" },
  { operation: "getDraftInvoice", ids: ["draft"] },
  { operation: "searchInvoices", query: { q: "a", limit: 5 } },
  { operation: "listCfdiErrors", query: { limit: 5 } },
  // No list gives a batch id, so these two only run when GIGSTACK_DRIFT_BATCH_ID names one.
  { operation: "getIncomeInvoiceBatch", ids: ["batch"] },
  { operation: "listIncomeInvoiceBatchItems", ids: ["batch"], query: page },
  { operation: "listSatInvoices", query: page, learn: "sat" },
  { operation: "getSatInvoice", ids: ["sat"] },
  { operation: "getSatDownloadActivationStatus" },
  { operation: "getSatDownloadSchedule" },
  { operation: "getSatDownloadHistory" },
  { operation: "listWebhooks", query: page, learn: "webhook" },
  { operation: "getWebhook", ids: ["webhook"] },
];

/** GETs left out on purpose, with the reason. */
export const EXCLUDED: Partial<Record<OperationId, string>> = {
  getTeamOnboardingUrl: "each call renews the CSD portal password",
};

interface Violation {
  location: string[];
  severity: string;
  code?: string;
  message: string;
}

interface Seen {
  url: URL;
  status: number;
  contentType: string | null;
  text: string;
  violations: Violation[];
}

/** Where each operationId lives on the client, e.g. createClient → ["clients", "create"]. */
function methodPaths(tree: object, prefix: string[] = [], out = new Map<string, string[]>()) {
  for (const [name, node] of Object.entries(tree)) {
    if (typeof node === "string") out.set(node, [...prefix, name]);
    else methodPaths(node, [...prefix, name], out);
  }
  return out;
}
const METHOD_PATHS = methodPaths(resources);

function callOperation(gigstack: Gigstack, operation: OperationId, ids: string[], query: unknown): Promise<unknown> {
  const path = METHOD_PATHS.get(operation);
  if (!path) throw new Error(`no SDK method for ${operation}`);
  const method = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], gigstack) as (
    ...args: unknown[]
  ) => unknown;
  const op = operations[operation];
  const args: unknown[] = [...ids];
  if (op.query.some((q) => q !== "team")) args.push(query ?? {});
  args.push({ maxRetries: 0 }); // one request per operation: a retry would hide a 5xx
  return Promise.resolve(method(...args));
}

const isPrismProblem = (seen: Seen) =>
  seen.contentType?.includes("application/problem+json") === true &&
  /stoplight\.io\/prism\/errors#(VIOLATIONS|UNPROCESSABLE_ENTITY)/.test(seen.text);

function parseViolations(header: string | null, contentType: string | null, text: string): Violation[] {
  if (contentType?.includes("application/problem+json")) {
    try {
      const problem = JSON.parse(text) as { type?: string; validation?: Violation[] };
      if (/stoplight\.io\/prism\/errors#/.test(problem.type ?? "") && Array.isArray(problem.validation)) {
        return problem.validation;
      }
    } catch {
      // not Prism's: fall through to the header
    }
  }
  if (!header) return [];
  try {
    const list = JSON.parse(header) as unknown;
    return Array.isArray(list) ? (list as Violation[]) : [];
  } catch {
    return [{ location: ["response"], severity: "Warning", message: `unreadable sl-violations: ${header}` }];
  }
}

/**
 * Drops what only restates a more precise violation: for a `oneOf: [Thing, null]` item that
 * breaks Thing, Prism also says "must be null" and "must match exactly one schema in oneOf".
 */
function withoutEchoes(violations: Violation[]): Violation[] {
  const key = (v: Violation) => v.location.join("\u0000");
  const under = (v: Violation, w: Violation) => {
    const a = key(v);
    const b = key(w);
    return b === a || b.startsWith(`${a}\u0000`);
  };
  const isEcho = (v: Violation) =>
    v.code === "oneOf" || v.code === "anyOf" || (v.code === "type" && /must be null$/.test(v.message));
  return violations.filter((v) => !isEcho(v) || !violations.some((w) => w !== v && !isEcho(w) && under(v, w)));
}

function valueAt(body: unknown, path: string[]): { found: boolean; value: unknown } {
  let node = body;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(key in node)) return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[key];
  }
  return { found: true, value: node };
}

const show = (value: unknown) => {
  const text = value === undefined ? "(missing)" : JSON.stringify(value);
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
};

function toFinding(
  operation: OperationId,
  request: string,
  v: Violation,
  proxied: Seen,
  direct: Seen | undefined,
): DriftFinding {
  const [side, where, ...rest] = v.location;
  const severity = v.severity === "Error" ? "error" : "warning";
  const base = { operation, request, severity, message: v.message } as const;
  if (side !== "response") {
    return {
      ...base,
      side: "request",
      field: v.location.join("."),
      expected: v.message.replace(/^Request (query parameter|body|header|path parameter)\s*\S*\s*/, ""),
      received: "(as sent)",
    };
  }
  if (where === undefined) {
    const status = /Unable to match the returned status code with those defined in the document: (.*)$/.exec(v.message);
    if (status) {
      return {
        ...base,
        side: "response",
        field: "(status)",
        expected: `one of ${status[1]?.split(",").join(", ")}`,
        received: String(proxied.status),
      };
    }
    const media = /The received media type "(.*)" does not match the one specified in the current response: (.*)$/.exec(
      v.message,
    );
    if (media)
      return { ...base, side: "response", field: "(content-type)", expected: `${media[2]}`, received: `${media[1]}` };
    return { ...base, side: "response", field: "(response)", expected: v.message, received: "?" };
  }
  if (where === "headers") {
    return { ...base, side: "response", field: `header ${rest.join(".")}`, expected: v.message, received: "?" };
  }
  const path = [...rest];
  let expected = v.message.replace(/^Response body (property \S+ )?/, "");
  const required = /must have required property '(.+)'$/.exec(v.message);
  if (required?.[1]) {
    path.push(required[1]);
    expected = "present (required)";
  } else if (v.code === "type") expected = expected.replace(/^must be /, "");
  else if (v.code === "enum") expected = expected.replace(/^must be equal to one of the allowed values: /, "one of ");
  let received = "?";
  if (direct) {
    try {
      const at = valueAt(JSON.parse(direct.text), path);
      received = at.found ? show(at.value) : "(missing)";
    } catch {
      received = `(not JSON: ${direct.contentType ?? "no content-type"})`;
    }
  }
  return { ...base, side: "response", field: path.join(".") || "(body)", expected, received };
}

function learnId(text: string, kind: IdKind): string | undefined {
  try {
    const data = (JSON.parse(text) as { data?: unknown }).data;
    const items = Array.isArray(data) ? data : [];
    const prefersUuid = ["income", "egress", "complement", "transfer", "sat"].includes(kind);
    for (const item of items) {
      const { id, uuid } = (item ?? {}) as { id?: unknown; uuid?: unknown };
      const value = prefersUuid ? (uuid ?? id) : (id ?? uuid);
      if (typeof value === "string" && value !== "") return value;
    }
  } catch {
    // nothing to learn from a body that is not JSON
  }
  return undefined;
}

export interface DriftOptions {
  /** The API to check, e.g. https://api.gigstack.io/v2. */
  upstream: string;
  apiKey: string;
  /** Called after each operation, for progress output. */
  onOperation?: (result: DriftOperation) => void;
  /** Ids no list call provides (e.g. `batch`). */
  ids?: Partial<Record<IdKind, string>>;
}

/** Runs every read-only operation through `prism proxy` in front of `upstream`. */
export async function checkDrift(options: DriftOptions): Promise<DriftReport> {
  const prism = await startPrism({ mode: "proxy", upstream: options.upstream });
  try {
    let last: Seen | undefined;
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const text = await response.clone().text();
      const contentType = response.headers.get("content-type");
      last = {
        url: new URL(input instanceof Request ? input.url : String(input)),
        status: response.status,
        contentType,
        text,
        violations: withoutEchoes(parseViolations(response.headers.get("sl-violations"), contentType, text)),
      };
      return response;
    };
    const settings = { apiKey: options.apiKey, fetch: recording, maxRetries: 0, timeoutMs: 60_000 };
    const viaProxy = new Gigstack({ ...settings, baseUrl: prism.url });
    const direct = new Gigstack({ ...settings, baseUrl: options.upstream });
    const ids: Partial<Record<IdKind, string>> = { ...options.ids };
    const findings: DriftFinding[] = [];
    const results: DriftOperation[] = [];
    const done = (result: DriftOperation) => {
      results.push(result);
      options.onOperation?.(result);
    };

    for (const step of PLAN) {
      const { operation } = step;
      const pathIds = (step.ids ?? []).map((kind) => ids[kind]);
      const missing = (step.ids ?? []).filter((_, i) => pathIds[i] === undefined);
      if (missing.length) {
        done({
          operation,
          request: undefined,
          status: undefined,
          outcome: "skipped",
          note: `no ${missing.join(", ")} id`,
        });
        continue;
      }
      last = undefined;
      const error = await callOperation(viaProxy, operation, pathIds as string[], step.query).then(
        () => undefined,
        (err: unknown) => err,
      );
      const proxied = last as Seen | undefined;
      if (!proxied) {
        done({ operation, request: undefined, status: undefined, outcome: "failed", note: describe(error) });
        continue;
      }
      const request = `GET ${decodeURIComponent(`${proxied.url.pathname}${proxied.url.search}`)}`;
      if (proxied.status === 401 && !isPrismProblem(proxied)) {
        // Every answer would be a 401 that fits the spec: a clean report that checked nothing.
        throw new Error(`the API answered 401 to ${request}: the key was refused (check GIGSTACK_API_KEY)`);
      }

      const needsDirect =
        proxied.violations.some((v) => v.location[0] === "response" && v.location[1] === "body") ||
        (step.learn !== undefined && (proxied.status >= 300 || isPrismProblem(proxied)));
      let directly: Seen | undefined;
      if (needsDirect) {
        last = undefined;
        await callOperation(direct, operation, pathIds as string[], step.query).catch(() => undefined);
        directly = last;
      }
      if (step.learn) {
        const from = proxied.status < 300 && !isPrismProblem(proxied) ? proxied : directly;
        const id = from && from.status < 300 ? learnId(from.text, step.learn) : undefined;
        if (id) ids[step.learn] = id;
      }

      const found = proxied.violations.map((v) => toFinding(operation, request, v, proxied, directly));
      findings.push(...found);
      const status = isPrismProblem(proxied) ? directly?.status : proxied.status;
      done({
        operation,
        request,
        status: status ?? proxied.status,
        outcome: found.length ? "drift" : "ok",
        note: found.length
          ? `${found.length} violation(s)`
          : error && proxied.status >= 300
            ? `answered ${proxied.status}: only the error body could be checked`
            : undefined,
      });
    }
    return { upstream: options.upstream, findings, operations: results };
  } finally {
    await prism.stop();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.message.split("\n")[0] ?? err.name) : String(err);
}
