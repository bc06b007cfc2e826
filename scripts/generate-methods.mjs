// generated/methods.ts: the SDK's methods as explicit declarations, written from the spec and
// the resource tree of src/resources.ts (method name → operationId), so that
//   - every method's body, query and result has a short exported name, after the method:
//     `invoices.income.create` → InvoiceIncomeCreateParams (body), InvoiceIncomeCreateResult;
//     `clients.list` → ClientListQuery (query), ClientListItem (element of the PagePromise);
//   - every schema of the spec is exported by its name (`Invoice`, `Client`, `Payment`…);
//   - each resource group is an interface whose methods have named parameters and a doc comment
//     (summary, HTTP route, what it resolves to, gigstack's docs page), which is what a hover or
//     signature help shows, instead of a type computed per call over the whole operation table.
// Every type is an indexed access into generated/types.ts (no conditional or mapped types but
// the upload parts'), cheap for a consumer's compiler; test/method-types.test.ts proves that
// each signature equals the computed one of src/types.ts.
import { readFileSync } from "node:fs";
import ts from "typescript";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const pascal = (word) => word[0].toUpperCase() + word.slice(1);
/** A group's name in the singular, for its types' names (`invoices` → `invoice`; `series` stays). */
const singular = (word) => {
  if (/(series|species)$/i.test(word)) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
};

/** The resource tree of src/resources.ts, with each node's doc comment, read without running it. */
export function readResourceTree(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  let found;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === "resources") found = node.initializer;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file}: no \`resources\` object`);
  while (ts.isSatisfiesExpression(found) || ts.isAsExpression(found) || ts.isParenthesizedExpression(found)) {
    found = found.expression;
  }
  const doc = (node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .map((d) => (typeof d.comment === "string" ? d.comment : ""))
      .join("\n")
      .trim();
  const walk = (object) => {
    const children = [];
    for (const prop of object.properties) {
      if (!ts.isPropertyAssignment(prop)) throw new Error(`${file}: unexpected ${prop.getText(source)}`);
      const name = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(source);
      const value = prop.initializer;
      if (ts.isStringLiteral(value)) children.push({ name, operationId: value.text, doc: doc(prop) });
      else if (ts.isObjectLiteralExpression(value)) children.push({ name, doc: doc(prop), children: walk(value) });
      else throw new Error(`${file}: ${name} is neither an operationId nor a group`);
    }
    return children;
  };
  return walk(found);
}

