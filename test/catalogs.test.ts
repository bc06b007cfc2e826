// The SAT catalogue tables against the spec's enums (so the two cannot drift apart), their zod
// enums against their codes, and the internal consistency of the rule data.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import type { components } from "../generated/types.js";
import * as catalogs from "../src/catalogs.js";
import {
  CANCELLATION_MOTIVES,
  CFDI_USES,
  catalogCodes,
  catalogEntry,
  GLOBAL_PERIODICITIES,
  MONTHS,
  PAYMENT_FORMS,
  PAYMENT_METHODS,
  RELATIONSHIP_TYPES,
  TAX_SYSTEMS,
} from "../src/catalogs.js";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "../src/webhooks.js";
import * as zodSchemas from "../src/zod.js";
import { WebhookEventTypeSchema } from "../src/zod.js";

type Schemas = components["schemas"];
const specSchemas = parse(readFileSync(new URL("../openapi/gigstack-v2.yaml", import.meta.url), "utf8")).components
  .schemas as Record<string, { enum?: string[] }>;

// Spec schema name → table; the zod enum of each table is exported as `${name}Schema` from
// gigstack-ts/zod (src/zod.ts), and not from gigstack-ts/catalogs.
const tables = {
  TaxSystem: TAX_SYSTEMS,
  PaymentForm: PAYMENT_FORMS,
  CfdiUse: CFDI_USES,
  PaymentMethod: PAYMENT_METHODS,
  Month: MONTHS,
  GlobalPeriodicity: GLOBAL_PERIODICITIES,
  RelationshipType: RELATIONSHIP_TYPES,
  CancellationMotive: CANCELLATION_MOTIVES,
} as const;

describe("catalogue tables equal the spec's enums", () => {
  it.each(Object.entries(tables))("%s", (name, table) => {
    expect(specSchemas[name]?.enum, name).toEqual(table.map((row) => row.code));
  });

  it("WebhookEventType", () => {
    expect(specSchemas.WebhookEventType?.enum).toEqual([...WEBHOOK_EVENT_TYPES]);
  });

  it("and the literal unions equal the generated spec types", () => {
    expectTypeOf<catalogs.TaxSystem>().toEqualTypeOf<Schemas["TaxSystem"]>();
    expectTypeOf<catalogs.PaymentForm>().toEqualTypeOf<Schemas["PaymentForm"]>();
    expectTypeOf<catalogs.CfdiUse>().toEqualTypeOf<Schemas["CfdiUse"]>();
    expectTypeOf<catalogs.PaymentMethod>().toEqualTypeOf<Schemas["PaymentMethod"]>();
    expectTypeOf<catalogs.Month>().toEqualTypeOf<Schemas["Month"]>();
    expectTypeOf<catalogs.GlobalPeriodicity>().toEqualTypeOf<Schemas["GlobalPeriodicity"]>();
    expectTypeOf<catalogs.RelationshipType>().toEqualTypeOf<Schemas["RelationshipType"]>();
    expectTypeOf<catalogs.CancellationMotive>().toEqualTypeOf<Schemas["CancellationMotive"]>();
    expectTypeOf<WebhookEventType>().toEqualTypeOf<Schemas["WebhookEventType"]>();
  });
});

describe("zod enums are built from the tables", () => {
  const rejected: Record<keyof typeof tables, string> = {
    TaxSystem: "609",
    PaymentForm: "07",
    CfdiUse: "P01",
    PaymentMethod: "PIP",
    Month: "19",
    GlobalPeriodicity: "06",
    RelationshipType: "08",
    CancellationMotive: "05",
  };
  it.each(Object.entries(tables))("%sSchema accepts every code and nothing else", (name, table) => {
    const schema = (zodSchemas as unknown as Record<string, { safeParse(v: unknown): { success: boolean } }>)[
      `${name}Schema`
    ];
    expect(schema, `${name}Schema`).toBeDefined();
    expect(`${name}Schema` in catalogs, `${name}Schema in catalogs`).toBe(false);
    for (const { code } of table) expect(schema?.safeParse(code).success, code).toBe(true);
    for (const bad of [rejected[name as keyof typeof tables], "", 3, null]) {
      expect(schema?.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("WebhookEventTypeSchema", () => {
    for (const t of WEBHOOK_EVENT_TYPES) expect(WebhookEventTypeSchema.safeParse(t).success).toBe(true);
    expect(WebhookEventTypeSchema.safeParse("client.created").success).toBe(false);
  });
});

describe("table data", () => {
  it.each(Object.entries(tables))("%s has unique, non-empty codes and descriptions", (_name, table) => {
    const codes = table.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const row of table) expect(row.description.length).toBeGreaterThan(0);
  });

  it("every tax regime applies to at least one person type", () => {
    for (const r of TAX_SYSTEMS) expect(r.fisica || r.moral, r.code).toBe(true);
  });

  it("each CFDI use lists only known regimes, each held by a person type the use is for", () => {
    for (const use of CFDI_USES) {
      expect(use.regimes.length, use.code).toBeGreaterThan(0);
      for (const code of use.regimes) {
        const regime = catalogEntry(TAX_SYSTEMS, code);
        expect(regime, `${use.code} → ${code}`).toBeDefined();
        expect((regime?.fisica && use.fisica) || (regime?.moral && use.moral), `${use.code} → ${code}`).toBe(true);
      }
    }
  });

  it("PPD needs payment form 99, PUE nothing; 01 is the only motive needing a substitution", () => {
    expect(PAYMENT_METHODS.map((m) => [m.code, m.requiredPaymentForm])).toEqual([
      ["PUE", null],
      ["PPD", "99"],
    ]);
    expect(CANCELLATION_MOTIVES.filter((m) => m.requiresSubstitution).map((m) => m.code)).toEqual(["01"]);
  });

  it("months 13–18 and only periodicity 05 are bimonthly", () => {
    expect(MONTHS.filter((m) => m.bimonthly).map((m) => m.code)).toEqual(["13", "14", "15", "16", "17", "18"]);
    expect(GLOBAL_PERIODICITIES.filter((p) => p.bimonthly).map((p) => p.code)).toEqual(["05"]);
  });
});

describe("helpers", () => {
  it("catalogCodes keeps order and literal types", () => {
    const codes = catalogCodes(PAYMENT_METHODS);
    expect(codes).toEqual(["PUE", "PPD"]);
    expectTypeOf(codes).toEqualTypeOf<readonly ["PUE", "PPD"]>();
  });

  it("catalogEntry finds a row by code and ignores anything else", () => {
    expect(catalogEntry(TAX_SYSTEMS, "616")?.description).toBe("Sin obligaciones fiscales");
    expect(catalogEntry(TAX_SYSTEMS, "609")).toBeUndefined();
    expect(catalogEntry(TAX_SYSTEMS, 616)).toBeUndefined();
    expect(catalogEntry(CFDI_USES, undefined)).toBeUndefined();
  });
});
