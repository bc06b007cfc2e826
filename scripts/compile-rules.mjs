// Compiles the request zod schemas (generated/zod/request.gen.ts) into the compact rule table
// the SDK's core checks requests with (generated/request-rules.ts, read by src/rules.ts).
//
// Why not ship the zod schemas themselves: zod/mini's runtime plus the schema code is ~14 KB
// min+gz, most of the core's 20 KB budget (issue #6). The rules are compiled *from* the zod
// schemas, by reading their definitions, so they check exactly what zod checks: same types,
// formats (zod's own regexes), bounds, strictness and defaults. test/rules.test.ts holds the
// two to the same verdicts. A zod construct this compiler does not know fails the generation.
//
// Format (one array of nodes; children are indexes into it; identical nodes are stored once):
//   ["s", checks]              string; checks: ["min", n] ["max", n] ["re", source, flags, format] ["url"]
//   ["n", int, checks]         number (finite; int: safe integer); checks: ["gt"|"ge"|"lt"|"le", n]
//   ["b"]                      boolean
//   ["e", values]              one of the values (enum, literal)
//   ["o", fields, strict, min] object: fields [[key, node]]; strict: unknown keys refused;
//                              min: minProperties (0 when none)
//   ["a", item, min, max]      array (max -1: none)
//   ["u", options]             union: any option (a union of enums compiles to one "e")
//   ["i", left, right]         intersection: both
//   ["r", value]               record of string keys
//   ["?", inner]               optional (undefined passes)
//   ["d", inner]               has a default: optional, and counts as present for minProperties
//   ["0", inner]               nullable
//   ["*"]                      anything
//
// Stored as text (a line per node, decoded on load into exactly the arrays above; emitRequestRules
// checks that, and test/rules.test.ts holds the decoded table to zod): the JSON form cost ~0.4 KB
// of the core's min+gz budget in brackets and quotes. A line is its tag and space-separated
// tokens; a reference to another node is its index, or `^` for the node on the line before (an
// optional wraps the node compiled just before it, which gzip then sees as one repeated pattern):
//   o strict min key ref key ref…   a ref min max   u ref ref…   i ref ref   ? ref   d ref   0 ref
//   r ref   e value value…   b   *
// Strings and numbers (whose checks hold regexes), and any node whose keys or values do not fit
// as tokens, are stored as a JSON line (starting with `[`, absolute indexes).
// The rule of each operation is stored positionally, in the order of generated/operations.ts:
// `body[,query]` per operation, empty when it has none.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { build } from "esbuild";

