/**
 * The `Gigstack` client: configuration, Connect team scoping, and the methods of resources.ts
 * bound to the transport. One generic `call` serves every operation; nothing per-operation is
 * written by hand beyond the few friendlier signatures at the bottom.
 */
import type { Client as OpenApiClient } from "openapi-fetch";
import type { ClientsResource, GigstackResources, InvoicesResource, TeamsResource } from "../generated/methods.js";
import { operations } from "../generated/operations.js";
import type { paths } from "../generated/types.js";
import {
  type ClientOptions,
  checkMaxRetries,
  checkMode,
  checkSwitch,
  checkTeam,
  checkTimeout,
  type RequestOptions,
  type ResolvedConfig,
  redactKey,
  resolveConfig,
} from "./config.js";
import { GigstackConfigError, GigstackMalformedResponseError, GigstackValidationError } from "./errors.js";
import { downloadInvoiceFile, type InvoiceFileFormat, toFormData } from "./files.js";
import { cursorPages, PagePromise, type RawPage } from "./pagination.js";
import { lazyRawClient } from "./raw.js";
import { customOperations, type ResourceTree, resources } from "./resources.js";
import { type IncomingResponse, redactHeaders, send } from "./transport.js";
import type {
  ClientUploadCsfQuery,
  ClientUploadCsfResult,
  DataOf,
  OperationId,
  TeamUploadCsdParams,
  TeamUploadCsdResult,
  Upload,
} from "./types.js";
import { checkRequest, validateResponse } from "./validation.js";

type Operation = (typeof operations)[OperationId];
type Dict = Record<string, unknown>;

/**
 * Operations whose body carries an idempotency key the server dedupes by. `generate`: the SDK
 * adds a UUID v4 when the caller gave none, so that a retry after a lost answer can never
 * register a payment twice. `honour`: retried only when the caller supplied one (documented:
 * a repeated key returns the existing payment link / receipt).
 */
const BODY_IDEMPOTENCY: Partial<Record<OperationId, "generate" | "honour">> = {
  registerPayment: "generate",
  requestPayment: "honour",
  createReceipt: "honour",
};

/** Never repeated automatically: each call renews the CSD portal's password (a side effect). */
const NEVER_RETRY = new Set<OperationId>(["getTeamOnboardingUrl"]);

interface CallParts {
  path: string[];
  body: unknown;
  query: Dict | undefined;
  options: RequestOptions | undefined;
}

/** `gigstack.clients`: the generated methods plus the CSF upload, which takes the file itself. */
interface Clients extends ClientsResource {
  /**
   * Uploads a Constancia de Situación Fiscal (PDF) to create a client, or to update `client_id`'s:
   * `POST /clients/csf`.
   * @see {@link https://docs.gigstack.io/upload-csf-pdf-to-create-or-update-client-24485403e0 | gigstack docs: Upload CSF}
   */
  uploadCsf(file: Upload, query?: ClientUploadCsfQuery, options?: RequestOptions): Promise<ClientUploadCsfResult>;
}

/** `gigstack.teams`: the generated methods plus the CSD upload, with clearer part names. */
interface Teams extends TeamsResource {
  /**
   * Uploads the team's CSD (certificado de sello digital): the .cer, the .key and its password:
   * `POST /teams/{id}/sat-connection`.
   * @see {@link https://docs.gigstack.io/upload-sat-csd-certificates-24733147e0 | gigstack docs: Upload SAT CSD certificates}
   */
  uploadCsd(id: string, csd: TeamUploadCsdParams, options?: RequestOptions): Promise<TeamUploadCsdResult>;
}

/** `gigstack.invoices`: the generated methods plus the download of an invoice's files. */
interface Invoices extends InvoicesResource {
  /**
   * The invoice's PDF or XML bytes, fetched from the URL that `files(id)` returns. The API key
   * is sent only if that URL is on the API's own origin.
   */
  download(id: string, format: InvoiceFileFormat, options?: RequestOptions): Promise<Uint8Array>;
}

/**
 * The methods of resources.ts, declared by generated/methods.ts (explicit signatures with named
 * parameters and doc comments), plus the few with a hand-written signature.
 */
