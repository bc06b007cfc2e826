/**
 * Choosing the mock's answer for one call, with Prism's `Prefer` header: a status code the spec
 * declares (`code=404`), a named example (`example=…`), or a response generated from the schema
 * (`dynamic=true`, with `seed` to make it reproducible).
 */
import type { operations } from "../../generated/types.js";
import type { RequestOptions } from "../config.js";
import type { OperationId } from "../types.js";

/**
 * A status code the spec declares a response for: of any operation, or of operation `K`
 * (`MockStatus<"getClient">`). Prism answers an undeclared code with its own 404 problem, so
 * such a code does not compile.
 */
export type MockStatus<K extends OperationId = OperationId> = {
  [P in K]: keyof operations[P]["responses"];
}[K] &
  number;

/**
 * The names of the spec's named response examples (`examples:` maps), which `example=` selects.
 * The spec gives every response one unnamed `example:` (served by default), so there is no name
 * to choose yet and `example` does not compile; test/testing.test.ts fails when the spec gains
 * named examples until they are listed here.
 */
export const MOCK_EXAMPLE_NAMES = [] as const;
/** A named response example of the spec (none yet: see {@link MOCK_EXAMPLE_NAMES}). */
export type MockExampleName = (typeof MOCK_EXAMPLE_NAMES)[number];

/** Which answer to ask the mock for; see {@link prefer}. */
export interface MockPreference<K extends OperationId = OperationId> {
  /** Answer with the response the spec declares for this status, e.g. 404, 422, 429. */
  code?: MockStatus<K> | undefined;
  /** Answer with this named example. */
  example?: MockExampleName | undefined;
  /**
   * Generate the body from the response schema instead of serving the example: other values on
   * every call (ids, amounts), so a test can check it does not depend on the example's.
   */
  dynamic?: boolean | undefined;
  /** With `dynamic`, the same generated body every time for the same seed. */
  seed?: string | number | undefined;
}

/** The `Prefer` header value Prism reads, e.g. `code=404, dynamic=true`. */
export function preferHeader(preference: MockPreference): string {
  const parts: string[] = [];
  if (preference.code !== undefined) {
    if (!Number.isInteger(preference.code))
      throw new TypeError(`prefer: code must be an HTTP status, got ${preference.code}`);
    parts.push(`code=${preference.code}`);
  }
  if (preference.example !== undefined) parts.push(`example=${JSON.stringify(String(preference.example))}`);
  if (preference.dynamic !== undefined) parts.push(`dynamic=${preference.dynamic ? "true" : "false"}`);
  if (preference.seed !== undefined) parts.push(`seed=${JSON.stringify(String(preference.seed))}`);
  return parts.join(", ");
}

/**
 * Per-call options that ask the mock for a given answer; pass them as a method's last argument:
 *
 * ```ts
 * await expect(gigstack.clients.get("client_x", prefer({ code: 404 }))).rejects.toBeInstanceOf(NotFoundError);
 * ```
 *
 * `options` are merged in (its headers too). The SDK still retries what it retries (429, 5xx,
 * timeouts) and every retry gets the same answer: add `{ maxRetries: 0 }` to see the error at once.
 */
export function prefer<K extends OperationId = OperationId>(
  preference: MockPreference<K>,
  options: RequestOptions = {},
): RequestOptions {
  return { ...options, headers: { ...options.headers, Prefer: preferHeader(preference as MockPreference) } };
}
