// The spec against the reference and against Prism: every operation exists as documented, its
// request example is a valid request, and every declared response example is served as is.

import { existsSync, readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { operations } from "../generated/operations.js";
import {
  exampleRequest,
  REFERENCE,
  REFERENCE_SNAPSHOT,
  referenceOperations,
  resolve,
  spec,
  specOperations,
} from "./support/spec.js";

const base = inject("prismUrl");
const byId = new Map(specOperations.map((o) => [o.operationId, o]));

describe("spec covers the reference", () => {
  it.skipIf(!existsSync(REFERENCE))("the committed snapshot of the reference's operations is the reference's", () => {
    expect(JSON.parse(readFileSync(REFERENCE_SNAPSHOT, "utf8"))).toEqual(JSON.parse(readFileSync(REFERENCE, "utf8")));
  });

  it("has every seed operation with its method and path", () => {
    const seed = referenceOperations.filter((o) => o.seed);
    expect(seed).toHaveLength(63);
    for (const ref of seed) {
      const o = byId.get(ref.operationId);
      expect(o, ref.operationId).toBeDefined();
      expect(`${o?.method} ${o?.path}`, ref.operationId).toBe(`${ref.method} ${ref.path}`);
      expect(o?.op.tags?.[0], ref.operationId).toBe(ref.group);
      expect(o?.op.summary, ref.operationId).toBeTruthy();
    }
  });

  it("has every beyond-seed operation too, and nothing the reference does not know", () => {
    for (const ref of referenceOperations) {
      expect(`${byId.get(ref.operationId)?.method} ${byId.get(ref.operationId)?.path}`).toBe(
        `${ref.method} ${ref.path}`,
      );
    }
    expect(specOperations.map((o) => o.operationId).sort()).toEqual(
      referenceOperations.map((o) => o.operationId).sort(),
    );
  });

  it("the operation table the client is built from (stored compactly, decoded on load) says what the spec says", () => {
    expect(Object.keys(operations).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
    for (const o of specOperations) {
      const op = operations[o.operationId as keyof typeof operations] as Record<string, unknown>;
      const content = o.op.requestBody?.content ?? {};
      const multipart = content["multipart/form-data"] && resolve(content["multipart/form-data"].schema);
      expect(op, o.operationId).toMatchObject({
        method: o.method,
        path: o.path,
        // In the spec's order: the methods take path ids positionally.
        pathParams: o.parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: o.parameters.filter((p) => p.in === "query").map((p) => p.name),
        body: content["application/json"] ? "json" : multipart ? "multipart" : "none",
        bodyRequired: Boolean(o.op.requestBody?.required),
      });
      if (multipart) {
        expect(Object.keys(op.parts as object), o.operationId).toEqual(Object.keys(multipart.properties));
        expect(op.requiredParts, o.operationId).toEqual(multipart.required ?? []);
      } else expect(op.parts, o.operationId).toBeUndefined();
    }
  });

  it("takes the Connect `team` query parameter on every operation", () => {
    for (const o of specOperations) {
      const team = o.parameters.find((p) => p.in === "query" && p.name === "team");
      expect(team, o.operationId).toEqual(resolve({ $ref: "#/components/parameters/Team" }));
    }
  });

  it("declares 401, 403, 429 and 500 error responses with the error envelope on every operation", () => {
    for (const o of specOperations) {
      for (const code of ["401", "403", "429", "500"]) {
        const media = resolve(o.op.responses[code])?.content?.["application/json"];
        expect(media?.schema, `${o.operationId} ${code}`).toEqual({ $ref: "#/components/schemas/ErrorEnvelope" });
      }
    }
  });

  it("gives every request body an example (JSON and multipart)", () => {
    for (const o of specOperations) {
      for (const media of Object.values(o.op.requestBody?.content ?? {}) as {
        example?: unknown;
        examples?: unknown;
      }[]) {
        expect(media.example ?? media.examples, o.operationId).toBeDefined();
      }
    }
  });

  it("declares every required property beside its `required` (codegen ignores it otherwise)", () => {
    const misplaced: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== "object") return;
      const n = node as { required?: unknown; properties?: Record<string, unknown>; type?: unknown; in?: unknown };
      if (Array.isArray(n.required) && n.in === undefined) {
        for (const name of n.required) if (!n.properties?.[name]) misplaced.push(`${at}: ${name}`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    walk(spec.components.schemas, "#/components/schemas");
    walk(spec.paths, "#/paths");
    expect(misplaced).toEqual([]);
  });

  it("requests take a `use` as c_UsoCFDI plus P01 (CfdiUseInput), and only that", () => {
    const input = spec.components.schemas.CfdiUseInput;
    expect(input.anyOf[0]).toEqual({ $ref: "#/components/schemas/CfdiUse" });
    expect(input.anyOf[1].enum).toEqual(["P01"]);
    // The SAT catalogue itself stays CFDI 4.0's: P01 is the docs' and n8n's, not the SAT's.
    expect(spec.components.schemas.CfdiUse.enum).not.toContain("P01");
    // Every `use` a request body can carry is that schema (or it, or null, to clear it).
    const uses: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      const n = node as { $ref?: string; properties?: Record<string, unknown> };
      if (n.$ref) {
        walk(resolve(n), n.$ref);
        return;
      }
      if (n.properties?.use) uses.push(`${at}: ${JSON.stringify(n.properties.use)}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    };
    for (const o of specOperations) walk(o.op.requestBody, o.operationId);
    expect(uses.length).toBeGreaterThan(4);
    for (const u of uses) expect(u).toContain('"#/components/schemas/CfdiUseInput"');
  });

  it("says why it refuses what it refuses: x-validation-policy and x-evidence", () => {
    expect(spec.info["x-validation-policy"]).toContain("Dropped or loosened");
    for (const name of [
      "InvoiceItemInput",
      "CfdiUseInput",
      "PaymentAutomationType",
      "ClientCreateInput",
      "TaxSystem",
    ]) {
      expect(spec.components.schemas[name]["x-evidence"], name).toBeTruthy();
    }
  });

  it("leaves out the Petstore template leftovers", () => {
    for (const name of ["Pet", "Category", "Tag", "Order", "ApiResponse", "UserArray"]) {
      expect(spec.components.schemas[name]).toBeUndefined();
    }
  });
});

describe.each(specOperations.map((o) => [o.operationId, o] as const))("%s against Prism", (_id, o) => {
  const codes = Object.keys(o.op.responses);

  it("accepts the example request", async () => {
    const res = await fetch(exampleRequest(o, base));
    const body = await res.text();
    expect(res.headers.get("sl-violations"), body).toBeNull();
    expect(res.status, body).toBe(Number(codes.find((c) => c.startsWith("2"))));
  });

  it.each(codes)("serves the %s example without violations", async (code) => {
    const req = exampleRequest(o, base);
    req.headers.set("prefer", `code=${code}`);
    const res = await fetch(req);
    const text = await res.text();
    expect(res.headers.get("sl-violations"), text).toBeNull();
    expect(res.status, text).toBe(Number(code));
    const media = resolve(o.op.responses[code]).content?.["application/json"];
    if (media?.example !== undefined) expect(JSON.parse(text)).toEqual(media.example);
  });

  it("answers 401 without a bearer token", async () => {
    const res = await fetch(exampleRequest(o, base, false));
    expect(res.status).toBe(401);
  });
});