/** Bundles a TypeScript module (zod stays external, resolved from this repository) and imports it. */
async function importBundled(path) {
  const cache = fileURLToPath(new URL("../node_modules/.cache/", import.meta.url));
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(`${cache}gigstack-rules-`);
  try {
    const file = `${dir}/module.mjs`;
    await build({
      entryPoints: [path],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: file,
      logLevel: "silent",
      // zod stays an import, resolved from this repository (the bundle is written inside it):
      // the schemas may have been written elsewhere (--check writes to a temporary folder).
      external: ["zod", "zod/*"],
    });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {string} requestGenPath  generated/zod/request.gen.ts (as just written)
 * @param {Record<string, Record<string, string>>} roots  operationId -> { body?: zName, query?: zName }
 * @param {Map<string, number>} minProperties  zName -> minProperties (the refine codegen added)
 */
export async function compileRequestRules(requestGenPath, roots, minProperties) {
  const mod = await importBundled(requestGenPath);
  const minOf = new Map([...minProperties].map(([name, n]) => [mod[name], n]));

  const nodes = [];
  const indexOf = new Map(); // JSON of a node -> its index
  const memo = new Map(); // zod schema -> index
  const busy = new Set();
  const add = (node) => {
    const key = JSON.stringify(node);
    let i = indexOf.get(key);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(node);
      indexOf.set(key, i);
    }
    return i;
  };
  const checksOf = (def) => (def.checks ?? []).map((c) => c._zod.def);
  const fail = (what) => {
    throw new Error(`compile-rules: no rule for ${what}; teach scripts/compile-rules.mjs`);
  };

  const compile = (schema) => {
    if (memo.has(schema)) return memo.get(schema);
    if (busy.has(schema)) fail("a recursive schema");
    busy.add(schema);
    const i = add(node(schema));
    busy.delete(schema);
    memo.set(schema, i);
    return i;
  };

  const node = (schema) => {
    const def = schema._zod.def;
    switch (def.type) {
      case "string": {
        const checks = [];
        // A format schema (z.email(), z.uuid()…) is its own first check.
        const own = def.check === "string_format" ? [def] : [];
        for (const c of [...own, ...checksOf(def)]) {
          if (c.check === "min_length") checks.push(["min", c.minimum]);
          else if (c.check === "max_length") checks.push(["max", c.maximum]);
          else if (c.check === "string_format" && c.format === "url") checks.push(["url"]);
          else if (c.check === "string_format" && c.pattern) {
            checks.push(["re", c.pattern.source, c.pattern.flags, c.format]);
          } else fail(`string check ${c.check}/${c.format}`);
        }
        return ["s", checks];
      }
      case "number": {
        const checks = [];
        let int = 0;
        if (def.check === "number_format") {
          if (def.format !== "safeint") fail(`number format ${def.format}`);
          int = 1;
        }
        for (const c of checksOf(def)) {
          if (c.check === "greater_than") checks.push([c.inclusive ? "ge" : "gt", c.value]);
          else if (c.check === "less_than") checks.push([c.inclusive ? "le" : "lt", c.value]);
          else fail(`number check ${c.check}`);
        }
        return ["n", int, checks];
      }
      case "boolean":
        return ["b"];
      case "enum":
        return ["e", Object.values(def.entries)];
      case "literal":
        return ["e", def.values];
      case "object": {
        const checks = checksOf(def);
        let min = 0;
        for (const c of checks) {
          if (c.check !== "custom" || !minOf.has(schema)) fail(`object check ${c.check}`);
          min = minOf.get(schema);
        }
        const catchall = def.catchall?._zod.def.type;
        if (catchall !== undefined && catchall !== "never") fail(`object catchall ${catchall}`);
        const fields = Object.entries(def.shape).map(([key, value]) => [key, compile(value)]);
        return ["o", fields, catchall === "never" ? 1 : 0, min];
      }
      case "array": {
        let min = 0;
        let max = -1;
        for (const c of checksOf(def)) {
          if (c.check === "min_length") min = c.minimum;
          else if (c.check === "max_length") max = c.maximum;
          else fail(`array check ${c.check}`);
        }
        return ["a", compile(def.element), min, max];
      }
      case "union": {
        const options = def.options.map(compile);
        // A union of enums (a catalogue plus extra codes, as CfdiUseInput) is one enum: the
        // same verdicts, and a "must be one of" message instead of a failed-shapes one.
        if (options.every((i) => nodes[i][0] === "e")) return ["e", options.flatMap((i) => nodes[i][1])];
        return ["u", options];
      }
      case "intersection":
        return ["i", compile(def.left), compile(def.right)];
      case "record":
        if (def.keyType._zod.def.type !== "string" || checksOf(def.keyType._zod.def).length) fail("a record key");
        return ["r", compile(def.valueType)];
      case "optional":
        return ["?", compile(def.innerType)];
      case "default":
        return ["d", compile(def.innerType)];
      case "nullable":
        return ["0", compile(def.innerType)];
      case "unknown":
      case "any":
        return ["*"];
      default:
        return fail(`zod type ${def.type}`);
    }
  };

  const rules = {};
  for (const [id, names] of Object.entries(roots)) {
    const entry = {};
    for (const [part, name] of Object.entries(names)) {
      if (!mod[name]) fail(`${id}.${part} (${name} is not exported)`);
      entry[part] = compile(mod[name]);
    }
    if (Object.keys(entry).length) rules[id] = entry;
  }
  return { nodes, rules };
}

/** A word that can stand as a token of a line: no whitespace, not empty. */
const word = (value) => typeof value === "string" && /^\S+$/.test(value);

/** One node as a line of the stored text (see the format above); `i` is its index. */
function encodeNode(node, i) {
  const ref = (n) => (n === i - 1 ? "^" : String(n));
  const [tag, a, b, c] = node;
  switch (tag) {
    case "o":
      if (!a.every(([key]) => word(key))) break;
      return ["o", b, c, ...a.flatMap(([key, n]) => [key, ref(n)])].join(" ");
    case "e":
      if (!a.every(word)) break;
      return ["e", ...a].join(" ");
    case "u":
      return ["u", ...a.map(ref)].join(" ");
    case "a":
      return ["a", ref(a), b, c].join(" ");
    case "i":
      return ["i", ref(a), ref(b)].join(" ");
    case "?":
    case "d":
    case "0":
    case "r":
      return [tag, ref(a)].join(" ");
    case "b":
    case "*":
      return tag;
  }
  return JSON.stringify(node);
}

/** Inside a template literal: backslashes, backticks and `${` kept as they are. */
const templateText = (text) => text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);

