/**
 * Response validation against the spec's zod schemas (`validateResponses: "warn" | "strict"`). A module of
 * its own, loaded with `import()` on first use: clients that never check responses neither load
 * nor bundle zod and the response schemas.
 */
import * as z from "zod/mini";
import { responseSchemas } from "../generated/response-schemas.js";
import type { ValidationIssue } from "./errors.js";

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
 * A value's kind for messages, as rules.ts's `describe`. Not imported from there: a lazy chunk
 * that imports from the core makes the bundler split the shared module into a chunk of its own,
 * which grows what loads first (see explain.ts).
 */
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * Readable messages, worded as the request checks of rules.ts word theirs. zod/mini ships no
 * locale (its messages are all "Invalid input"), and the English one would add kilobytes.
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

/** The ways `body` breaks the spec's response schema of `id` (none when it has no schema). */
export function responseIssues(id: string, body: unknown): ValidationIssue[] {
  const schema = (responseSchemas as Record<string, { response?: z.core.$ZodType }>)[id]?.response;
  if (!schema) return [];
  const result = z.safeParse(schema, body, { error: message });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}
