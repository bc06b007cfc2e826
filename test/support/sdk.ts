// Shared by the fault tests: the client's methods by operationId, valid bodies from the spec's
// examples, a fast backoff, and ways to look at what a call ended with.
import { inspect } from "node:util";
import { operations as operationTable } from "../../generated/operations.js";
import type { Gigstack } from "../../src/index.js";
import { resources } from "../../src/resources.js";
import { INITIAL_DELAY_MS, MAX_DELAY_MS, retryTiming } from "../../src/retry.js";
import { bodyExample, exampleOf, multipartParts, type SpecOperation, specOperations } from "./spec.js";

export type OpId = keyof typeof operationTable;

/** Where each operationId lives in the client, e.g. createClient → ["clients", "create"]. */
function methodPaths(tree: object, prefix: string[] = []): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, node] of Object.entries(tree)) {
    if (typeof node === "string") out.set(node, [...prefix, name]);
    else for (const [id, path] of methodPaths(node, [...prefix, name])) out.set(id, path);
  }
  return out;
}
export const methodPathOf = methodPaths(resources);
methodPathOf.set("uploadClientCsf", ["clients", "uploadCsf"]);
methodPathOf.set("uploadTeamCsdCertificates", ["teams", "uploadCsd"]);

export type AnyMethod = (...args: unknown[]) => unknown;
export function method(g: Gigstack, opId: string): AnyMethod {
  const path = methodPathOf.get(opId);
  if (!path) throw new Error(`no method for ${opId}`);
  // biome-ignore lint/suspicious/noExplicitAny: walking the client by a runtime path.
  return path.reduce((o: any, k) => o[k], g) as AnyMethod;
}

/**
 * A method's positional arguments from the spec's examples: path ids, then the body (the
 * example, or `body` when given), then the required query parameters, then options carrying the
 * required headers (plus `options`).
 */
export function argsFor(
  o: SpecOperation,
  { body, options }: { body?: unknown; options?: Record<string, unknown> } = {},
): unknown[] {
  const op = operationTable[o.operationId as OpId];
  const args: unknown[] = op.pathParams.map((name) =>
    exampleOf(o.parameters.find((p) => p.in === "path" && p.name === name)),
  );
  const headers = Object.fromEntries(
    o.parameters.filter((p) => p.in === "header" && p.required).map((p) => [p.name, exampleOf(p)]),
  );
  if (o.operationId === "uploadClientCsf") return [multipartParts(o)?.file, {}, { headers, ...options }];
  if (o.operationId === "uploadTeamCsdCertificates") {
    const parts = multipartParts(o) ?? {};
    return [...args, { cer: parts.cert, key: parts.key, password: parts.keyPass }, { headers, ...options }];
  }
  if (op.body !== "none")
    args.push(body !== undefined ? body : op.body === "json" ? bodyExample(o) : multipartParts(o));
  if (op.query.some((q) => q !== "team")) {
    const required = o.parameters.filter((p) => p.in === "query" && p.required);
    args.push(Object.fromEntries(required.map((p) => [p.name, exampleOf(p)])));
  }
  args.push({ headers, ...options });
  return args;
}

export function specOp(opId: string): SpecOperation {
  const o = specOperations.find((s) => s.operationId === opId);
  if (!o) throw new Error(`no operation ${opId} in the spec`);
  return o;
}

/** The spec's example body for an operation, as a fresh copy; `omit` drops top-level fields. */
export function exampleBody(opId: string, omit: string[] = []): Record<string, unknown> {
  const body = structuredClone(bodyExample(specOp(opId))) as Record<string, unknown>;
  for (const k of omit) delete body[k];
  return body;
}

/** Backoff in milliseconds instead of seconds (the internal hook of src/retry.ts). */
export function fastBackoff(initialDelayMs = 4, maxDelayMs = 32): () => void {
  retryTiming.initialDelayMs = initialDelayMs;
  retryTiming.maxDelayMs = maxDelayMs;
  return () => {
    retryTiming.initialDelayMs = INITIAL_DELAY_MS;
    retryTiming.maxDelayMs = MAX_DELAY_MS;
  };
}

/** What a promise rejected with; fails the test if it resolved. */
export async function rejection(p: unknown): Promise<unknown> {
  try {
    const value = await p;
    throw new UnexpectedResolution(value);
  } catch (err) {
    if (err instanceof UnexpectedResolution) throw new Error(`expected a rejection, got ${inspect(err.value)}`);
    return err;
  }
}
class UnexpectedResolution {
  constructor(readonly value: unknown) {}
}

/** Every way an error can be shown: message, stack, JSON, inspect (with hidden fields), and its causes'. */
export function renderings(err: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  for (let e = err; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    if (e instanceof Error) out.push(e.message, String(e.stack));
    out.push(String(e));
    try {
      out.push(JSON.stringify(e));
    } catch {
      // circular: inspect below still shows it
    }
  }
  out.push(inspect(err, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }));
  return out;
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
