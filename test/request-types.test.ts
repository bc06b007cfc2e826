// The request side has no type holes: no request body or query reaches `unknown` (an untyped
// value, an array without an item schema, an object open to any key) except where the allowlist
// below says why. Walked twice: over the spec's schemas (what generated/types.ts is made from)
// and over the generated zod request schemas (what local validation checks).
import { describe, expect, it } from "vitest";
import { requestSchemas } from "../generated/request-schemas.js";
import { resolve, specOperations } from "./support/spec.js";

// biome-ignore lint/suspicious/noExplicitAny: walking parsed YAML and zod internals.
type Json = any;

/**
 * Every place a request may carry an untyped value, as the spec walk names it (`#Schema.path`
 * inside a named schema, `operationId.path` inline), with the reason it is open. A hole not
 * listed fails the test; a listed one that no longer exists fails it too.
 */
const ALLOWED: Record<string, string> = {
  "#Metadata{*}: any key": "metadata is the integrator's free-form key/value store (docs, n8n)",
  "#PaymentComplementInvoiceInput{*}: any key":
    "the payment-complement body is undocumented (reference §7 gap 13): CLI-next passes a caller-written body through",
  "#PaymentComplementInvoiceInput.invoices[]{*}: any key": "same: the related-invoice shape is a guess, kept open",
  "#TransferInvoiceInput{*}: any key": "the transfer-invoice body is undocumented (§2.10): CLI-next passes it through",
  "#TeamSettingsInput.local_taxes[]{*}: any key": "local (state) tax lines: shape not documented (§3.11)",
  "#TeamInvitationResendInput{*}: any key": "CLI-next sends `{}`; no field is known",
};

/** Holes under one schema; named schemas are walked once, their holes named after them. */
function specHoles(node: Json, at: string, out: Set<string>, seen: Set<string>): void {
  if (!node || typeof node !== "object") return;
  if (node.$ref) {
    const name = node.$ref.split("/").pop();
    if (seen.has(name)) return;
    seen.add(name);
    specHoles(resolve(node), `#${name}`, out, seen);
    return;
  }
  const combos = ["allOf", "anyOf", "oneOf"].filter((k) => node[k]);
  for (const k of combos) for (const part of node[k]) specHoles(part, at, out, seen);
  const types = [node.type].flat().filter(Boolean);
  if (!types.length && !combos.length && !node.enum && node.const === undefined && !node.properties) {
    out.add(`${at}: untyped`);
  }
  if (types.includes("array")) {
    if (!node.items) out.add(`${at}[]: untyped`);
    else specHoles(node.items, `${at}[]`, out, seen);
  }
  for (const [k, v] of Object.entries(node.properties ?? {})) specHoles(v, `${at}.${k}`, out, seen);
  // An object with no properties at all is open too (zod makes it a record of unknown).
  const bare =
    types.includes("object") && !node.properties && !combos.length && node.additionalProperties === undefined;
  if (node.additionalProperties === true || bare) out.add(`${at}{*}: any key`);
  else if (typeof node.additionalProperties === "object") specHoles(node.additionalProperties, `${at}{*}`, out, seen);
}

function specRequestHoles(): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const o of specOperations) {
    const json = o.op.requestBody?.content?.["application/json"];
    if (json) specHoles(json.schema, `${o.operationId}.body`, out, seen);
    for (const p of o.parameters) if (p.in === "query") specHoles(p.schema, `${o.operationId}?${p.name}`, out, seen);
  }
  return [...out].sort();
}

/** Paths where a zod request schema takes `unknown` or `any`. */
function zodHoles(schema: Json, at: string, out: string[], busy = new Set<unknown>()): void {
  if (!schema || busy.has(schema)) return;
  busy.add(schema);
  const def = schema._zod.def;
  switch (def.type) {
    case "unknown":
    case "any":
      out.push(`${at}: ${def.type}`);
      break;
    case "object":
      for (const [k, v] of Object.entries(def.shape)) zodHoles(v, `${at}.${k}`, out, busy);
      if (def.catchall && def.catchall._zod.def.type !== "never") zodHoles(def.catchall, `${at}{*}`, out, busy);
      break;
    case "array":
      zodHoles(def.element, `${at}[]`, out, busy);
      break;
    case "union":
      for (const option of def.options) zodHoles(option, at, out, busy);
      break;
    case "intersection":
      zodHoles(def.left, at, out, busy);
      zodHoles(def.right, at, out, busy);
      break;
    case "record":
      zodHoles(def.valueType, `${at}{*}`, out, busy);
      break;
    case "optional":
    case "nullable":
    case "default":
      zodHoles(def.innerType, at, out, busy);
      break;
  }
  busy.delete(schema);
}

/** zod's holes are the spec's allowed ones seen from an operation: metadata values and the open bodies. */
const ZOD_ALLOWED = [
  /\.metadata\{\*\}: unknown$/, // #Metadata
  /^updateTeamSettings\.body\.local_taxes\[\]\{\*\}: unknown$/, // #TeamSettingsInput.local_taxes
  /^resendTeamInvitation\.body\{\*\}: unknown$/, // #TeamInvitationResendInput
];

describe("request types have no unexplained `unknown`", () => {
  it("in the spec's request schemas (the generated types)", () => {
    const holes = specRequestHoles();
    expect(holes.filter((h) => !(h in ALLOWED))).toEqual([]);
    expect(Object.keys(ALLOWED).filter((h) => !holes.includes(h))).toEqual([]);
  });

  it("in the generated zod request schemas (local validation)", () => {
    const holes: string[] = [];
    for (const [id, parts] of Object.entries(requestSchemas) as [string, Record<string, unknown>][]) {
      for (const [part, schema] of Object.entries(parts)) zodHoles(schema, `${id}.${part}`, holes);
    }
    expect(holes.filter((h) => !ZOD_ALLOWED.some((re) => re.test(h)))).toEqual([]);
    for (const re of ZOD_ALLOWED)
      expect(
        holes.some((h) => re.test(h)),
        String(re),
      ).toBe(true);
  });

  it("the walks find a hole when there is one (an `allOf` restatement without its item schema)", () => {
    const out = new Set<string>();
    specHoles(
      {
        allOf: [
          { type: "object", properties: { client: { type: "string" } } },
          { type: "object", properties: { items: { type: "array", minItems: 1 } } },
        ],
      },
      "probe",
      out,
      new Set(),
    );
    expect([...out]).toEqual(["probe.items[]: untyped"]);
  });
});