interface Resources extends Omit<GigstackResources, "clients" | "teams" | "invoices"> {
  /** Customers (receivers of CFDIs) with their fiscal data. */
  readonly clients: Clients;
  /** Teams (issuers), their settings, series, members and SAT connection. */
  readonly teams: Teams;
  /** CFDI 4.0 income (I), egress (E), payment-complement (P) and transfer (T) invoices. */
  readonly invoices: Invoices;
}

const NO_OPTIONS: RequestOptions = Object.freeze({});

/**
 * What a call of an operation needs besides its arguments, worked out once when the methods
 * are bound: looking these up per call (in the 117-entry table, in sets) was a visible part of
 * the client's time in a loopback request.
 */
interface Plan {
  id: OperationId;
  op: Operation;
  /** The SDK method path (`invoices.income.create`), as bindTree walked to it: for messages. */
  method: string | undefined;
  /** Whether the method takes a query argument: not when `team` is the only query parameter. */
  takesQuery: boolean;
  neverRetry: boolean;
  /** The path template's literal pieces around its parameters. */
  pieces: string[];
}

function planOf(id: OperationId, method?: string): Plan {
  const op: Operation = operations[id];
  return {
    id,
    op,
    method,
    takesQuery: op.query.some((q) => q !== "team"),
    neverRetry: NEVER_RETRY.has(id),
    pieces: op.path.split(/\{\w+\}/),
  };
}

/** Handed from withTeam() to the constructor, so that a scoped client skips option resolution. */
let inheritedConfig: ResolvedConfig | undefined;

/**
 * The gigstack API v2 client. Every operation of the spec is a method, grouped by resource
 * (`clients`, `services`, `invoices`, `payments`, `receipts`, `teams`, `users`, `webhooks`,
 * `auth`); each takes its path ids, then its body, then its query, then {@link RequestOptions}.
 *
 * ```ts
 * const gigstack = new Gigstack({ apiKey: process.env.GIGSTACK_API_KEY });
 * const receipt = await gigstack.receipts.get("receipt_5Gm8XqTw2JcN");
 * const other = gigstack.withTeam("team_4TzW8nRb2QeK"); // gigstack Connect
 * ```
 */
export class Gigstack implements Resources {
  // Bound at construction from resources.ts (declared here for the types; a hover shows each
  // group's description through `implements Resources`).
  declare readonly clients: Resources["clients"];
  declare readonly services: Resources["services"];
  declare readonly invoices: Resources["invoices"];
  declare readonly payments: Resources["payments"];
  declare readonly receipts: Resources["receipts"];
  declare readonly teams: Resources["teams"];
  declare readonly users: Resources["users"];
  declare readonly webhooks: Resources["webhooks"];
  declare readonly auth: Resources["auth"];
  readonly #config: ResolvedConfig;
  /** The query string of a call that names no query and no team: the client's team, encoded once. */
  readonly #teamQuery: string;
  #raw: OpenApiClient<paths> | undefined;

