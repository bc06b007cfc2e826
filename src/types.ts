/**
 * Method types derived from the generated operation types, so that every method's parameters
 * and result follow the spec with no hand-written copies.
 */
import type { OperationTable } from "../generated/operations.js";
import type { components, operations } from "../generated/types.js";
import type { RequestOptions } from "./config.js";
import type { PagePromise } from "./pagination.js";

/** Every schema of the spec by name, e.g. `Schemas["Client"]`, `Schemas["Invoice"]`. */
export type Schemas = components["schemas"];
/** The `operationId` of each operation of the spec, e.g. `"createIncomeInvoice"`. */
export type OperationId = keyof OperationTable & keyof operations;
type Table<K extends OperationId> = OperationTable[K];

/** What an upload part accepts: a Blob (or File), or raw bytes. */
export type Upload = Blob | Uint8Array;

type Content<K extends OperationId> =
  NonNullable<operations[K]["requestBody"]> extends { content: infer C } ? C : never;

/** Multipart parts typed as `Blob` in the generated types may also be given as bytes. */
export type Uploadable<T> = { [P in keyof T]: T[P] extends Blob ? Upload : T[P] };

/** The request body of an operation: JSON, or the parts of a multipart upload. */
export type BodyOf<K extends OperationId> =
  Content<K> extends { "application/json": infer B }
    ? B
    : Content<K> extends { "multipart/form-data": infer M }
      ? Uploadable<M>
      : never;

/** The query parameters of an operation (including the Connect `team`). */
export type QueryOf<K extends OperationId> = operations[K]["parameters"] extends { query?: infer Q }
  ? NonNullable<Q>
  : never;

type Success<R> = R extends { 200: infer S }
  ? S
  : R extends { 201: infer S }
    ? S
    : R extends { 202: infer S }
      ? S
      : R extends { 204: infer S }
        ? S
        : never;
type JsonOf<S> = S extends { content: { "application/json": infer J } } ? J : undefined;
/** The JSON body of the operation's success response. */
export type ResponseOf<K extends OperationId> = JsonOf<Success<operations[K]["responses"]>>;

/** What a method resolves to: the envelope's `data` (or the whole body where there is none). */
export type DataOf<K extends OperationId> = Table<K>["envelope"] extends "data" | "empty"
  ? ResponseOf<K> extends { data: infer D }
    ? D
    : ResponseOf<K>
  : ResponseOf<K>;

/** The element type of a list operation, without the API's `null` entries. */
export type ItemOf<K extends OperationId> = DataOf<K> extends readonly (infer I)[] ? NonNullable<I> : never;

type PathArgs<K extends OperationId> = Table<K>["pathParams"] extends readonly []
  ? []
  : Table<K>["pathParams"] extends readonly [string]
    ? [id: string]
    : Table<K>["pathParams"] extends readonly [string, string]
      ? [id: string, childId: string]
      : string[];
type BodyArgs<K extends OperationId> = Table<K>["body"] extends "none"
  ? []
  : Table<K>["bodyRequired"] extends true
    ? [body: BodyOf<K>]
    : [body?: BodyOf<K>];
type QueryKeys<K extends OperationId> = Exclude<keyof QueryOf<K>, "team">;
type QueryArgs<K extends OperationId> = [QueryKeys<K>] extends [never]
  ? []
  : Partial<Pick<QueryOf<K>, QueryKeys<K>>> extends Pick<QueryOf<K>, QueryKeys<K>>
    ? [query?: QueryOf<K>]
    : [query: QueryOf<K>];

/** Positional arguments of a method: path parameters in path order, then body, then query. */
export type ArgsOf<K extends OperationId> = [...PathArgs<K>, ...BodyArgs<K>, ...QueryArgs<K>, options?: RequestOptions];

/** What a method returns: a Promise of the operation's data, or a {@link PagePromise} for a list. */
export type ResultOf<K extends OperationId> = Table<K>["list"] extends false
  ? Promise<DataOf<K>>
  : PagePromise<ItemOf<K>>;

/** A method generated from an operation. */
export type Method<K extends OperationId> = (...args: ArgsOf<K>) => ResultOf<K>;

// The named types of the methods with a hand-written signature (client.ts); the generated ones
// are in generated/methods.ts.
/** The query of `clients.uploadCsf` (`client_id` to update that client instead of creating one). */
export type ClientUploadCsfQuery = QueryOf<"uploadClientCsf">;
/** What `clients.uploadCsf` resolves to. */
export type ClientUploadCsfResult = DataOf<"uploadClientCsf">;
/** The CSD of `teams.uploadCsd`: the certificate (.cer), the private key (.key) and its password. */
export interface TeamUploadCsdParams {
  cer: Upload;
  key: Upload;
  password: string;
}
/** What `teams.uploadCsd` resolves to. */
export type TeamUploadCsdResult = DataOf<"uploadTeamCsdCertificates">;
