// Webhook parsing for every known event type in both envelope shapes, unknown and malformed
// payloads, type narrowing, and the de-duplication helper.
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { components } from "../generated/types.js";
import { GigstackError } from "../src/errors.js";
import {
  createWebhookDeduper,
  GigstackWebhookError,
  isWebhookEventType,
  type KnownWebhookEvent,
  MemoryDedupeStore,
  parseWebhookEvent,
  safeParseWebhookEvent,
  WEBHOOK_EVENT_TYPES,
  type WebhookDedupeStore,
  type WebhookEvent,
  type WebhookEventType,
} from "../src/webhooks.js";

type Schemas = components["schemas"];

const resources: Record<string, Record<string, unknown>> = {
  payment: { id: "payment_1", status: "succeeded", total: 1160, currency: "MXN" },
  invoice: { uuid: "2fa4cc01-5a29-4bd8-b1d6-6d1d3c6e8f3c", status: "stamped", total: 1160 },
  receipt: { id: "receipt_1", status: "pending", total: 1160 },
  customer: { id: "client_1", name: "Escuela Kemper Urgate", tax_id: "EKU9003173C9" },
  service: { id: "service_1", description: "Consultoría", unit_price: 1000 },
};
const resourceOf = (type: string) => resources[type.split(".")[0] ?? ""] ?? {};

describe("parseWebhookEvent: every known event type", () => {
  it.each(WEBHOOK_EVENT_TYPES)("%s in the {id, type, created, livemode, data.object} shape", (type) => {
    const body = {
      id: `evt_${type}`,
      type,
      created: 1_737_600_000_000,
      livemode: false,
      data: { object: resourceOf(type) },
    };
    const event = parseWebhookEvent(JSON.stringify(body));
    expect(event).toEqual({
      id: `evt_${type}`,
      type,
      known: true,
      created: 1_737_600_000_000,
      timestamp: undefined,
      livemode: false,
      data: { object: resourceOf(type) },
      raw: body,
    });
  });

  it.each(WEBHOOK_EVENT_TYPES)("%s in the {event, timestamp, data} shape", (type) => {
    const body = { event: type, timestamp: "2026-01-23T10:00:00.000Z", data: resourceOf(type) };
    const event = parseWebhookEvent(body);
    expect(event).toMatchObject({ id: undefined, type, known: true, timestamp: "2026-01-23T10:00:00.000Z" });
    expect(event.data.object).toEqual(resourceOf(type)); // the flat data is the resource
    expect(event.data).toMatchObject(resourceOf(type));
  });
});

