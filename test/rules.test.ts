// The core checks requests with the compact rules of generated/request-rules.ts, compiled from
// the request zod schemas by scripts/compile-rules.mjs. Property: for every operation's body
// and query, the rules and the zod schema give the same verdict on the same value, and refuse
// it at the same places. Values: the spec's example mutated at random places with anything
// JavaScript has (Dates, Maps, boxed values and BigInts included), or anything at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { nodes, requestRules } from "../generated/request-rules.js";
import { requestSchemas } from "../generated/request-schemas.js";
import { ruleIssues } from "../src/rules.js";
import { bodies } from "./support/bodies.js";
import { bodyExample, exampleOf, resolve, type SpecOperation, specOperations } from "./support/spec.js";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const SEED = process.env.PROPERTY_SEED === "random" ? undefined : Number(process.env.PROPERTY_SEED ?? 20_261_127) | 0;

type Schema = z.core.$ZodType;
const schemasOf = requestSchemas as Record<string, { body?: Schema; query?: Schema }>;

/** The places zod refuses a value at, as strings, sorted and deduplicated. */
function zodPlaces(schema: Schema, value: unknown): string[] | null | "throws" {
  let result: ReturnType<typeof z.safeParse>;
  try {
    result = z.safeParse(schema, value);
  } catch (err) {
    // zod throws (rather than reporting) when an intersection's two results cannot be merged,
    // e.g. a Map where an object is expected; the rules must refuse such a value.
    if (String(err).includes("Unmergable intersection")) return "throws";
    throw err;
  }
  if (result.success) return null;
  return [...new Set(result.error.issues.map((i) => JSON.stringify(i.path.map(String))))].sort();
}

function rulePlaces(index: number, value: unknown): string[] | null {
  const issues = ruleIssues(nodes, index, value);
  if (!issues.length) return null;
  return [...new Set(issues.map((i) => JSON.stringify(i.path.map(String))))].sort();
}

/** A query the spec allows: every parameter but `team`, at its example (typed as the schema says). */
function queryExample(o: SpecOperation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const p of o.parameters.filter((x) => x.in === "query" && x.name !== "team")) {
    const s = resolve(p.schema ?? {});
    const given = p.example ?? s.example ?? s.examples?.[0] ?? s.default ?? s.enum?.[0];
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    query[p.name] = given ?? (type === "integer" || type === "number" ? 1 : type === "boolean" ? true : exampleOf(p));
  }
  return query;
}

const parts = Object.entries(schemasOf).flatMap(([id, s]) =>
  (["body", "query"] as const).filter((part) => s[part]).map((part) => [id, part] as const),
);

describe("request rules say what the zod schemas say", () => {
  it("every zod request schema has its compiled rule, and nothing else does", () => {
    expect(parts.length).toBeGreaterThanOrEqual(60);
    const compiled = Object.entries(requestRules).flatMap(([id, r]) => Object.keys(r).map((part) => `${id}.${part}`));
    expect(compiled.sort()).toEqual(parts.map(([id, part]) => `${id}.${part}`).sort());
  });

  it.each(parts)("%s %s", (id, part) => {
    const schema = schemasOf[id]?.[part] as Schema;
    const index = requestRules[id]?.[part] as number;
    const o = specOperations.find((x) => x.operationId === id) as SpecOperation;
    const example = part === "body" ? bodyExample(o) : queryExample(o);
    const values = bodies(example, true);
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(values, (value) => {
        const expected = zodPlaces(schema, value);
        if (expected === "throws") expect(rulePlaces(index, value)).not.toBeNull();
        else expect(rulePlaces(index, value)).toEqual(expected);
        // Each issue once (both sides of an intersection check a shared field).
        const said = ruleIssues(nodes, index, value).map((i) => JSON.stringify([i.path, i.message]));
        expect(said).toEqual([...new Set(said)]);
        verdicts[expected ? "invalid" : "valid"]++;
      }),
      { numRuns: RUNS, examples: [[example]], ...(SEED !== undefined && { seed: SEED }) },
    );
    // Both verdicts occur, so the comparison is not between two refusals (or two passes) only.
    expect(verdicts.valid, JSON.stringify(verdicts)).toBeGreaterThan(0);
    expect(verdicts.invalid, JSON.stringify(verdicts)).toBeGreaterThan(0);
  });

  it("can fail: a rule that lost a check disagrees with zod", () => {
    const index = requestRules.createClient?.body as number;
    const broken = structuredClone(nodes) as unknown[][];
    // Drop every check on strings (patterns, formats, lengths).
    for (const node of broken) if (node[0] === "s") node[1] = [];
    const value = { name: "Kemper", email: "not-an-email", tax_id: "nope" };
    expect(zodPlaces(schemasOf.createClient?.body as Schema, value)).not.toBeNull();
    expect(ruleIssues(broken, index, value)).toEqual([]);
  });
});
