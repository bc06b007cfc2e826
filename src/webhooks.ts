/**
 * Typed gigstack webhook events, and de-duplication of redeliveries.
 *
 * gigstack documents neither one event envelope nor a signature: a third-party summary describes
 * `{id, type, created, livemode, data: {object}}`, the docs' migration guide shows
 * `{event, timestamp, data: {…}}`, and gigstack's own n8n trigger reads `event`. So the envelope is
 * validated loosely, both shapes are accepted, and the resource itself is not deep-validated. No
 * signature check is offered because none is documented; authenticate deliveries some other way
 * (a secret path segment, an allow-list) and re-fetch the resource when it matters.
 *
 * ```ts
 * import { parseWebhookEvent } from "gigstack-ts/webhooks";
 * const event = parseWebhookEvent(rawBody);
 * if (event.known && event.type === "payment.succeeded") console.log(event.data.object.id);
 * ```
 * @module gigstack-ts/webhooks
 */
import * as z from "zod/mini";
import type { components } from "../generated/types.js";
import { GigstackError, issueLine, truncate, type ValidationIssue } from "./errors.js";

type Schemas = components["schemas"];

/**
 * Every event name any source lists (both `cancelled` and `canceled` spellings, since the sources
 * disagree and either may be sent; clients are `customer.*`). New names may appear at any time:
 * those parse as an {@link UnknownWebhookEvent}, never as an error.
 */
export const WEBHOOK_EVENT_TYPES = [
  "payment.created",
  "payment.updated",
  "payment.succeeded",
  "payment.failed",
  "payment.cancelled",
  "payment.canceled",
  "payment.refunded",
  "payment.deleted",
  "payment.upcoming_due_date",
  "invoice.created",
  "invoice.stamped",
  "invoice.cancelled",
  "invoice.canceled",
  "invoice.sent",
  "invoice.failed",
  "receipt.created",
  "receipt.updated",
  "receipt.completed",
  "receipt.stamped",
  "receipt.cancelled",
  "receipt.deleted",
  "customer.created",
  "customer.updated",
  "customer.deleted",
  "service.created",
  "service.updated",
  "service.deleted",
] as const;

/** A known event name. */
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The resource each event family carries in `data.object`, keyed by the name's prefix. */
export interface WebhookResources {
  payment: Schemas["Payment"];
  invoice: Schemas["Invoice"];
  receipt: Schemas["Receipt"];
  customer: Schemas["Client"];
  service: Schemas["Service"];
}

/** The resource type of event `T` (`unknown` for a name outside the known families). */
export type WebhookResource<T extends string> = T extends `${infer F extends keyof WebhookResources}.${string}`
  ? WebhookResources[F]
  : unknown;

/**
 * The event's `data`: everything gigstack sent in it, plus `object`, the resource. In the
 * `{event, timestamp, data}` shape `data` has no `object` and is the resource itself, so it is
 * used as `object` then. Not deep-validated: treat fields as the spec's optional response fields.
 */
export type WebhookEventData<O> = { object: O } & Record<string, unknown>;

/** Envelope fields every event has, whichever of the two shapes it came in. */
export interface WebhookEventEnvelope {
  /** Event id (the de-duplication key); absent in the `{event, timestamp, data}` shape. */
  id: string | undefined;
  /** `created` as sent (documented as epoch milliseconds). */
  created: number | string | undefined;
  /** `timestamp` as sent (ISO string in the docs example). */
  timestamp: number | string | undefined;
  livemode: boolean | undefined;
  /** The whole parsed body, for fields this type does not name. */
  raw: Record<string, unknown>;
}

/**
 * An event whose name is in {@link WEBHOOK_EVENT_TYPES}, discriminated by `type`: after
 * `event.type === "payment.succeeded"`, `event.data.object` is a `Payment`. `KnownWebhookEvent<T>`
 * is the event of one name (or union of names).
 */
export type KnownWebhookEvent<T extends WebhookEventType = WebhookEventType> = T extends WebhookEventType
  ? WebhookEventEnvelope & { type: T; known: true; data: WebhookEventData<WebhookResource<T>> }
  : never;

/** An event with a name this SDK does not know yet: delivered as is, `data.object` untyped. */
export type UnknownWebhookEvent = WebhookEventEnvelope & {
  type: string;
  known: false;
  data: WebhookEventData<unknown>;
};

