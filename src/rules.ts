/**
 * Checks a value against the compact rule table of generated/request-rules.ts: the request zod
 * schemas compiled by scripts/compile-rules.mjs (which describes the format). The core checks
 * requests with these rather than with zod itself so that it fits its size budget; the rules
 * mirror zod's own semantics, and test/rules.test.ts holds both to the same verdicts.
 */
import type { ValidationIssue } from "./errors.js";

type Path = (string | number)[];
type Check = [kind: string, a?: unknown, b?: unknown, c?: unknown];
type Node = [tag: string, a?: unknown, b?: unknown, c?: unknown];

/** A value's kind for messages ("null", "array", or its typeof). */
export const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** As zod's isPlainObject (what z.record accepts). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== "function") return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.hasOwn(proto, "isPrototypeOf");
}

const regexes = new Map<string, RegExp>();

/**
 * An issue as rules.ts reports it: for an enum or a union, also the rule `node`, the `value` it
 * refused and (union) each option's own issues, from which explain.ts words a message a person
 * can act on ("closest is …: missing product_key", codes with their SAT names). Kept as data
 * here and worded on the error path only, so that the core stays small.
 */
export interface RuleIssue extends ValidationIssue {
  node?: number;
  value?: unknown;
  options?: RuleIssue[][];
}

/**
 * An issue while checking. `soft` as zod's `continue`: the value has the right type but breaks a
 * check (length, bound, format, unknown keys). Soft issues decide two things, as in zod: the
 * checks of an enclosing array or object still run, and a union whose options all fail reports
 * the one option that failed only softly. `keys`: the unknown keys of an object.
 */
interface Found extends RuleIssue {
  path: Path;
  soft: boolean;
  keys?: string[];
}

const hard = (found: Found[]) => found.some((f) => !f.soft);

function typeIssue(found: Found[], path: Path, expected: string, value: unknown, soft = false): void {
  found.push({
    path,
    message: value === undefined ? `required (${expected})` : `expected ${expected}, got ${describe(value)}`,
    soft,
  });
}

function bound(op: string, limit: number, unit: string): string {
  const words: Record<string, string> = { ge: "at least", gt: "more than", le: "at most", lt: "less than" };
  return `must be ${words[op]} ${limit}${unit}`;
}

const unknownKeys = (path: Path, keys: string[]): Found => ({
  path,
  message: `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => JSON.stringify(k)).join(", ")}`,
  soft: true,
  keys,
});

