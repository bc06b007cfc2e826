/**
 * Local checks before a request leaves: the spec's schemas (generated zod/mini), multipart parts,
 * and the SAT rules of fiscal.ts. And, when asked, responses against the spec.
 */
import * as z from "zod/mini";
import type { operations } from "../generated/operations.js";
import { requestSchemas } from "../generated/request-schemas.js";
import type { RequestOptions, ResolvedConfig } from "./config.js";
import { GigstackValidationError, type ValidationIssue } from "./errors.js";
import { checkCancellation, checkClientFiscal, checkInvoiceFiscal } from "./fiscal.js";
import type { OperationId } from "./types.js";

type Operation = (typeof operations)[OperationId];
type Schema = z.core.$ZodType;

/** SAT rules by operation: the mistakes the PAC would reject after the fact. */
const FISCAL_CHECKS: Partial<Record<OperationId, (body: never) => ValidationIssue[]>> = {
  createClient: checkClientFiscal,
  updateClient: checkClientFiscal,
  createIncomeInvoice: checkInvoiceFiscal,
  createEgressInvoice: checkInvoiceFiscal,
  createDraftInvoice: checkInvoiceFiscal,
  updateDraftInvoice: checkInvoiceFiscal,
  cancelInvoice: checkCancellation,
};

type RawIssue = z.core.$ZodRawIssue & {
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: unknown[];
};

/**
 * Readable messages. zod/mini ships no locale (its messages are all "Invalid input"), and the
 * English one would add kilobytes to every bundle; these few lines cover what the spec uses.
 */
function message(issue: RawIssue): string {
  const size = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `required (${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case "too_small":
      return `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}${size}`;
    case "too_big":
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}${size}`;
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return issue.format === "regex" ? `must match ${issue.pattern}` : `must be a valid ${issue.format}`;
    case "invalid_union":
      return "does not match any of the accepted shapes";
    default:
      return "invalid value";
  }
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function issuesOf(schema: Schema, value: unknown, prefix: (string | number)[]): ValidationIssue[] {
  const result = z.safeParse(schema, value, { error: message });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
  }));
}

function multipartIssues(op: Operation, body: unknown): ValidationIssue[] {
  if (!("parts" in op) || !body || typeof body !== "object") return [];
  const parts = body as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const name of op.requiredParts) {
    if (parts[name] === undefined || parts[name] === null) issues.push({ path: [name], message: "required" });
  }
  for (const [name, kind] of Object.entries(op.parts)) {
    const value = parts[name];
    if (value === undefined || value === null) continue;
    if (kind === "file" && !(value instanceof Blob || value instanceof Uint8Array)) {
      issues.push({ path: [name], message: "must be a Blob, File or Uint8Array" });
    } else if (kind === "text" && typeof value !== "string" && typeof value !== "number") {
      issues.push({ path: [name], message: "must be a string" });
    }
  }
  return issues;
}

/** Throws GigstackValidationError, naming every failing field, if the request breaks the spec. */
export function validateRequest(
  id: OperationId,
  op: Operation,
  input: { path: unknown[]; body: unknown; query: Record<string, unknown> | undefined },
  options: RequestOptions,
): void {
  const schemas = requestSchemas[id] as { body?: Schema; path?: Schema; query?: Schema };
  const issues: ValidationIssue[] = [];
  if (op.bodyRequired && (input.body === undefined || input.body === null)) {
    issues.push({ path: ["body"], message: "a request body is required" });
  } else if (input.body !== undefined) {
    if (op.body === "multipart") issues.push(...multipartIssues(op, input.body));
    else if (schemas.body) issues.push(...issuesOf(schemas.body, input.body, []));
  }
  if (schemas.query) issues.push(...issuesOf(schemas.query, input.query ?? {}, ["query"]));
  if (issues.length === 0 && !options.skipFiscalChecks) {
    const fiscal = FISCAL_CHECKS[id];
    if (fiscal && input.body && typeof input.body === "object") issues.push(...fiscal(input.body as never));
  }
  if (issues.length) throw new GigstackValidationError(`${id}: invalid request, nothing was sent`, issues);
}

let responseSchemas: Promise<Record<string, { response?: Schema }>> | undefined;
const warned = new Set<string>();

/**
 * Checks a response against the spec. Loaded on first use, so that clients that never validate
 * responses do not carry (or bundle) the response schemas.
 */
export async function validateResponse(
  id: OperationId,
  body: unknown,
  config: ResolvedConfig,
  where: { method: string; path: string },
): Promise<void> {
  responseSchemas ??= import("../generated/response-schemas.js").then((m) => m.responseSchemas);
  const schema = (await responseSchemas)[id]?.response;
  if (!schema) return;
  const issues = issuesOf(schema, body, []);
  if (!issues.length) return;
  const message = `${id}: the response of ${where.method} ${where.path} does not match the spec`;
  if (config.validate === "strict") throw new GigstackValidationError(message, issues);
  if (!warned.has(id)) {
    warned.add(id);
    config.logger.warn(`${message}: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
}
