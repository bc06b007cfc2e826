/**
 * Local checks before a request leaves: the spec's schemas (compiled into generated/request-rules.ts,
 * checked by rules.ts), multipart parts, and the SAT rules of fiscal.ts. And, when asked,
 * responses against the spec (zod, loaded on first use).
 */
import type { operations } from "../generated/operations.js";
import { nodes, requestRules } from "../generated/request-rules.js";
import type { RequestOptions, ResolvedConfig } from "./config.js";
import { GigstackValidationError, type ValidationIssue } from "./errors.js";
import { checkCancellation, checkClientFiscal, checkInvoiceFiscal } from "./fiscal.js";
import { ruleIssues } from "./rules.js";
import type { OperationId } from "./types.js";

type Operation = (typeof operations)[OperationId];

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
  const rules = requestRules[id];
  const issues: ValidationIssue[] = [];
  if (op.bodyRequired && (input.body === undefined || input.body === null)) {
    issues.push({ path: ["body"], message: "a request body is required" });
  } else if (input.body !== undefined) {
    if (op.body === "multipart") issues.push(...multipartIssues(op, input.body));
    else if (rules?.body !== undefined) issues.push(...ruleIssues(nodes, rules.body, input.body));
  }
  if (rules?.query !== undefined) issues.push(...ruleIssues(nodes, rules.query, input.query ?? {}, ["query"]));
  if (issues.length === 0 && !options.skipFiscalChecks) {
    const fiscal = FISCAL_CHECKS[id];
    if (fiscal && input.body && typeof input.body === "object") issues.push(...fiscal(input.body as never));
  }
  if (issues.length) throw new GigstackValidationError(`${id}: invalid request, nothing was sent`, issues);
}

let responseValidation: Promise<typeof import("./response-validation.js")> | undefined;
const warned = new Set<string>();

/**
 * Checks a response against the spec. zod and the response schemas are loaded on first use, so
 * that clients that never validate responses do not carry (or bundle) them.
 */
export async function validateResponse(
  id: OperationId,
  body: unknown,
  config: ResolvedConfig,
  where: { method: string; path: string },
): Promise<void> {
  responseValidation ??= import("./response-validation.js");
  const issues = (await responseValidation).responseIssues(id, body);
  if (!issues.length) return;
  const message = `${id}: the response of ${where.method} ${where.path} does not match the spec`;
  if (config.validate === "strict") throw new GigstackValidationError(message, issues);
  if (!warned.has(id)) {
    warned.add(id);
    config.logger.warn(`${message}: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
}
