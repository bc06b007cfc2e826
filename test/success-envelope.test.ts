// A 2xx says `success: true` or nothing (reference §1.5, §6 #2): the SDK raises a 2xx with
// `success: false` as an API error, so a spec that let `success` be any boolean made Prism's
// dynamic mock (`Prefer: dynamic=true`) answer "failed" 200s and most calls through it throw.
// Only importInvoiceXml reports failure inside a 200 ([cli-next]), and only it may say `false`.
import { describe, expect, inject, it } from "vitest";
import { Gigstack } from "../src/index.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { argsFor, method } from "./support/sdk.js";
import { resolve, type SpecOperation, specOperations } from "./support/spec.js";

// biome-ignore lint/suspicious/noExplicitAny: walking parsed YAML.
type Json = any;

/** Every schema a response body's top-level `success` can take, through $ref and allOf/anyOf/oneOf. */
function successSchemas(schema: Json, seen = new Set<Json>()): Json[] {
  const s = resolve(schema);
  if (!s || typeof s !== "object" || seen.has(s)) return [];
  seen.add(s);
  const own = s.properties?.success ? [resolve(s.properties.success)] : [];
  const branches = [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  return [...own, ...branches.flatMap((b: Json) => successSchemas(b, seen))];
}

function successResponses(o: SpecOperation): [string, Json][] {
  return Object.entries(o.op.responses as Record<string, Json>)
    .filter(([code]) => code.startsWith("2"))
    .map(([code, r]) => [code, resolve(r).content?.["application/json"]?.schema])
    .filter((e): e is [string, Json] => e[1] !== undefined);
}

const acceptsOnlyTrue = (s: Json) =>
  s.const === true || (Array.isArray(s.enum) && s.enum.length === 1 && s.enum[0] === true);

describe("`success` on a 2xx", () => {
  it("is `true` only, on every operation but importInvoiceXml", () => {
    const loose: string[] = [];
    let checked = 0;
    for (const o of specOperations) {
      if (o.operationId === "importInvoiceXml") continue;
      for (const [code, schema] of successResponses(o)) {
        for (const s of successSchemas(schema)) {
          checked++;
          if (!acceptsOnlyTrue(s)) loose.push(`${o.operationId} ${code}: ${JSON.stringify(s)}`);
        }
      }
    }
    expect(loose).toEqual([]);
    // Not vacuous: nearly every operation's 2xx carries an envelope with `success`.
    expect(checked).toBeGreaterThan(100);
  });

  it("may be `false` on importInvoiceXml's 200 (files not imported), which has its own envelope", () => {
    const o = specOperations.find((s) => s.operationId === "importInvoiceXml") as SpecOperation;
    const [[code, schema]] = successResponses(o) as [[string, Json]];
    expect(code).toBe("200");
    const schemas = successSchemas(schema);
    expect(schemas).toHaveLength(1);
    expect(schemas[0].type).toBe("boolean");
    expect(schemas[0].const).toBeUndefined();
    expect(resolve(o.op.responses["200"]).content["application/json"].example.success).toBe(false);
  });
});

describe("the SDK against Prism's dynamic mock", () => {
  const baseUrl = inject("prismUrl");
  // A single object, a cursor list, a search page and a page-numbered list: each envelope kind.
  const ops = ["getClient", "listClients", "searchClients", "listCfdiErrors"];
  const seeds = [1, 2, 3, 4, 5];

  it.each(ops.flatMap((id) => seeds.map((seed) => [id, seed] as const)))(
    "%s answers data for seed=%i",
    async (opId, seed) => {
      const log: Exchange[] = [];
      const g = new Gigstack({ apiKey: "sk_test_dynamic", baseUrl, fetch: recordingFetch(log) });
      const o = specOperations.find((s) => s.operationId === opId) as SpecOperation;
      const args = argsFor(o, { options: { headers: { Prefer: `dynamic=true, seed=${seed}` } } });
      const value = await Promise.resolve(method(g, opId)(...args)).catch((e: unknown) => e);
      expect(log).toHaveLength(1);
      const [sent] = log as [Exchange];
      expect(sent.headers.get("prefer")).toBe(`dynamic=true, seed=${seed}`);
      expect(sent.status, sent.body).toBeLessThan(300);
      expect(value, sent.body).not.toBeInstanceOf(Error);
    },
  );
});