describe("parseWebhookEvent: inputs and envelopes", () => {
  const body = {
    id: "evt_1",
    type: "payment.succeeded",
    created: 1,
    livemode: true,
    data: { object: resources.payment },
  };

  it("takes a string, bytes (Buffer, Uint8Array, ArrayBuffer) or a parsed object", () => {
    const json = JSON.stringify(body);
    const bytes = new TextEncoder().encode(json);
    for (const input of [json, Buffer.from(json), bytes, bytes.buffer, body]) {
      expect(parseWebhookEvent(input)).toMatchObject({ id: "evt_1", type: "payment.succeeded", known: true });
    }
  });

  it("reads the name from `type` before `event`, and keeps other data and envelope fields", () => {
    const event = parseWebhookEvent({
      ...body,
      event: "payment.created",
      api_version: "v2",
      data: { ...body.data, previous: { status: "pending" } },
    });
    expect(event.type).toBe("payment.succeeded");
    expect(event.data.previous).toEqual({ status: "pending" });
    expect(event.raw.api_version).toBe("v2");
  });

  it("treats null envelope fields as absent and stringifies a numeric id", () => {
    expect(
      parseWebhookEvent({ id: 42, type: "invoice.created", created: null, livemode: null, data: {} }),
    ).toMatchObject({
      id: "42",
      created: undefined,
      livemode: undefined,
      data: { object: {} },
    });
  });

  it("gives an unknown event, not an exception, for a new name", () => {
    for (const type of ["invoice.paid", "client.created", "payment.completed", "ping"]) {
      const event = parseWebhookEvent({ id: "evt_2", type, data: { object: { id: "x" } } });
      expect(event).toMatchObject({ id: "evt_2", type, known: false, data: { object: { id: "x" } } });
    }
  });

  it.each([
    ["not JSON", "{not json", "invalid-json"],
    ["empty body", "", "invalid-json"],
    ["truncated JSON bytes", new TextEncoder().encode('{"type":"payment.created"'), "invalid-json"],
    ["JSON null", "null", "invalid-envelope"],
    ["a JSON array", "[]", "invalid-envelope"],
    ["a JSON string", '"payment.created"', "invalid-envelope"],
    ["no event name", { id: "evt", data: { object: {} } }, "invalid-envelope"],
    ["an empty event name", { type: "", data: {} }, "invalid-envelope"],
    ["a non-string name", { type: 3, data: {} }, "invalid-envelope"],
    ["no data", { type: "payment.created" }, "invalid-envelope"],
    ["data not an object", { type: "payment.created", data: "payment_1" }, "invalid-envelope"],
    ["data.object not an object", { type: "payment.created", data: { object: "payment_1" } }, "invalid-envelope"],
    ["livemode not a boolean", { type: "payment.created", livemode: "yes", data: {} }, "invalid-envelope"],
    ["undefined", undefined, "invalid-envelope"],
  ] as const)("throws GigstackWebhookError for %s", (_name, input, reason) => {
    const run = () => parseWebhookEvent(input);
    expect(run).toThrow(GigstackWebhookError);
    try {
      run();
    } catch (err) {
      expect(err).toBeInstanceOf(GigstackError);
      expect(err).toMatchObject({ name: "GigstackWebhookError", reason });
      if (reason === "invalid-envelope") expect((err as GigstackWebhookError).issues.length).toBeGreaterThan(0);
    }
  });

  it("says where the envelope is wrong, and keeps the body truncated", () => {
    const huge = { type: "payment.created", data: "x".repeat(10_000) };
    const result = safeParseWebhookEvent(JSON.stringify(huge));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([{ path: ["data"], message: "expected an object (`data`)" }]);
    expect(result.error.message).toMatch(/^invalid webhook payload: data: /);
    expect(result.error.body.length).toBeLessThan(2_100);
    expect(result.error.body).toMatch(/more characters\]$/);
  });

  it("keeps the JSON parse error as the cause", () => {
    const result = safeParseWebhookEvent("{");
    expect(result.success || result.error.cause).toBeInstanceOf(SyntaxError);
  });

  it("safeParseWebhookEvent returns the event on success", () => {
    expect(safeParseWebhookEvent(body)).toMatchObject({ success: true, event: { type: "payment.succeeded" } });
  });
});

describe("types", () => {
  it("narrows data.object by event type once `known` is checked", () => {
    const event = parseWebhookEvent({ type: "payment.succeeded", data: { object: resources.payment } });
    const seen: string[] = [];
    if (!event.known) {
      expectTypeOf(event.data.object).toBeUnknown();
      expectTypeOf(event.type).toEqualTypeOf<string>();
      return expect.unreachable();
    }
    switch (event.type) {
      case "payment.succeeded":
        expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Payment"]>();
        seen.push(event.data.object.id);
        break;
      case "invoice.stamped":
        expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Invoice"]>();
        break;
      case "receipt.cancelled":
        expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Receipt"]>();
        break;
      case "customer.updated":
        expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Client"]>();
        break;
      case "service.deleted":
        expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Service"]>();
        break;
      default:
        expectTypeOf(event.type).toEqualTypeOf<
          Exclude<
            WebhookEventType,
            "payment.succeeded" | "invoice.stamped" | "receipt.cancelled" | "customer.updated" | "service.deleted"
          >
        >();
    }
    expect(seen).toEqual(["payment_1"]);
  });

  it("isWebhookEventType narrows without checking `known` first", () => {
    const event: WebhookEvent = parseWebhookEvent({ type: "invoice.stamped", data: { object: resources.invoice } });
    if (isWebhookEventType(event, "invoice.stamped")) {
      expectTypeOf(event).toEqualTypeOf<KnownWebhookEvent<"invoice.stamped">>();
      expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Invoice"]>();
      expect(event.data.object.status).toBe("stamped");
    } else expect.unreachable();
    expectTypeOf<KnownWebhookEvent<"payment.created" | "payment.failed">["data"]["object"]>().toEqualTypeOf<
      Schemas["Payment"]
    >();
    expectTypeOf<Extract<WebhookEvent, { known: false }>["data"]["object"]>().toBeUnknown();
  });

  it("isWebhookEventType checks the name", () => {
    const event = parseWebhookEvent({ event: "invoice.canceled", data: {} });
    expect(isWebhookEventType(event, "invoice.canceled")).toBe(true);
    expect(isWebhookEventType(event, "invoice.cancelled")).toBe(false);
  });
});

