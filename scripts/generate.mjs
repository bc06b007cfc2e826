// Regenerates generated/ from the spec (npm run generate). Deterministic: the same spec gives
// byte-identical files, so `npm test` can fail when generated/ is stale.
//   generated/types.ts       openapi-typescript path and component types (openapi-fetch's input)
//   generated/zod/*.gen.ts   zod/mini schemas (@hey-api/openapi-ts zod plugin), split in two:
//                            request.gen.ts (what request validation reaches) and response.gen.ts
//   generated/operations.ts  every operation as data: method, path, params, body kind, list kind
//   generated/request-schemas.ts, response-schemas.ts  operationId -> its zod schemas
//   generated/request-rules.ts  the request schemas compiled to the core's compact rule table
//   generated/methods.ts     named types and explicit method signatures (scripts/generate-methods.mjs,
//                            which also reads src/resources.ts and scripts/docs-pages.json)

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { createClient } from "@hey-api/openapi-ts";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { compileRequestRules, emitRequestRules, verifyRequestRules } from "./compile-rules.mjs";
import { generateMethods } from "./generate-methods.mjs";

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
const heyApiOut = mkdtempSync(`${tmpdir()}/gigstack-zod-`);
await createClient({
  input: specPath,
  output: { path: heyApiOut, indexFile: false, postProcess: [], clean: true },
  plugins: [
    {
      name: "zod",
      compatibilityVersion: "mini",
      dates: { offset: true },
      "~resolvers": {
        // `additionalProperties: false` becomes z.strictObject: the plugin's default z.object
        // lets unknown keys through, and the API (and Prism) would then refuse the request.
        object: (ctx) =>
          ctx.schema.additionalProperties?.type === "never"
            ? ctx.$(ctx.symbols.z).attr("strictObject").call(ctx.nodes.shape(ctx))
            : undefined,
      },
    },
  ],
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
    // data: `data` holds the result; empty: it holds nothing the spec describes (a 204 is fine
    // there); raw: no envelope (headless signup, SAT PDF).
    const envelope = json.includes("/EmptyEnvelope") ? "empty" : /Envelope"/.test(json) ? "data" : "raw";
    // How a list pages: cursor (`next`/`has_more`), page numbers (search, CFDI errors), or one page.
    const list = json.includes("/ListEnvelope")
      ? "cursor"
      : /\/(Search|PageList)Envelope/.test(json)
        ? "page"
        : envelope !== "raw" && dataSchema(successSchema)?.type === "array"
          ? "single"
          : false;
    const multipart = content["multipart/form-data"]?.schema && resolve(content["multipart/form-data"].schema);
    ops[op.operationId] = {
      method: method.toUpperCase(),
      path,
      pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
      query: params.filter((p) => p.in === "query").map((p) => p.name),
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
// The table ships in every app that uses the client, so it is written compactly (a line per
// operation, ~3× smaller than the object literal) and decoded on load; its exact type is
// written beside it, so that the types derived from it (types.ts) keep every literal.
const KINDS = {
  body: ["json", "multipart", "none"],
  list: ["cursor", "page", "single", false],
  envelope: ["data", "empty", "raw"],
};
const encoded = Object.entries(sorted).map(([id, o]) => {
  const flags = `${KINDS.body.indexOf(o.body)}${Number(o.bodyRequired)}${KINDS.list.indexOf(o.list)}${KINDS.envelope.indexOf(o.envelope)}`;
  const parts = o.parts
    ? Object.entries(o.parts)
        .map(([name, kind]) => `${name}${o.requiredParts.includes(name) ? "!" : ""}:${kind}`)
        .join(",")
    : "-";
  for (const word of [id, o.path, ...o.query, parts]) if (/\s/.test(word)) throw new Error(`whitespace in ${word}`);
  return `${id} ${o.method} ${o.path} ${flags} ${o.query.join(",") || "-"} ${parts}`;
});
const literal = (value) => (Array.isArray(value) ? `readonly ${JSON.stringify(value)}` : JSON.stringify(value));
const tableType = Object.entries(sorted)
  .map(
    ([id, o]) =>
      `  ${id}: { ${Object.entries(o)
        .map(([k, v]) => `${k}: ${literal(v)}`)
        .join("; ")} };`,
  )
  .join("\n");
writeFileSync(
  `${out}/operations.ts`,
  `${banner}/** Every operation of the spec as data: what the client needs to call it. */
export interface OperationTable {
${tableType}
}

export type OperationId = keyof OperationTable;

const KINDS = ${JSON.stringify(KINDS)} as const;

/** Reads the table below: \`id METHOD path flags query parts\`, flags = body, bodyRequired, list, envelope. */
function decode(text: string): OperationTable {
  const table: Record<string, unknown> = {};
  for (const line of text.trim().split("\\n")) {
    const [id, method, path, flags, query, parts] = line.split(" ") as [string, string, string, string, string, string];
    const op: Record<string, unknown> = {
      method,
      path,
      pathParams: [...path.matchAll(/\\{(\\w+)\\}/g)].map((m) => m[1]),
      query: query === "-" ? [] : query.split(","),
      body: KINDS.body[Number(flags[0])],
      bodyRequired: flags[1] === "1",
      list: KINDS.list[Number(flags[2])],
      envelope: KINDS.envelope[Number(flags[3])],
    };
    if (parts !== "-") {
      const list = parts.split(",").map((p) => p.split(":") as [string, string]);
      op.parts = Object.fromEntries(list.map(([name, kind]) => [name.replace("!", ""), kind]));
      op.requiredParts = list.filter(([name]) => name.endsWith("!")).map(([name]) => name.slice(0, -1));
    }
    table[id] = op;
  }
  return table as unknown as OperationTable;
}

export const operations: OperationTable = /* @__PURE__ */ decode(\`
${encoded.join("\n")}
\`);
`,
);
// 3b. Named types and the methods' explicit signatures.
writeFileSync(
  `${out}/methods.ts`,
  generateMethods({
    spec,
    ops: sorted,
    resourcesFile: `${root}src/resources.ts`,
    docsPages: JSON.parse(readFileSync(`${root}scripts/docs-pages.json`, "utf8")),
    banner,
  }),
);
// 4. Maps from operationId to its zod schemas. Request validation (always on) needs body and
// query schemas; response validation (opt-in) needs the rest. The plugin writes one module,
// and a bundler keeps a module whole, so it is split into request.gen.ts (everything the
// request schemas reach) and response.gen.ts (the rest, loaded only when responses are checked).
const zodSource = readFileSync(`${heyApiOut}/zod.gen.ts`, "utf8");
rmSync(heyApiOut, { recursive: true, force: true });
// Top-level statements start at column 0 (`export const z…`, with the JSDoc just above it);
// nested lines are indented, so a line-based split is exact for the plugin's output.
const statements = new Map();
let zodHeader = "";
let pending = [];
let current;
for (const line of zodSource.split("\n")) {
  if (line.startsWith("export const z")) {
    current = [...pending, line];
    pending = [];
    statements.set(line.match(/^export const (z\w+)/)[1], current);
  } else if (line.startsWith("/**") || pending.length) {
    pending.push(line);
    if (!line.endsWith("*/")) continue;
  } else if (current) current.push(line);
  else zodHeader += `${line}\n`;
}
for (const [name, lines] of statements) statements.set(name, lines.join("\n").trimEnd());
// The plugin drops `minProperties`; add it back as a check on the component's schema.
const minProperties = new Map();
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  const code = statements.get(`z${name}`);
  if (schema.minProperties === undefined || !code) continue;
  const n = schema.minProperties;
  minProperties.set(`z${name}`, n);
  statements.set(
    `z${name}`,
    `${code.replace(/;$/, "")}.check(z.refine((value) => Object.keys(value).length >= ${n}, { message: "needs at least ${n} field${n === 1 ? "" : "s"}" }));`,
  );
}
const deps = (code) => [...code.replace(/^[\s\S]*?export const z\w+/, "").matchAll(/\bz[A-Z]\w*/g)].map((m) => m[0]);
const pascal = (id) => id[0].toUpperCase() + id.slice(1);
const requestRoots = {};
for (const [id, op] of Object.entries(sorted)) {
  const roots = {};
  // Multipart bodies are checked from operations.ts instead: zod's schema says `string` for files.
  if (op.body === "json" && statements.has(`z${pascal(id)}Body`)) roots.body = `z${pascal(id)}Body`;
  // A query of only `team` needs no schema: the client checks the team itself.
  if (op.query.some((q) => q !== "team") && statements.has(`z${pascal(id)}Query`)) roots.query = `z${pascal(id)}Query`;
  requestRoots[id] = roots;
}
const reached = new Set();
const reach = (name) => {
  if (reached.has(name) || !statements.has(name)) return;
  reached.add(name);
  for (const dep of deps(statements.get(name))) reach(dep);
};
for (const roots of Object.values(requestRoots)) for (const name of Object.values(roots)) reach(name);
const zodHead = `${banner}${zodHeader.replace(/^\/\/.*\n/, "").trim()}\n`;
const requestNames = [...statements.keys()].filter((n) => reached.has(n));
const responseNames = [...statements.keys()].filter((n) => !reached.has(n));
const importsFromRequest = [...new Set(responseNames.flatMap((n) => deps(statements.get(n))))]
  .filter((n) => reached.has(n))
  .sort();
mkdirSync(`${out}/zod`, { recursive: true });
writeFileSync(`${out}/zod/request.gen.ts`, `${zodHead}\n${requestNames.map((n) => statements.get(n)).join("\n\n")}\n`);
writeFileSync(
  `${out}/zod/response.gen.ts`,
  `${zodHead}import { ${importsFromRequest.join(", ")} } from "./request.gen.js";\n\n${responseNames
    .map((n) => statements.get(n))
    .join("\n\n")}\n`,
);
writeFileSync(
  `${out}/zod/index.ts`,
  `${banner}export * from "./request.gen.js";\nexport * from "./response.gen.js";\n`,
);
const emitMap = (name, rows, from) => {
  const imports = [...new Set(rows.flatMap(([, fields]) => Object.values(fields)))].sort();
  const body = rows.map(
    ([id, f]) =>
      `  ${id}: { ${Object.entries(f)
        .map(([k, n]) => `${k}: ${n}`)
        .join(", ")} },`,
  );
  return `${banner}import { ${imports.join(", ")} } from "${from}";\n\nexport const ${name} = {\n${body.join("\n")}\n};\n`;
};
// 5. The core's request validation: the request schemas compiled into a compact rule table.
const compiled = await compileRequestRules(`${out}/zod/request.gen.ts`, requestRoots, minProperties);
writeFileSync(
  `${out}/request-rules.ts`,
  `${banner}// The request zod schemas compiled by scripts/compile-rules.mjs (the format is described there).\n` +
    emitRequestRules(compiled, Object.keys(sorted)),
);
await verifyRequestRules(`${out}/request-rules.ts`, compiled);
writeFileSync(
  `${out}/request-schemas.ts`,
  emitMap("requestSchemas", Object.entries(requestRoots), "./zod/request.gen.js"),
);
writeFileSync(
  `${out}/response-schemas.ts`,
  emitMap(
    "responseSchemas",
    Object.keys(sorted).map((id) => [
      id,
      statements.has(`z${pascal(id)}Response`) ? { response: `z${pascal(id)}Response` } : {},
    ]),
    "./zod/index.js",
  ),
);

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
