/**
 * `gigstack-ts/raw`: the openapi-fetch client typed by the spec's paths, for calls the methods
 * do not cover (no retries, validation or error mapping). Its own entry because openapi-fetch's
 * declarations alone cost a consumer's compiler ~155,000 type instantiations when it checks
 * libraries (`skipLibCheck: false`): three times the rest of the SDK, paid by every app that
 * imports `gigstack-ts` although few use `raw`. Here only the apps that do pay for it: importing
 * this entry also types `gigstack.raw` (a module augmentation that the build appends to this
 * entry's declarations, see scripts/declarations.mjs).
 *
 * ```ts
 * import { Gigstack } from "gigstack-ts";
 * import { rawClient } from "gigstack-ts/raw";
 * const gigstack = new Gigstack();
 * const { data, response } = await gigstack.raw.GET("/receipts/{id}", { params: { path: { id: "receipt_1" } } });
 * rawClient(gigstack) === gigstack.raw; // true
 * ```
 * @module gigstack-ts/raw
 */
import type { Client } from "openapi-fetch";
import type { paths } from "../generated/types.js";
import type { Gigstack } from "./client.js";

/** The openapi-fetch client of the gigstack API v2, typed by the spec's paths. */
export type RawClient = Client<paths>;
/** Every path of the spec with its operations, as openapi-fetch reads them. */
export type { paths as Paths };

/**
 * The client's openapi-fetch client, with its API key, base URL, `fetch` and Connect team
 * applied; one per client (the same object each call). openapi-fetch itself is loaded on the
 * first request.
 */
export function rawClient(gigstack: Gigstack): RawClient {
  return gigstack.raw;
}