/** Quotes a property name where it is not an identifier (`created[gte]`). */
const key = (name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
/** A JSDoc block at `indent`; `*\/` inside the text cannot end it early. */
const jsdoc = (lines, indent) => {
  const body = lines
    .flatMap((l) => l.split("\n"))
    .map((l) => l.replaceAll("*/", "*\\/").trimEnd())
    .map((l) => `${indent} *${l ? ` ${l}` : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
};
const firstSentence = (text) => (text ?? "").trim().split("\n\n")[0].replace(/\s+/g, " ").trim();

/**
 * @param {object} input
 * @param {any} input.spec the parsed OpenAPI document
 * @param {Record<string, any>} input.ops the operation table of generate.mjs (operationId → row)
 * @param {string} input.resourcesFile src/resources.ts
 * @param {{ base: string, pages: Record<string, string> }} input.docsPages operationId → docs slug
 * @param {string} input.banner the "generated, do not edit" line
 */
export function generateMethods({ spec, ops, resourcesFile, docsPages, banner }) {
  const resolve = (p) =>
    p?.$ref
      ? p.$ref
          .split("/")
          .slice(1)
          .reduce((o, k) => o[k], spec)
      : p;
  const byId = new Map();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op?.operationId) byId.set(op.operationId, { path, method, op, shared: item.parameters ?? [] });
    }
  }
  const tree = readResourceTree(resourcesFile);
  const out = [];
  const names = new Map(); // exported name → what it names, so that two can never collide

  const claim = (name, what) => {
    if (!IDENTIFIER.test(name)) throw new Error(`${what}: ${name} is not an identifier`);
    if (names.has(name)) throw new Error(`${what} and ${names.get(name)} would both be named ${name}`);
    names.set(name, what);
    return name;
  };

  /** The types of one operation, named after its method (`prefix`: the singular group path). */
  const methodTypes = (prefix, methodName, id) => {
    const found = byId.get(id);
    const row = ops[id];
    if (!found || !row) throw new Error(`src/resources.ts names ${id}, which the spec does not have`);
    const { op } = found;
    const base = `${prefix}${pascal(methodName)}`;
    const opType = `operations[${JSON.stringify(id)}]`;
    const route = `\`${row.method} ${row.path}\``;
    const emitted = {};
    const params = [...found.shared, ...(op.parameters ?? [])].map(resolve);
    // Body: what BodyOf<K> computes (src/types.ts), as a direct reference.
    if (row.body !== "none") {
      const media = row.body === "json" ? "application/json" : "multipart/form-data";
      const schema = op.requestBody && resolve(op.requestBody).content?.[media]?.schema;
      const content = `NonNullable<${opType}["requestBody"]>["content"][${JSON.stringify(media)}]`;
      // A `$ref` body is the component itself: its name reads better on hover.
      const ref = schema?.$ref?.match(/^#\/components\/schemas\/([^/]+)$/)?.[1];
      const type =
        row.body === "multipart"
          ? `Uploadable<${content}>`
          : ref && IDENTIFIER.test(ref)
            ? `components["schemas"][${JSON.stringify(ref)}]`
            : content;
      emitted.body = claim(`${base}Params`, `the body of ${id}`);
      out.push(
        `${jsdoc([`The body of \`${methodPath(prefix, methodName)}\` (${route}).`], "")}export type ${emitted.body} = ${type};\n`,
      );
    }
    // Query: what QueryOf<K> computes, offered as an argument when it has more than `team`.
    const queryParams = params.filter((p) => p.in === "query");
    if (queryParams.some((p) => p.name !== "team")) {
      emitted.query = claim(`${base}Query`, `the query of ${id}`);
      emitted.queryRequired = queryParams.some((p) => p.name !== "team" && p.required);
      out.push(
        `${jsdoc([`The query parameters of \`${methodPath(prefix, methodName)}\` (${route}), with the Connect \`team\`.`], "")}export type ${emitted.query} = NonNullable<${opType}["parameters"]["query"]>;\n`,
      );
    }
    // Result: what DataOf<K> computes: the success response's JSON, or its `data` in an envelope.
    // The success status the types describe: as ResponseOf<K> in src/types.ts picks it.
    const code = ["200", "201", "202", "204"].find((c) => op.responses?.[c]);
    const success = code && resolve(op.responses[code]);
    const json = success?.content?.["application/json"];
    let data;
    if (!code) data = "never";
    else if (!json) data = "undefined";
    else {
      data = `${opType}["responses"][${code}]["content"]["application/json"]`;
      if (row.envelope !== "raw") data += `["data"]`;
    }
    // What it resolves to, in the spec's words: each success status's description when several.
    const successes = Object.keys(op.responses ?? {})
      .filter((c) => /^2\d\d$/.test(c))
      .sort();
    const returns =
      successes.length > 1
        ? successes
            .map((c) => `${c}: ${firstSentence(resolve(op.responses[c]).description).replace(/\.$/, "")}`)
            .join("; ")
        : firstSentence(success?.description);
    if (row.list) {
      emitted.item = claim(`${base}Item`, `the list element of ${id}`);
      out.push(
        `${jsdoc([`An element of \`${methodPath(prefix, methodName)}\` (${route}).`], "")}export type ${emitted.item} = NonNullable<${data}[number]>;\n`,
      );
    } else {
      emitted.result = claim(`${base}Result`, `the result of ${id}`);
      out.push(
        `${jsdoc([`What \`${methodPath(prefix, methodName)}\` (${route}) resolves to${returns ? `: ${lowerFirst(returns)}` : "."}`], "")}export type ${emitted.result} = ${data};\n`,
      );
    }
    return { ...emitted, row, op, returns, route, params };
  };

  // The method path of a type prefix, for the doc comments (`InvoiceIncome`, `create` → `invoices.income.create`).
  const pathOf = new Map();
  const methodPath = (prefix, methodName) => `${pathOf.get(prefix)}.${methodName}`;
  // "A page of clients" → "a page of clients"; "CFDI …" and "`data` …" stay as they are.
  const lowerFirst = (s) => (/^[A-Z](?![A-Z])/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

  const groups = [];
  const visitGroup = (path, node) => {
    const prefix = path.map((p) => pascal(singular(p))).join("");
    const iface = claim(`${path.map(pascal).join("")}Resource`, `the methods of ${path.join(".")}`);
    pathOf.set(prefix, path.join("."));
    const members = [];
    for (const child of node.children) {
      if (child.children) {
        const sub = visitGroup([...path, child.name], child);
        members.push(
          `${jsdoc([child.doc || `The ${child.name} of ${path.join(".")}.`], "  ")}  readonly ${key(child.name)}: ${sub};\n`,
        );
        continue;
      }
      const t = methodTypes(prefix, child.name, child.operationId);
      const args = [];
      const doc = [];
      const summary = t.op.summary ? `${t.op.summary.replace(/\.$/, "")}: ${t.route}.` : `${t.route}.`;
      doc.push(summary);
      for (const name of t.row.pathParams) {
        const p = t.params.find((q) => q.in === "path" && q.name === name);
        args.push(`${name}: string`);
        doc.push(`@param ${name} ${firstSentence(p?.description) || "the id in the path"}`);
      }
      if (t.body) {
        args.push(`body${t.row.bodyRequired ? "" : "?"}: ${t.body}`);
        doc.push(`@param body see {@link ${t.body}}`);
      }
      if (t.query) {
        args.push(`query${t.queryRequired ? "" : "?"}: ${t.query}`);
        doc.push(`@param query see {@link ${t.query}}`);
      }
      args.push("options?: RequestOptions");
      doc.push("@param options per-call options: `team`, `timeoutMs`, `maxRetries`, `signal`, `idempotencyKey`…");
      const result = t.row.list ? `PagePromise<${t.item}>` : `Promise<${t.result}>`;
      doc.push(
        t.row.list
          ? `@returns a {@link PagePromise} of {@link ${t.item}}${t.returns ? ` (${lowerFirst(t.returns).replace(/\.$/, "")})` : ""}: \`await\` it for the first page, \`for await\` it for every item.`
          : `@returns {@link ${t.result}}${t.returns ? `: ${lowerFirst(t.returns)}` : ""}`,
      );
      const docsUrl =
        t.op.externalDocs?.url ??
        (docsPages.pages[child.operationId] && docsPages.base + docsPages.pages[child.operationId]);
      if (docsUrl) doc.push(`@see {@link ${docsUrl} | gigstack docs: ${t.op.summary ?? child.operationId}}`);
      members.push(`${jsdoc(doc, "  ")}  ${key(child.name)}(${args.join(", ")}): ${result};\n`);
    }
    groups.push(
      `${jsdoc([node.doc || `The methods of \`${path.join(".")}\`.`], "")}export interface ${iface} {\n${members.join("")}}\n`,
    );
    return iface;
  };
  const top = [];
  for (const node of tree) {
    if (!node.children) throw new Error(`src/resources.ts: ${node.name} must be a group of methods`);
    const iface = visitGroup([node.name], node);
    top.push(`${jsdoc([node.doc || node.name], "  ")}  readonly ${key(node.name)}: ${iface};\n`);
  }

  // Every schema of the spec by its name, unless that name is taken by a method's type.
  const models = [];
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!IDENTIFIER.test(name) || names.has(name)) continue;
    claim(name, `the schema ${name}`);
    const about = firstSentence(schema.description) || `The \`${name}\` schema of the spec.`;
    models.push(`${jsdoc([about], "")}export type ${name} = components["schemas"][${JSON.stringify(name)}];\n`);
  }

  return `${banner}// Written by scripts/generate-methods.mjs from the spec and src/resources.ts.
import type { RequestOptions } from "../src/config.js";
import type { PagePromise } from "../src/pagination.js";
import type { Uploadable } from "../src/types.js";
import type { components, operations } from "./types.js";

// ---- The schemas of the spec, by name.

${models.join("\n")}
// ---- Each method's body (…Params), query (…Query), result (…Result) or list element (…Item).

${out.join("\n")}
// ---- The methods, by resource group.

${groups.join("\n")}
/** Every resource group of the client. */
export interface GigstackResources {
${top.join("")}}
`;
}