  constructor(options: ClientOptions = {}) {
    this.#config = inheritedConfig ?? resolveConfig(options);
    inheritedConfig = undefined;
    this.#teamQuery = encodeQuery(undefined, this.#config.team);
    bindTree(this as unknown as Dict, resources, (plan, args) => this.#invoke(plan, args));
    // The hand-written signatures declared in `Resources` above.
    Object.assign(this.clients, {
      uploadCsf: (file: Upload, query?: ClientUploadCsfQuery, options?: RequestOptions) =>
        this.#call(planOf("uploadClientCsf", "clients.uploadCsf"), { path: [], body: { file }, query, options }),
    });
    Object.assign(this.teams, {
      uploadCsd: (id: string, csd: TeamUploadCsdParams, options?: RequestOptions) =>
        this.#call(planOf("uploadTeamCsdCertificates", "teams.uploadCsd"), {
          path: [id],
          body: { cert: csd.cer, key: csd.key, keyPass: csd.password },
          query: undefined,
          options,
        }),
    });
    Object.assign(this.invoices, {
      download: async (id: string, format: InvoiceFileFormat, options?: RequestOptions) => {
        const files = (await this.#call(planOf("getInvoiceFiles", "invoices.files"), {
          path: [id],
          body: undefined,
          query: { file_type: format },
          options,
        })) as DataOf<"getInvoiceFiles">;
        return downloadInvoiceFile(this.#config, files, format, options);
      },
    });
  }

  /** The Connect team this client acts for by default (undefined: the API key's own team). */
  get team(): string | undefined {
    return this.#config.team;
  }

  /**
   * A client that acts for another team of the same billing account (gigstack Connect). Same
   * key and settings; a per-call `team` still overrides it.
   */
  withTeam(team: string): Gigstack {
    inheritedConfig = { ...this.#config, team: checkTeam(team) };
    return new Gigstack();
  }

  /**
   * The openapi-fetch client typed by the spec's paths, with the key and the client's team
   * applied: for calls the methods do not cover. No retries, validation or error mapping.
   * openapi-fetch itself is loaded on the first call (see raw.ts).
   *
   * @internal Left out of the root entry's published declarations (tsup's `stripInternal`): its
   * type needs openapi-fetch's, which would cost every consumer's type-check (see raw-entry.ts).
   * `gigstack-ts/raw` puts it back, typed, by a module augmentation (scripts/declarations.mjs),
   * for the programs that import that entry; it also exports `rawClient(gigstack)`.
   */
  get raw(): OpenApiClient<paths> {
    this.#raw ??= lazyRawClient(this.#config);
    return this.#raw;
  }

  /** Positional arguments → parts, by the operation's shape (path params, body, query, options). */
  #invoke(plan: Plan, args: unknown[]): unknown {
    const op = plan.op;
    const names = op.pathParams;
    const path: string[] = [];
    let i = 0;
    for (; i < names.length; i++) path.push(args[i] as string);
    const body = op.body === "none" ? undefined : args[i++];
    const query = plan.takesQuery ? (args[i++] as Dict | undefined) : undefined;
    const options = args[i] as RequestOptions | undefined;
    return this.#call(plan, { path, body, query, options });
  }

  #call(plan: Plan, parts: CallParts): unknown {
    const op = plan.op;
    if (op.list) {
      const fetchRaw = async (cursor: string | undefined): Promise<RawPage<unknown>> => {
        const query = { ...parts.query };
        if (cursor !== undefined) {
          if (op.list === "page") query.page = Number(cursor);
          else query.next = cursor;
        }
        const body = await this.#request(plan, { ...parts, query }, cursor === undefined);
        return toRawPage(op, body, query, (reason) =>
          malformed(this.#config, op, op.path, { status: 200, headers: new Headers(), body }, reason),
        );
      };
      return new PagePromise(cursorPages(fetchRaw));
    }
    return this.#request(plan, parts, true, true);
  }

  /**
   * Validates, sends, and checks the envelope. Resolves to the parsed body, or to its `data`
   * with `unwrap`. Not an async function on purpose: the envelope check runs inside send()'s
   * own promise (its `finish`), which saves a promise hop per call (measured: ~2% of a loopback
   * request). Local failures still surface as a rejected promise, never a synchronous throw.
   */
  #request(plan: Plan, parts: CallParts, validate: boolean, unwrap = false): Promise<unknown> {
    try {
      const { id, op } = plan;
      const config = this.#config;
      const options = parts.options ?? NO_OPTIONS;
      const team = resolveTeam(config.team, options.team, parts.query, parts.body);

      const path = encodePath(plan.pieces, op.pathParams, parts.path);
      let body = parts.body;
      let bodyIdempotencyKey: string | undefined;
      const idempotency = body && typeof body === "object" ? BODY_IDEMPOTENCY[id] : undefined;
      if (idempotency) {
        const given = (body as Dict).idempotency_key;
        if (typeof given === "string" && given !== "") bodyIdempotencyKey = given;
        else if (idempotency === "generate") {
          bodyIdempotencyKey = crypto.randomUUID();
          body = { ...(body as Dict), idempotency_key: bodyIdempotencyKey };
        }
      }
      const finish = (sent: IncomingResponse): unknown => {
        if (op.envelope !== "raw") {
          const envelope = sent.body as { data?: unknown } | null | undefined;
          // An empty 204 is accepted only where the spec promises no particular data.
          if (sent.body === undefined && op.envelope === "empty") return unwrap ? {} : { data: {} };
          if (envelope === null || typeof envelope !== "object" || !("data" in envelope)) {
            throw malformed(config, op, path, sent, "the response has no `data`");
          }
        }
        const result = unwrap && op.envelope !== "raw" ? (sent.body as { data: unknown }).data : sent.body;
        if (config.validateResponses === "off") return result;
        return validateResponse(plan, sent.body, config, { method: op.method, path }).then(() => result);
      };

      const encoded = encodeBody(op, body);
      const request: Parameters<typeof send>[1] = {
        operationId: id,
        method: op.method,
        path,
        query:
          parts.query === undefined && options.team === undefined ? this.#teamQuery : encodeQuery(parts.query, team),
        body: encoded?.body,
        contentType: encoded?.contentType,
        idempotencyKey: options.idempotencyKey,
        bodyIdempotencyKey,
        headers: options.headers,
        signal: options.signal,
        timeoutMs: options.timeoutMs === undefined ? config.timeoutMs : checkTimeout(options.timeoutMs),
        maxRetries: plan.neverRetry
          ? 0
          : options.maxRetries === undefined
            ? config.maxRetries
            : checkMaxRetries(options.maxRetries),
        finish,
      };
      // Nothing to check without a body or query (path ids were checked by encodePath), and
      // on later pages (the first one checked the query). The per-call modes win. Checked last,
      // so that nothing above can throw once the check's promise exists.
      if (validate && (body !== undefined || op.bodyRequired || plan.takesQuery)) {
        const mode =
          options.validateRequests === undefined
            ? config.validateRequests
            : checkMode("validateRequests", options.validateRequests);
        const skipFiscal =
          options.skipFiscalChecks === undefined
            ? config.skipFiscalChecks
            : checkSwitch("skipFiscalChecks", options.skipFiscalChecks);
        const checked = checkRequest(plan, { body, query: parts.query }, mode, skipFiscal, config);
        // A refusal rejects here; a `warn` resolves once logged, then the request goes.
        if (checked) return checked.then(() => send(config, request));
      }
      return send(config, request);
    } catch (err) {
      return Promise.reject(err);
    }
  }
}

