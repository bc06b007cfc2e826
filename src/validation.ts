/**
 * Local checks before a request leaves: the spec's schemas (compiled into generated/request-rules.ts,
 * checked by rules.ts), multipart parts, and the SAT rules of fiscal.ts. And, when asked,
 * responses against the spec (zod, loaded on first use).
 *
 * Three layers, each with its own way around it: the types (compile time; a cast gets past
 * them), the schema checks (`validateRequests: "strict" | "warn" | "off"`, per client or per
 * call), and the fiscal checks (`skipFiscalChecks`, per client or per call). The spec is written
 * without access to the live API, which changes faster than this package is released, so every
 * local refusal must be one a caller can turn off without waiting for a release.
 */
import type { operations } from "../generated/operations.js";
import { nodes, requestRules } from "../generated/request-rules.js";
import type { ResolvedConfig, ValidateMode } from "./config.js";
import { GigstackValidationError, issueLine, type ValidationIssue } from "./errors.js";
import { checkCancellation, checkClientFiscal, checkInvoiceFiscal } from "./fiscal.js";
import { type RuleIssue, ruleIssues } from "./rules.js";
import type { OperationId } from "./types.js";

type Operation = (typeof operations)[OperationId];

/** What a check needs to know of the call: its operation and the SDK method it was called as. */
export interface CheckedCall {
  id: OperationId;
  op: Operation;
  /** The SDK method path, e.g. `invoices.income.create` (undefined if the tree has none). */
  method: string | undefined;
}

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

/** The ways the request breaks the spec's schemas (body, multipart parts, query). */
function schemaIssues(
  id: OperationId,
  op: Operation,
  input: { body: unknown; query: Record<string, unknown> | undefined },
): RuleIssue[] {
  const rules = requestRules[id];
  const issues: RuleIssue[] = [];
  if (op.bodyRequired && (input.body === undefined || input.body === null)) {
    issues.push({ path: ["body"], message: "a request body is required" });
  } else if (input.body !== undefined) {
    if (op.body === "multipart") issues.push(...multipartIssues(op, input.body));
    else if (rules?.body !== undefined) issues.push(...ruleIssues(nodes, rules.body, input.body));
  }
  if (rules?.query !== undefined) issues.push(...ruleIssues(nodes, rules.query, input.query ?? {}, ["query"]));
  return issues;
}

/** `invoices.income.create (createIncomeInvoice)`: how a message names the call. */
export const callName = (call: { id: string; method: string | undefined }): string =>
  call.method ? `${call.method} (${call.id})` : call.id;

/**
 * The message and issues of a schema mismatch, worded by explain.ts: loaded on the error path
 * only (it carries the SAT names and the wording), so that a call that passes never pays for it.
 */
const explained = (
  call: CheckedCall,
  issues: RuleIssue[],
  mode: "strict" | "warn",
): Promise<[message: string, issues: ValidationIssue[]]> =>
  import("./explain.js").then(
    (m) => m.requestMessage(nodes, call, issues, mode),
    // A bundle that lost the lazy chunk must not change the verdict (strict still refuses, warn
    // still sends): the plain wording then.
    () => [`${callName(call)}: the request does not match the spec: ${lines(issues).join("; ")}`, issues],
  );

const lines = (issues: ValidationIssue[]) => issues.map(issueLine);

/**
 * Checks a request before it is sent. Undefined when it may be sent at once (the hot path:
 * nothing to wait for); otherwise a promise that rejects with GigstackValidationError, naming
 * every failing field, or (`warn`) resolves once the mismatch is logged, and the request is sent.
 */
export function checkRequest(
  call: CheckedCall,
  input: { body: unknown; query: Record<string, unknown> | undefined },
  mode: ValidateMode,
  skipFiscalChecks: boolean,
  config: ResolvedConfig,
): Promise<void> | undefined {
  const issues = mode === "off" ? [] : schemaIssues(call.id, call.op, input);
  if (issues.length && mode === "strict") {
    return explained(call, issues, mode).then(([message, worded]) => {
      throw new GigstackValidationError(message, worded, call);
    });
  }
  // The fiscal checks are their own layer (skipFiscalChecks), whatever the schema mode; they
  // read only what they understand, so a body the schema was not asked to check is safe here.
  const fiscal = skipFiscalChecks ? undefined : FISCAL_CHECKS[call.id];
  const body = input.body;
  const fiscalIssues = fiscal && body && typeof body === "object" ? fiscal(body as never) : [];
  if (fiscalIssues.length) {
    return Promise.reject(
      new GigstackValidationError(
        `${callName(call)}: refused by the SAT fiscal checks, nothing was sent (skipFiscalChecks turns them off)`,
        fiscalIssues,
        call,
      ),
    );
  }
  if (!issues.length) return undefined;
  const key = `request:${call.id}`;
  if (config.warned.has(key)) return undefined;
  config.warned.add(key);
  return explained(call, issues, "warn").then(([message]) => config.logger.warn(message));
}

let responseValidation: Promise<typeof import("./response-validation.js")> | undefined;

/**
 * Checks a response against the spec. zod and the response schemas are loaded on first use, so
 * that clients that never validate responses do not carry (or bundle) them.
 */
export async function validateResponse(
  call: { id: OperationId; method: string | undefined },
  body: unknown,
  config: ResolvedConfig,
  where: { method: string; path: string },
): Promise<void> {
  responseValidation ??= import("./response-validation.js");
  const issues = (await responseValidation).responseIssues(call.id, body);
  if (!issues.length) return;
  const message = `${callName(call)}: the response of ${where.method} ${where.path} does not match the spec`;
  if (config.validateResponses === "strict") throw new GigstackValidationError(message, issues, call);
  const key = `response:${call.id}`;
  if (!config.warned.has(key)) {
    config.warned.add(key);
    config.logger.warn(`${message}: ${lines(issues).join("; ")}`);
  }
}
