/**
 * gigstack-ts: the TypeScript SDK for the gigstack API v2.
 *
 * ```ts
 * import { Gigstack } from "gigstack-ts";
 * const gigstack = new Gigstack(); // GIGSTACK_API_KEY
 * const client = await gigstack.clients.get("client_123");
 * ```
 * @packageDocumentation
 */
export { Gigstack } from "./client.js";
export type { ClientOptions, RequestOptions, ValidateMode } from "./config.js";
export { DEFAULT_BASE_URL } from "./config.js";
export * from "./errors.js";
export type { InvoiceFileFormat } from "./files.js";
export { type Page, PagePromise } from "./pagination.js";
export type { BodyOf, DataOf, ItemOf, OperationId, QueryOf, Schemas, Upload } from "./types.js";