/**
 * What {@link parseWebhookEvent} returns, discriminated by `known`, then by `type`. Test `known`
 * first (or use {@link isWebhookEventType}): an unknown event's `type` can be any string, so a
 * bare `switch (event.type)` cannot rule it out and `data.object` would stay `unknown`:
 *
 * ```ts
 * if (!event.known) return log.warn(`unhandled gigstack event ${event.type}`);
 * switch (event.type) {
 *   case "payment.succeeded": fulfil(event.data.object); break; // a Payment
 * }
 * ```
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

/** Why a webhook body was rejected. */
export type WebhookErrorReason = "invalid-json" | "invalid-envelope";

/**
 * The body is not a gigstack webhook event: not JSON, or not an object with an event name and a
 * `data` object. Answer such a delivery with a 4xx; `body` keeps what arrived (truncated).
 */
export class GigstackWebhookError extends GigstackError {
  override name = "GigstackWebhookError";
  readonly reason: WebhookErrorReason;
  readonly issues: ValidationIssue[];
  /** The offending body as text, truncated. */
  readonly body: string;
  constructor(
    reason: WebhookErrorReason,
    message: string,
    body: unknown,
    issues: ValidationIssue[] = [],
    cause?: unknown,
  ) {
    super(`invalid webhook payload: ${message}`, cause === undefined ? undefined : { cause });
    this.reason = reason;
    this.issues = issues;
    this.body = truncate(bodyText(body));
  }
}

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  try {
    return JSON.stringify(body) ?? String(body);
  } catch {
    return String(body);
  }
}

// Explicit messages: zod/mini has no locale loaded, and "Invalid input" does not help whoever reads the log.
const nullish = <T extends z.ZodMiniType>(t: T) => z.optional(z.nullable(t));
const name = () => nullish(z.string("expected a string").check(z.minLength(1, "expected a non-empty string")));
const numberOrString = () => nullish(z.union([z.number(), z.string()], "expected a number or a string"));
const EnvelopeSchema = z.looseObject(
  {
    id: nullish(z.union([z.string(), z.number()], "expected a string")),
    type: name(),
    event: name(),
    created: numberOrString(),
    timestamp: numberOrString(),
    livemode: nullish(z.boolean("expected a boolean")),
    data: z.looseObject(
      { object: nullish(z.looseObject({}, "expected the resource object")) },
      "expected an object (`data`)",
    ),
  },
  "expected a JSON object (the event envelope)",
);

const KNOWN: ReadonlySet<string> = new Set(WEBHOOK_EVENT_TYPES);

/**
 * Parses a webhook delivery: the raw body (string or bytes, so it can be the exact bytes received)
 * or an already-parsed object. The event name is read from `type`, else `event`. An unknown name
 * gives an {@link UnknownWebhookEvent}; a body that is not JSON or not an event envelope throws
 * {@link GigstackWebhookError}.
 */
export function parseWebhookEvent(body: unknown): WebhookEvent {
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer) {
    try {
      value = JSON.parse(bodyText(body));
    } catch (err) {
      throw new GigstackWebhookError("invalid-json", "the body is not JSON", body, [], err);
    }
  }
  const parsed = EnvelopeSchema.safeParse(value);
  const type = parsed.success ? (parsed.data.type ?? parsed.data.event) : undefined;
  if (!parsed.success || type == null) {
    const issues: ValidationIssue[] = parsed.success
      ? [{ path: ["type"], message: "no event name in `type` or `event`" }]
      : parsed.error.issues.map((i) => ({
          path: i.path.map((p) => (typeof p === "number" ? p : String(p))),
          message: i.message,
        }));
    const where = issues.map(issueLine).join("; ");
    throw new GigstackWebhookError("invalid-envelope", where, body, issues);
  }
  const { id, created, timestamp, livemode, data } = parsed.data;
  return {
    id: id == null ? undefined : String(id),
    type,
    known: KNOWN.has(type),
    created: created ?? undefined,
    timestamp: timestamp ?? undefined,
    livemode: livemode ?? undefined,
    data: { ...data, object: data.object ?? data },
    raw: value as Record<string, unknown>,
  } as WebhookEvent;
}

/**
 * Like {@link parseWebhookEvent}, but returns the error instead of throwing, for handlers that
 * answer every delivery with a status code.
 */