function check(nodes: readonly unknown[], index: number, value: unknown, path: Path, found: Found[]): void {
  const [tag, a, b, c] = nodes[index] as Node;
  switch (tag) {
    case "?":
    case "d":
      if (value !== undefined) check(nodes, a as number, value, path, found);
      return;
    case "0":
      if (value !== null) check(nodes, a as number, value, path, found);
      return;
    case "*":
      return;
    case "s": {
      if (typeof value !== "string") {
        typeIssue(found, path, "string", value);
        return;
      }
      for (const [kind, x, flags, format] of a as Check[]) {
        let ok = true;
        let message = "";
        if (kind === "min" || kind === "max") {
          ok = kind === "min" ? value.length >= (x as number) : value.length <= (x as number);
          message = bound(kind === "min" ? "ge" : "le", x as number, " characters");
        } else if (kind === "url") {
          // As zod's z.url(): whatever the URL parser accepts, once trimmed.
          ok = URL.canParse(value.trim());
          message = "must be a valid url";
        } else {
          const key = `${flags as string}/${x as string}`;
          let re = regexes.get(key);
          if (!re) {
            re = new RegExp(x as string, flags as string);
            regexes.set(key, re);
          }
          ok = re.test(value);
          message = format === "regex" ? `must match /${x as string}/` : `must be a valid ${format as string}`;
        }
        if (!ok) found.push({ path, message, soft: true });
      }
      return;
    }
    case "n": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        typeIssue(found, path, "number", value);
        return;
      }
      if (a && !Number.isSafeInteger(value)) typeIssue(found, path, "int", value, true);
      for (const [op, limit] of b as [string, number][]) {
        const ok =
          op === "ge" ? value >= limit : op === "gt" ? value > limit : op === "le" ? value <= limit : value < limit;
        if (!ok) found.push({ path, message: bound(op, limit, ""), soft: true });
      }
      return;
    }
    case "b":
      if (typeof value !== "boolean") typeIssue(found, path, "boolean", value);
      return;
    case "e":
      if (!(a as unknown[]).includes(value)) {
        found.push({
          path,
          message: `must be one of ${(a as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
          soft: false,
          node: index,
          value,
        });
      }
      return;
    case "o": {
      if (!isObject(value)) {
        typeIssue(found, path, "object", value);
        return;
      }
      const fields = a as [string, number][];
      const own: Found[] = [];
      for (const [key, child] of fields) {
        // An absent key is fine only where the field is optional; present, its value is checked.
        const optional = (nodes[child] as Node)[0] === "?" || (nodes[child] as Node)[0] === "d";
        if (!(key in value) && !optional) {
          const inner: Found[] = [];
          check(nodes, child, undefined, [...path, key], inner);
          own.push(...(inner.length ? inner : [{ path: [...path, key], message: "required", soft: false }]));
        } else if (key in value) check(nodes, child, value[key], [...path, key], own);
      }
      if (b) {
        const unknown: string[] = [];
        for (const key in value) if (!fields.some(([name]) => name === key)) unknown.push(key);
        if (unknown.length) own.push(unknownKeys(path, unknown));
      }
      // As zod's refine, which counts the fields of its output: the declared fields present, and
      // those with a default. Checked only when nothing above was a hard failure.
      const present = () => fields.filter(([key, child]) => key in value || (nodes[child] as Node)[0] === "d").length;
      if ((c as number) > 0 && !hard(own) && present() < (c as number)) {
        own.push({ path, message: `needs at least ${c as number} field${c === 1 ? "" : "s"}`, soft: true });
      }
      found.push(...own);
      return;
    }
    case "a": {
      if (!Array.isArray(value)) {
        typeIssue(found, path, "array", value);
        return;
      }
      const own: Found[] = [];
      // Holes count as undefined, as in zod (forEach would skip them).
      for (let i = 0; i < value.length; i++) check(nodes, a as number, value[i], [...path, i], own);
      if (!hard(own)) {
        if (value.length < (b as number)) own.push({ path, message: bound("ge", b as number, " items"), soft: true });
        if ((c as number) >= 0 && value.length > (c as number)) {
          own.push({ path, message: bound("le", c as number, " items"), soft: true });
        }
      }
      found.push(...own);
      return;
    }
    case "u": {
      const results: Found[][] = [];
      for (const option of a as number[]) {
        const own: Found[] = [];
        check(nodes, option, value, path, own);
        if (!own.length) return;
        results.push(own);
      }
      // As zod: the one option that failed only softly is the one the caller meant.
      const soft = results.filter((r) => !hard(r));
      if (soft.length === 1) found.push(...(soft[0] as Found[]));
      else {
        found.push({
          path,
          message: "does not match any of the accepted shapes",
          soft: false,
          node: index,
          value,
          options: results,
        });
      }
      return;
    }
    case "i": {
      // Both sides, except that a key is unknown only if neither side knows it (as zod).
      const sides: Found[][] = [[], []];
      check(nodes, a as number, value, path, sides[0] as Found[]);
      check(nodes, b as number, value, path, sides[1] as Found[]);
      const [left, right] = sides.map((side) => side.filter((f) => f.keys && f.path.length === path.length)) as [
        Found[],
        Found[],
      ];
      for (const side of sides) found.push(...side.filter((f) => !(f.keys && f.path.length === path.length)));
      const rightKeys = right.flatMap((f) => f.keys as string[]);
      const both = left.flatMap((f) => f.keys as string[]).filter((k) => rightKeys.includes(k));
      if (both.length) found.push(unknownKeys(path, both));
      return;
    }
    case "r": {
      if (!isPlainObject(value)) {
        typeIssue(found, path, "object", value);
        return;
      }
      for (const key of Reflect.ownKeys(value)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
        if (typeof key === "symbol")
          found.push({ path: [...path, String(key)], message: "keys must be strings", soft: false });
        else check(nodes, a as number, value[key], [...path, key], found);
      }
      return;
    }
    default:
      throw new Error(`unknown rule ${tag}`);
  }
}

/**
 * Every way `value` breaks rule `index` of `nodes` (generated/request-rules.ts), each with its
 * path (after `prefix`) and a readable message; none when it passes.
 */
export function ruleIssues(nodes: readonly unknown[], index: number, value: unknown, prefix: Path = []): RuleIssue[] {
  const found: Found[] = [];
  check(nodes, index, value, prefix, found);
  if (found.length < 2) return found;
  // Once each: both sides of an intersection check a field they share (clients.create's `email`).
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = JSON.stringify([f.path, f.message]);
    return !seen.has(key) && !!seen.add(key);
  });
}