/** A 2xx that is not what the operation returns; the body is kept with the API key redacted. */
function malformed(
  config: ResolvedConfig,
  op: Operation,
  path: string,
  sent: { status: number; headers: Headers; body: unknown },
  reason: string,
): GigstackMalformedResponseError {
  return new GigstackMalformedResponseError({
    reason,
    status: sent.status,
    body: redactKey(sent.body === undefined ? "" : JSON.stringify(sent.body), config.apiKey),
    headers: redactHeaders(sent.headers, config.apiKey),
    method: op.method,
    path,
  });
}

/**
 * Binds every operationId of the tree as a method holding its {@link Plan}; nested objects
 * become nested namespaces.
 */
function bindTree(
  target: Dict,
  tree: ResourceTree,
  invoke: (plan: Plan, args: unknown[]) => unknown,
  prefix = "",
): void {
  for (const [name, node] of Object.entries(tree)) {
    if (typeof node === "string") {
      if (!(customOperations as readonly string[]).includes(node)) {
        const plan = planOf(node, prefix + name);
        target[name] = (...args: unknown[]) => invoke(plan, args);
      }
    } else {
      const child: Dict = {};
      bindTree(child, node, invoke, `${prefix}${name}.`);
      target[name] = child;
    }
  }
}

/**
 * The team a call acts for: the call's, else the client's. A `team` written into the query or
 * body that disagrees with it is refused: acting for the wrong team is a fiscal mistake.
 */
function resolveTeam(scope: string | undefined, perCall: string | undefined, query: Dict | undefined, body: unknown) {
  // Nothing names a team (most calls): the client's, without the checks below.
  if (perCall === undefined && query === undefined && body === undefined) return scope;
  const team = checkTeam(perCall) ?? scope;
  // Checked here rather than by a query schema: most operations' only query parameter is `team`.
  const fromQuery = query ? checkTeam(query.team as string | undefined) : undefined;
  const fromBody = body && typeof body === "object" && !(body instanceof Blob) ? (body as Dict).team : undefined;
  if (team !== undefined) {
    if (fromQuery !== undefined && fromQuery !== team) throw teamConflict("query", fromQuery, team);
    if (fromBody !== undefined && fromBody !== team) throw teamConflict("body", fromBody, team);
  }
  return team ?? fromQuery;
}

function teamConflict(where: string, value: unknown, team: string): GigstackConfigError {
  return new GigstackConfigError(
    `The ${where} says team ${JSON.stringify(value)} but this call is scoped to ${JSON.stringify(team)}; refusing to guess which one is meant`,
  );
}