export function safeParseWebhookEvent(
  body: unknown,
): { success: true; event: WebhookEvent } | { success: false; error: GigstackWebhookError } {
  try {
    return { success: true, event: parseWebhookEvent(body) };
  } catch (error) {
    if (error instanceof GigstackWebhookError) return { success: false, error };
    throw error;
  }
}

/** True when `event` is the known event `type`, narrowing it; handy in `if` chains and filters. */
export function isWebhookEventType<T extends WebhookEventType>(
  event: WebhookEvent,
  type: T,
): event is KnownWebhookEvent<T> {
  return event.type === type;
}

// ------------------------------------------------------------------ de-duplication

/**
 * Where seen event ids are kept. Senders retry, so the same event can arrive more than once, also
 * concurrently on several instances: `claim` must be atomic (Redis `SET key 1 NX PX ttl`, an SQL
 * insert on a unique key). Both methods may return promises.
 */
export interface WebhookDedupeStore {
  /** Records `key` for `ttlMs` unless it is already recorded; true when this call recorded it. */
  claim(key: string, ttlMs: number): boolean | Promise<boolean>;
  /** Forgets `key`, so that a redelivery is processed again (after the handler failed). */
  release(key: string): void | Promise<void>;
}

/**
 * The default store: process memory, bounded (oldest ids are evicted first) so that a long-running
 * server cannot grow without limit. Only de-duplicates within one process; use a shared store
 * (Redis, a database) when several instances receive webhooks.
 */
export class MemoryDedupeStore implements WebhookDedupeStore {
  readonly #expiries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { maxEntries?: number; now?: () => number } = {}) {
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** How many ids are held (expired ones may linger until the next claim). */
  get size(): number {
    return this.#expiries.size;
  }

  claim(key: string, ttlMs: number): boolean {
    const now = this.#now();
    for (const [k, expiry] of this.#expiries) {
      if (expiry > now) break; // insertion order is roughly expiry order: stop at the first live one
      this.#expiries.delete(k);
    }
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry > now) return false;
    this.#expiries.delete(key);
    this.#expiries.set(key, now + ttlMs);
    for (const k of this.#expiries.keys()) {
      if (this.#expiries.size <= this.#maxEntries) break;
      this.#expiries.delete(k);
    }
    return true;
  }

  release(key: string): void {
    this.#expiries.delete(key);
  }
}

/** Options of {@link createWebhookDeduper}. */
export interface WebhookDeduperOptions {
  /** Where ids are kept; a {@link MemoryDedupeStore} by default. */
  store?: WebhookDedupeStore;
  /** How long an id is remembered; 24 hours by default (gigstack documents no retry window). */
  ttlMs?: number;
  /**
   * The de-duplication key of an event; `event.id` by default. Events without a key (the
   * `{event, timestamp, data}` shape has no id) are never treated as duplicates.
   */
  key?: (event: WebhookEvent) => string | undefined;
}

/** Processes each webhook event once. Built by {@link createWebhookDeduper}. */
export interface WebhookDeduper {
  /** True the first time the event's key is seen (and records it), false for a redelivery. */
  claim(event: WebhookEvent): Promise<boolean>;
  /** Forgets the event, so that a redelivery is processed again. */
  release(event: WebhookEvent): Promise<void>;
  /**
   * Runs `handler` unless the event was already claimed; if the handler throws, the claim is
   * released (so the sender's retry is processed) and the error rethrown.
   */
  once<E extends WebhookEvent, R>(
    event: E,
    handler: (event: E) => R | Promise<R>,
  ): Promise<{ duplicate: true } | { duplicate: false; result: Awaited<R> }>;
}

/** Builds a {@link WebhookDeduper} keyed by event id. */
export function createWebhookDeduper(options: WebhookDeduperOptions = {}): WebhookDeduper {
  const store = options.store ?? new MemoryDedupeStore();
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const keyOf = options.key ?? ((event: WebhookEvent) => event.id);
  const deduper: WebhookDeduper = {
    async claim(event) {
      const key = keyOf(event);
      return key === undefined || (await store.claim(key, ttlMs));
    },
    async release(event) {
      const key = keyOf(event);
      if (key !== undefined) await store.release(key);
    },
    async once(event, handler) {
      if (!(await deduper.claim(event))) return { duplicate: true };
      try {
        return { duplicate: false, result: await handler(event) };
      } catch (err) {
        await deduper.release(event);
        throw err;
      }
    },
  };
  return deduper;
}