describe("MemoryDedupeStore", () => {
  it("claims a key once until it expires or is released", () => {
    let now = 0;
    const store = new MemoryDedupeStore({ now: () => now });
    expect(store.claim("a", 100)).toBe(true);
    expect(store.claim("a", 100)).toBe(false);
    now = 100;
    expect(store.claim("a", 100)).toBe(true);
    store.release("a");
    expect(store.claim("a", 100)).toBe(true);
  });

  it("is bounded: the oldest keys are evicted first", () => {
    const store = new MemoryDedupeStore({ maxEntries: 3 });
    for (const k of ["a", "b", "c", "d"]) expect(store.claim(k, 60_000)).toBe(true);
    expect(store.size).toBe(3);
    expect(store.claim("d", 60_000)).toBe(false);
    expect(store.claim("a", 60_000)).toBe(true); // evicted, so seen as new
  });

  it("drops expired keys as it goes", () => {
    let now = 0;
    const store = new MemoryDedupeStore({ now: () => now });
    for (const k of ["a", "b", "c"]) store.claim(k, 10);
    now = 50;
    store.claim("d", 10);
    expect(store.size).toBe(1);
  });
});

describe("createWebhookDeduper", () => {
  const event = (id?: string) =>
    parseWebhookEvent({
      ...(id === undefined ? {} : { id }),
      type: "payment.succeeded",
      data: { object: resources.payment },
    });

  it("runs the handler once per event id", async () => {
    const deduper = createWebhookDeduper();
    const handler = vi.fn(async (e: WebhookEvent) => e.type);
    expect(await deduper.once(event("evt_1"), handler)).toEqual({ duplicate: false, result: "payment.succeeded" });
    expect(await deduper.once(event("evt_1"), handler)).toEqual({ duplicate: true });
    expect(await deduper.once(event("evt_2"), handler)).toEqual({ duplicate: false, result: "payment.succeeded" });
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("releases the claim when the handler throws, so the retry is processed", async () => {
    const deduper = createWebhookDeduper();
    await expect(deduper.once(event("evt_1"), () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await deduper.once(event("evt_1"), () => "ok")).toEqual({ duplicate: false, result: "ok" });
  });

  it("never treats an event without an id as a duplicate", async () => {
    const deduper = createWebhookDeduper();
    expect(await deduper.claim(event())).toBe(true);
    expect(await deduper.claim(event())).toBe(true);
  });

  it("uses an async pluggable store, the ttl and a custom key", async () => {
    const keys = new Set<string>();
    const store: WebhookDedupeStore = {
      claim: vi.fn(async (key: string) => {
        if (keys.has(key)) return false;
        keys.add(key);
        return true;
      }),
      release: vi.fn(async (key: string) => void keys.delete(key)),
    };
    const deduper = createWebhookDeduper({ store, ttlMs: 5_000, key: (e) => (e.id ? `gigstack:${e.id}` : undefined) });
    expect(await deduper.claim(event("evt_1"))).toBe(true);
    expect(await deduper.claim(event("evt_1"))).toBe(false);
    expect(store.claim).toHaveBeenCalledWith("gigstack:evt_1", 5_000);
    await deduper.release(event("evt_1"));
    expect(store.release).toHaveBeenCalledWith("gigstack:evt_1");
    expect(await deduper.claim(event("evt_1"))).toBe(true);
  });
});