/**
 * Fills path parameters, each URL-encoded so that an id can never change the path. `.` and `..`
 * are refused outright: URL parsers resolve them as directory steps even when percent-encoded.
 */
function encodePath(pieces: readonly string[], names: readonly string[], values: unknown[]): string {
  let path = pieces[0] as string;
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string;
    const value = values[index];
    if (typeof value !== "string" || value === "" || value === "." || value === "..") {
      throw new GigstackValidationError(`Invalid path parameter ${name}`, [
        { path: [name], message: `must be a non-empty id (not "." or ".."), got ${JSON.stringify(value)}` },
      ]);
    }
    // Most ids need no escaping, and encodeURIComponent is a runtime call even then.
    path += (SAFE_ID.test(value) ? value : encodeComponent(value, name)) + (pieces[index + 1] as string);
  }
  return path;
}

/** RFC 3986 unreserved characters: what encodeURIComponent leaves as it is. */
const SAFE_ID = /^[A-Za-z0-9_.~-]+$/;

/** Query string: `team` last-resolved, `metadata` as `metadata.<key>=<value>` (the API's dot form). */
function encodeQuery(query: Dict | undefined, team: string | undefined): string {
  let out = "";
  const add = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    out += `${out ? "&" : ""}${encodeComponent(name, "query")}=${encodeComponent(String(value), "query", name)}`;
  };
  if (query) {
    for (const [name, value] of Object.entries(query)) {
      if (name === "team") continue;
      if (name === "metadata" && value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) add(`metadata.${k}`, v);
      } else if (Array.isArray(value)) for (const v of value) add(name, v);
      else add(name, value);
    }
  }
  if (team !== undefined) add("team", team);
  return out;
}

/** encodeURIComponent, with a lone surrogate (not encodable) reported as bad input at `at`. */
function encodeComponent(value: string, at: string, under?: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    throw new GigstackValidationError("Cannot encode a value for the URL", [
      { path: under === undefined ? [at] : [at, under], message: "contains an unpaired UTF-16 surrogate" },
    ]);
  }
}

function encodeBody(op: Operation, body: unknown): { body: BodyInit; contentType?: string } | undefined {
  if (body === undefined || op.body === "none") return undefined;
  // fetch sets the boundary. Object(): a null body (sent as given with validateRequests "off")
  // has no parts rather than throwing a TypeError.
  if (op.body === "multipart") return { body: toFormData(Object(body) as Dict) };
  try {
    return { body: JSON.stringify(body), contentType: "application/json" };
  } catch (err) {
    // A BigInt or a circular reference: JSON cannot carry it, so nothing can be sent.
    throw new GigstackValidationError("The body cannot be sent as JSON", [
      { path: ["body"], message: err instanceof Error ? err.message : String(err) },
    ]);
  }
}

function toRawPage(
  op: Operation,
  body: unknown,
  query: Dict,
  malformedError: (reason: string) => Error,
): RawPage<unknown> {
  const env = (body ?? {}) as {
    data?: unknown;
    has_more?: unknown;
    next?: unknown;
    total_results?: unknown;
    total?: unknown;
    found?: unknown;
    page?: unknown;
    limit?: unknown;
    per_page?: unknown;
  };
  if (!Array.isArray(env.data)) throw malformedError("a list response whose `data` is not an array");
  const items = env.data;
  const total = [env.total_results, env.total, env.found].find((n) => typeof n === "number") as number | undefined;
  if (op.list === "cursor") {
    return {
      items,
      hasMore: env.has_more === true,
      next: typeof env.next === "string" && env.next !== "" ? env.next : undefined,
      totalResults: total,
    };
  }
  if (op.list === "page") {
    const page = typeof env.page === "number" ? env.page : typeof query.page === "number" ? query.page : 1;
    const size = [env.per_page, env.limit].find((n) => typeof n === "number") as number | undefined;
    const more =
      env.has_more === true ||
      (env.has_more === undefined && total !== undefined && size !== undefined && page * size < total);
    // Page numbers cannot repeat, so an empty page is what ends a list that claims more forever.
    return { items, hasMore: more && items.length > 0, next: more ? String(page + 1) : undefined, totalResults: total };
  }
  return { items, hasMore: false, next: undefined, totalResults: total };
}
