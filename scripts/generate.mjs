// Regenerates generated/ from the spec (npm run generate). Deterministic: the same spec gives
// byte-identical files, so `npm test` can fail when generated/ is stale.
//   generated/types.ts       openapi-typescript path and component types (openapi-fetch's input)
//   generated/zod/zod.gen.ts zod/mini schemas (@hey-api/openapi-ts zod plugin)
//   generated/operations.ts  every operation as data: method, path, params, body kind, list kind
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = `${root}openapi/gigstack-v2.yaml`;
// --check: generate into a temporary folder and fail if generated/ differs (npm test runs this).
const check = process.argv.includes("--check");
const committed = `${root}generated`;
const out = check ? mkdtempSync(`${tmpdir()}/gigstack-generated-`) : committed;
const banner = "// Generated from openapi/gigstack-v2.yaml by scripts/generate.mjs. Do not edit.\n";
const started = performance.now();

mkdirSync(out, { recursive: true });

// 1. Types for openapi-fetch.
// Uploads: a `format: binary` part is a Blob (a File is one), not the default `string`.
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const ast = await openapiTS(new URL(`file://${specPath}`), {
  alphabetize: false,
  // A field with a default is optional to send; the server fills it in.
  defaultNonNullable: false,
  transform: (schema) => (schema.format === "binary" ? BLOB : undefined),
});
writeFileSync(`${out}/types.ts`, banner + astToString(ast));

// 2. zod/mini schemas, so that the SDK's validators are never written twice by hand.
rmSync(`${out}/zod`, { recursive: true, force: true });
await createClient({
  input: specPath,
  output: { path: `${out}/zod`, indexFile: false, postProcess: [], clean: true },
  plugins: [{ name: "zod", compatibilityVersion: "mini", dates: { offset: true } }],
  logs: { level: "silent" },
});

// 3. The operation table the client is built from.
const spec = parse(readFileSync(specPath, "utf8"));
const resolve = (p) =>
  p.$ref
    ? p.$ref
        .split("/")
        .slice(1)
        .reduce((o, k) => o[k], spec)
    : p;
const ops = {};
const dataSchema = (schema) => {
  const s = resolve(schema ?? {});
  if (s.properties?.data) return resolve(s.properties.data);
  for (const part of s.allOf ?? []) {
    const found = dataSchema(part);
    if (found && Object.keys(found).length) return found;
  }
  return undefined;
};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!["get", "put", "post", "delete", "patch"].includes(method)) continue;
    const params = (op.parameters ?? []).map(resolve);
    const content = op.requestBody?.content ?? {};
    const success = Object.entries(op.responses).find(([code]) => code.startsWith("2"));
    const successSchema = success?.[1]?.content?.["application/json"]?.schema;
    const json = JSON.stringify(successSchema ?? {});
    const envelope = /Envelope"/.test(json) ? "data" : "raw";
    // How a list pages: cursor (`next`/`has_more`), page numbers (search, CFDI errors), or one page.
    const list = json.includes("/ListEnvelope")
      ? "cursor"
      : /\/(Search|PageList)Envelope/.test(json)
        ? "page"
        : envelope === "data" && dataSchema(successSchema)?.type === "array"
          ? "single"
          : false;
    const multipart = content["multipart/form-data"]?.schema && resolve(content["multipart/form-data"].schema);
    ops[op.operationId] = {
      method: method.toUpperCase(),
      path,
      tag: op.tags[0],
      pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
      query: params.filter((p) => p.in === "query").map((p) => p.name),
      headers: params.filter((p) => p.in === "header").map((p) => p.name),
      body: content["application/json"] ? "json" : multipart ? "multipart" : "none",
      bodyRequired: Boolean(op.requestBody?.required),
      // Multipart parts: which are files, which are required (zod cannot check Blobs from the spec).
      ...(multipart && {
        parts: Object.fromEntries(
          Object.entries(multipart.properties).map(([k, v]) => [k, resolve(v).format === "binary" ? "file" : "text"]),
        ),
        requiredParts: multipart.required ?? [],
      }),
      list,
      envelope,
    };
  }
}
const sorted = Object.fromEntries(Object.entries(ops).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  `${out}/operations.ts`,
  `${banner}export const operations = ${JSON.stringify(sorted, null, 2)} as const;\n\nexport type OperationId = keyof typeof operations;\n`,
);
// 4. Maps from operationId to its zod schemas, in two files so that a bundle that never
// validates responses does not carry the response schemas.
const zodSource = readFileSync(`${out}/zod/zod.gen.ts`, "utf8");
const zodNames = new Set([...zodSource.matchAll(/^export const (z\w+)/gm)].map((m) => m[1]));
const pascal = (id) => id[0].toUpperCase() + id.slice(1);
const pick = (id, parts) =>
  parts.map((p) => [p.toLowerCase(), `z${pascal(id)}${p}`]).filter(([, n]) => zodNames.has(n));
const emitMap = (name, parts, multipartBody) => {
  const imports = new Set();
  const rows = Object.keys(sorted).map((id) => {
    const fields = pick(id, parts).filter(([k]) => !(multipartBody && k === "body" && sorted[id].body === "multipart"));
    for (const [, n] of fields) imports.add(n);
    return `  ${id}: { ${fields.map(([k, n]) => `${k}: ${n}`).join(", ")} },`;
  });
  return `${banner}import { ${[...imports].sort().join(", ")} } from "./zod/zod.gen.js";\n\nexport const ${name} = {\n${rows.join("\n")}\n};\n`;
};
// Multipart bodies are checked from operations.ts instead: zod's schema says `string` for files.
writeFileSync(`${out}/request-schemas.ts`, emitMap("requestSchemas", ["Body", "Path", "Query"], true));
writeFileSync(`${out}/response-schemas.ts`, emitMap("responseSchemas", ["Response"], false));

if (check) {
  const list = (dir, pre = "") =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? list(`${dir}/${e.name}`, `${pre}${e.name}/`) : [`${pre}${e.name}`]))
      .sort();
  const read = (dir, f) => {
    try {
      return readFileSync(`${dir}/${f}`, "utf8");
    } catch {
      return undefined;
    }
  };
  const files = [...new Set([...list(out), ...list(committed)])];
  const stale = files.filter((f) => read(out, f) !== read(committed, f));
  rmSync(out, { recursive: true, force: true });
  if (stale.length) {
    console.error(`generated/ is stale (run npm run generate and commit): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log("generated/ is up to date with the spec");
  process.exit(0);
}
console.log(`generated ${Object.keys(ops).length} operations in ${Math.round(performance.now() - started)} ms`);
