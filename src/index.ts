/**
 * gigstack-ts: the TypeScript SDK for the gigstack API v2 (Mexican CFDI 4.0 e-invoicing,
 * payments, sale receipts with self-invoicing, gigstack Connect).
 *
 * ```ts
 * import { Gigstack } from "gigstack-ts";
 * const gigstack = new Gigstack(); // GIGSTACK_API_KEY
 * const client = await gigstack.clients.get("client_123");
 * for await (const invoice of gigstack.invoices.income.list({ client_id: client.id })) {
 *   console.log(invoice.uuid, invoice.total);
 * }
 * ```
 *
 * Every method's body, query and result has a type named after the method
 * (`invoices.income.create` → `InvoiceIncomeCreateParams`, `InvoiceIncomeCreateResult`;
 * `clients.list` → `ClientListQuery`, `ClientListItem`), and every schema of the spec is exported
 * by its name (`Invoice`, `Client`, `Payment` …).
 *
 * Also published: `gigstack-ts/catalogs` (SAT code tables), `gigstack-ts/fiscal` (RFC and
 * fiscal checks), `gigstack-ts/webhooks` (typed webhook events and de-duplication),
 * `gigstack-ts/zod` (zod schemas of the code tables) and `gigstack-ts/raw` (the openapi-fetch
 * client typed by the spec's paths).
 * @module gigstack-ts
 */

// Named types and the resource groups' interfaces, generated from the spec (see
// scripts/generate-methods.mjs); a name also exported above keeps the meaning given above.
export type * from "../generated/methods.js";
export { Gigstack } from "./client.js";
export type { ClientOptions, RequestOptions, ValidateMode } from "./config.js";
export { DEFAULT_BASE_URL } from "./config.js";
export {
  type ApiErrorCode,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GigstackAbortError,
  GigstackApiError,
  GigstackConfigError,
  GigstackConnectionError,
  GigstackError,
  GigstackMalformedResponseError,
  GigstackTimeoutError,
  GigstackUnknownOutcomeError,
  GigstackValidationError,
  InternalServerError,
  isGigstackError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type ValidationIssue,
} from "./errors.js";
export type { InvoiceFileFormat } from "./files.js";
export type { AttemptError, AttemptEvent, AttemptRetry, Logger, LogLevel } from "./log.js";
export { type Page, PagePromise } from "./pagination.js";
export type {
  BodyOf,
  ClientUploadCsfQuery,
  ClientUploadCsfResult,
  DataOf,
  ItemOf,
  OperationId,
  QueryOf,
  Schemas,
  TeamUploadCsdParams,
  TeamUploadCsdResult,
  Upload,
} from "./types.js";
export { VERSION } from "./version.js";
