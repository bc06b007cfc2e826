// Reads the spec and builds, for each operation, the request its examples describe.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { SPEC_PATH } from "../../scripts/prism.mjs";

// biome-ignore lint/suspicious/noExplicitAny: a parsed YAML document is untyped by nature.
type Json = any;

export const spec: Json = parse(readFileSync(SPEC_PATH, "utf8"));

/**
 * The reference's operation list (../shared/reference/operations.json), as committed here so that
 * the tests run from a bare clone; spec.test.ts checks it still equals the reference when the
 * reference sits beside the repository.
 */
export const REFERENCE_SNAPSHOT = new URL("../fixtures/reference-operations.json", import.meta.url);
export const REFERENCE = new URL("../../../shared/reference/operations.json", import.meta.url);
export const referenceOperations: {
  group: string;
  method: string;
  path: string;
  operationId: string;
  seed: boolean;
  requestBody: string;
}[] = JSON.parse(readFileSync(REFERENCE_SNAPSHOT, "utf8"));

export function resolve(node: Json): Json {
  if (!node?.$ref) return node;
  return resolve(
    node.$ref
      .split("/")
      .slice(1)
      .reduce((o: Json, k: string) => o[k.replace(/~1/g, "/")], spec),
  );
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  op: Json;
  parameters: Json[];
}

export const specOperations: SpecOperation[] = Object.entries(spec.paths as Record<string, Json>).flatMap(
  ([path, item]) =>
    Object.entries(item as Record<string, Json>)
      .filter(([m]) => ["get", "post", "put", "patch", "delete"].includes(m))
      .map(([method, op]) => ({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        op,
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve),
      })),
);

/** A value for a parameter: its example, else one that fits its schema. */
export function exampleOf(param: Json): string {
  const s = resolve(param.schema ?? {});
  const v = param.example ?? s.example ?? s.examples?.[0] ?? s.default ?? s.enum?.[0];
  if (v !== undefined) return String(v);
  if (s.format === "uuid" || /idempotency/i.test(param.name)) return "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90";
  return `${param.name}_example1`;
}

/** The JSON example of an operation's request body, if it has one. */
export function bodyExample(o: SpecOperation): unknown {
  const media = o.op.requestBody?.content?.["application/json"];
  if (!media) return undefined;
  return media.example ?? Object.values(media.examples ?? {}).map((e: Json) => resolve(e).value)[0];
}

/** Multipart parts for an upload: a tiny PDF-looking Blob for each file part, examples for text. */
export function multipartParts(o: SpecOperation): Record<string, unknown> | undefined {
  const media = o.op.requestBody?.content?.["multipart/form-data"];
  if (!media) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(resolve(media.schema).properties ?? {}) as [string, Json][]) {
    const prop = resolve(raw);
    const type = media.encoding?.[name]?.contentType?.split(",")[0]?.trim() ?? "application/octet-stream";
    out[name] =
      prop.format === "binary"
        ? new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type })
        : String(prop.example ?? prop.examples?.[0] ?? prop.enum?.[0] ?? "secret-value");
  }
  return out;
}

function multipartExample(schema: Json, encoding: Json): FormData {
  const form = new FormData();
  const s = resolve(schema);
  for (const [name, raw] of Object.entries(s.properties ?? {}) as [string, Json][]) {
    const prop = resolve(raw);
    if (prop.format === "binary" || prop.contentMediaType) {
      const type = encoding?.[name]?.contentType?.split(",")[0]?.trim() ?? "application/octet-stream";
      form.append(name, new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type }), `${name}.bin`);
    } else {
      form.append(name, String(prop.example ?? prop.examples?.[0] ?? prop.enum?.[0] ?? "secret-value"));
    }
  }
  return form;
}

/** The request an operation's examples describe: path and required params filled, example body. */
export function exampleRequest(o: SpecOperation, base: string, auth = true): Request {
  let path = o.path;
  const query = new URLSearchParams();
  const headers = new Headers();
  for (const p of o.parameters) {
    if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(exampleOf(p)));
    else if (p.in === "query" && p.required) query.set(p.name, exampleOf(p));
    else if (p.in === "header" && p.required) headers.set(p.name, exampleOf(p));
  }
  if (auth) headers.set("authorization", "Bearer test_key");
  let body: BodyInit | undefined;
  const content = o.op.requestBody?.content ?? {};
  if (content["application/json"]) {
    const media = content["application/json"];
    const example = media.example ?? Object.values(media.examples ?? {}).map((e: Json) => resolve(e).value)[0];
    if (example !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(example);
    }
  } else if (content["multipart/form-data"]) {
    const media = content["multipart/form-data"];
    body = multipartExample(media.schema, media.encoding);
  }
  const qs = query.toString();
  return new Request(`${base}${path}${qs ? `?${qs}` : ""}`, { method: o.method, headers, body: body ?? null });
}