/**
 * generated/request-rules.ts (without its banner) for the compiled table. `operationIds`: the
 * operations in the order generated/operations.ts decodes them, which the rules are stored in.
 */
export function emitRequestRules({ nodes, rules }, operationIds) {
  for (const id of Object.keys(rules)) {
    if (!operationIds.includes(id)) throw new Error(`compile-rules: ${id} is not an operation`);
  }
  const text = nodes.map(encodeNode).join("\n");
  const positions = operationIds
    .map((id) => {
      const r = rules[id] ?? {};
      return `${r.body ?? ""}${r.query === undefined ? "" : `,${r.query}`}`;
    })
    .join(" ");
  return `import { operations } from "./operations.js";

/** Reads the stored nodes (the format is described in scripts/compile-rules.mjs). */
function decodeNodes(text: string): unknown[] {
  return text.split("\\n").map((line, i) => {
    if (line[0] === "[") return JSON.parse(line);
    const [tag, ...t] = line.split(" ") as [string, ...string[]];
    const ref = (token: string | undefined) => (token === "^" ? i - 1 : Number(token));
    switch (tag) {
      case "o": {
        const fields: [string, number][] = [];
        for (let k = 2; k < t.length; k += 2) fields.push([t[k] as string, ref(t[k + 1])]);
        return [tag, fields, Number(t[0]), Number(t[1])];
      }
      case "e":
        return [tag, t];
      case "u":
        return [tag, t.map(ref)];
      case "a":
        return [tag, ref(t[0]), Number(t[1]), Number(t[2])];
      default:
        return [tag, ...t.map(ref)];
    }
  });
}

/** Reads the stored rules: \`body[,query]\` per operation, in the operation table's order. */
function decodeRules(text: string): Record<string, { body?: number; query?: number }> {
  const ids = Object.keys(operations);
  const rules: Record<string, { body?: number; query?: number }> = {};
  text.split(" ").forEach((token, i) => {
    if (!token) return;
    const [body, query] = token.split(",");
    const rule: { body?: number; query?: number } = {};
    if (body) rule.body = Number(body);
    if (query) rule.query = Number(query);
    rules[ids[i] as string] = rule;
  });
  return rules;
}

export const nodes: unknown[] = /* @__PURE__ */ decodeNodes(\`${templateText(text)}\`);

export const requestRules: Record<string, { body?: number; query?: number }> = /* @__PURE__ */ decodeRules(
  "${positions}",
);
`;
}

/** Fails the generation unless the written request-rules.ts decodes to exactly the compiled table. */
export async function verifyRequestRules(path, { nodes, rules }) {
  const mod = await importBundled(path);
  if (!isDeepStrictEqual(mod.nodes, nodes))
    throw new Error("compile-rules: the stored nodes do not decode as compiled");
  if (!isDeepStrictEqual(mod.requestRules, rules)) {
    throw new Error("compile-rules: the stored rules do not decode as compiled");
  }
}
