/**
 * Words the issues rules.ts found so that a person can act on them: a value that fits none of a
 * union's shapes is told which shape came closest and what it lacks or has wrong, and a code
 * outside an enum is shown the codes it may take, in the SAT catalogue's order with their names.
 *
 * Loaded with `import()` on the error path only: it carries the SAT names (sat-names.ts), which
 * the core does not, so a call that passes never loads it and the core bundle stays small. For
 * the same reason it imports nothing at run time from the core's modules (the rule table comes
 * as an argument): a module both load would be split into a chunk of its own, which costs the
 * core's gzip more than the module itself.
 */
import type { ValidationIssue } from "./errors.js";
import type { RuleIssue } from "./rules.js";
import {
  CANCELLATION_MOTIVES_NAMES,
  CFDI_USES_NAMES,
  GLOBAL_PERIODICITIES_NAMES,
  MONTHS_NAMES,
  PAYMENT_FORMS_NAMES,
  PAYMENT_METHODS_NAMES,
  RELATIONSHIP_TYPES_NAMES,
  TAX_SYSTEMS_NAMES,
} from "./sat-names.js";

type Path = (string | number)[];
type Node = [tag: string, a?: unknown, b?: unknown, c?: unknown];

/**
 * The SAT catalogue a field's codes come from, by the field's name. By name, not by the codes:
 * the rule tables store identical enums once, and `exports` (c_Exportacion) and `motive`
 * (c_MotivoCancelacion) are both "01"–"04". A field whose enum mostly misses the catalogue
 * (a `periodicity` of "day" | "week" …) is listed without names.
 */
const CATALOGUES: Record<string, Record<string, string>> = {
  tax_system: TAX_SYSTEMS_NAMES,
  use: CFDI_USES_NAMES,
  uses_on_self_invoice_portal: CFDI_USES_NAMES,
  payment_form: PAYMENT_FORMS_NAMES,
  payment_method: PAYMENT_METHODS_NAMES,
  motive: CANCELLATION_MOTIVES_NAMES,
  relationship: RELATIONSHIP_TYPES_NAMES,
  periodicity: GLOBAL_PERIODICITIES_NAMES,
  months: MONTHS_NAMES,
};

/**
 * A catalogue's codes in the SAT's order. The name records list them in that order, but an object
 * puts integer-like keys ("12", "601") before the others ("01", "G01"): numeric codes are put
 * back in order (the SAT numbers its catalogues in order), the others keep the order written.
 */
const codesOf = (byCode: Record<string, string>): string[] =>
  Object.keys(byCode).sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : 0));

const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** A refused value as a message quotes it: primitives as JSON, cut short (it is the caller's input), others by kind. */
function show(value: unknown): string {
  if (value !== null && !["string", "number", "boolean"].includes(typeof value)) return describe(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `got "609"; must be one of "601" (General de Ley Personas Morales), …`, catalogue order first. */
function enumMessage(values: unknown[], value: unknown, path: Path): string {
  const field = path.filter((p) => typeof p === "string").at(-1);
  const catalogue = field === undefined ? undefined : CATALOGUES[field];
  let listed = values.map((v) => JSON.stringify(v));
  if (catalogue) {
    const known = codesOf(catalogue).filter((code) => values.includes(code));
    if (known.length * 2 >= values.length) {
      // Codes the spec accepts beyond the catalogue (evidence from gigstack's own material) last.
      const extra = values.filter((v) => !known.includes(v as string));
      listed = [
        ...known.map((code) => `${JSON.stringify(code)} (${catalogue[code]})`),
        ...extra.map((v) => JSON.stringify(v)),
      ];
    }
  }
  return `${value === undefined ? "required" : `got ${show(value)}`}; must be one of ${listed.join(", ")}`;
}

/** The object fields of a rule (an object, or an intersection of objects), with whether each is required. */
function fieldsOf(nodes: readonly unknown[], index: number): [string, boolean][] | undefined {
  const [tag, a, b] = nodes[index] as Node;
  if (tag === "?" || tag === "d" || tag === "0") return fieldsOf(nodes, a as number);
  if (tag === "o") {
    return (a as [string, number][]).map(([key, child]) => {
      const childTag = (nodes[child] as Node)[0];
      return [key, childTag !== "?" && childTag !== "d"];
    });
  }
  if (tag === "i") {
    const left = fieldsOf(nodes, a as number) ?? [];
    const right = fieldsOf(nodes, b as number) ?? [];
    const merged = new Map(left);
    for (const [key, required] of right) merged.set(key, required || merged.get(key) === true);
    return [...merged];
  }
  return undefined;
}

/** What a rule takes, in words: `a string`, `"01"`, `an object`. */
function kinds(nodes: readonly unknown[], index: number): string[] {
  const [tag, a] = nodes[index] as Node;
  switch (tag) {
    case "?":
    case "d":
      return kinds(nodes, a as number);
    case "0":
      return ["null", ...kinds(nodes, a as number)];
    case "e":
      return (a as unknown[]).map((v) => JSON.stringify(v));
    case "u":
      return (a as number[]).flatMap((option) => kinds(nodes, option));
    case "s":
      return ["a string"];
    case "n":
      return ["a number"];
    case "b":
      return ["a boolean"];
    case "a":
      return ["an array"];
    case "*":
      return ["anything"];
    default:
      return ["an object"];
  }
}

/**
 * A union option named by its fields: the required ones, then those no other option has (what
 * tells it apart), e.g. `{description, product_key, unit_price, …}` or `{id}`.
 */
function shapeLabel(nodes: readonly unknown[], option: number, others: number[]): string {
  const fields = fieldsOf(nodes, option);
  if (!fields) return kinds(nodes, option).join(" or ");
  const elsewhere = new Set(others.flatMap((o) => (fieldsOf(nodes, o) ?? []).map(([key]) => key)));
  const shown = [
    ...fields.filter(([, required]) => required).map(([key]) => key),
    ...fields.filter(([key, required]) => !required && !elsewhere.has(key)).map(([key]) => `${key}?`),
  ];
  const more = fields.length > Math.min(shown.length, 4);
  return `{${shown.slice(0, 4).join(", ")}${more ? `${shown.length ? ", " : ""}…` : ""}}`;
}

/** Whether an option refused the value's very type (not a field inside it). */
function refusedType(nodes: readonly unknown[], own: RuleIssue[], depth: number): boolean {
  return own.some(
    (f) =>
      f.path.length === depth &&
      (/^(expected|required)/.test(f.message) || (f.node !== undefined && (nodes[f.node] as Node)[0] === "e")),
  );
}

function unionMessage(nodes: readonly unknown[], issue: RuleIssue): string {
  const options = (nodes[issue.node as number] as Node)[1] as number[];
  const results = issue.options as RuleIssue[][];
  const value = issue.value;
  const depth = issue.path.length;
  const candidates = options
    .map((option, i) => {
      const own = results[i] as RuleIssue[];
      const fields = fieldsOf(nodes, option) ?? [];
      const known = isObject(value) ? Object.keys(value).filter((k) => fields.some(([key]) => key === k)).length : 0;
      return { option, own, known, typeMiss: refusedType(nodes, own, depth) };
    })
    .filter((c) => !c.typeMiss);
  const best = candidates.sort((x, y) => y.known - x.known || x.own.length - y.own.length)[0];
  if (!best) {
    const accepted = [...new Set(kinds(nodes, issue.node as number))];
    const list = accepted.length > 1 ? `${accepted.slice(0, -1).join(", ")} or ${accepted.at(-1)}` : accepted[0];
    return `expected ${list}, got ${show(value)}`;
  }
  const problems = best.own.map((f) => {
    const rel = f.path.slice(depth).join(".");
    const message = word(nodes, f);
    if (rel && /^required\b/.test(f.message) && f.node === undefined) return `missing ${rel}`;
    return rel ? `${rel}: ${message}` : message;
  });
  const shown = problems.slice(0, 4).join("; ") + (problems.length > 4 ? `; … ${problems.length - 4} more` : "");
  const label = shapeLabel(
    nodes,
    best.option,
    options.filter((o) => o !== best.option),
  );
  return `matches none of the ${options.length} accepted shapes; closest is ${label}: ${shown}`;
}

function word(nodes: readonly unknown[], issue: RuleIssue): string {
  if (issue.node === undefined) return issue.message;
  const [tag, values] = nodes[issue.node] as Node;
  if (tag === "u" && issue.options) return unionMessage(nodes, issue);
  if (tag === "e") return enumMessage(values as unknown[], issue.value, issue.path);
  return issue.message;
}

/** The issues of rules.ts as the caller sees them: worded, and without the data they were worded from. */
export function explainIssues(nodes: readonly unknown[], issues: RuleIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path,
    message: word(nodes, issue),
    ...(issue.rule !== undefined && { rule: issue.rule }),
  }));
}

/**
 * A request's schema mismatch as the caller sees it: the message of the GigstackValidationError
 * (`strict`) or of the log line (`warn`), which names the SDK method beside the operation and
 * the way around the check, and the worded issues.
 */
export function requestMessage(
  nodes: readonly unknown[],
  call: { id: string; method: string | undefined },
  issues: RuleIssue[],
  mode: "strict" | "warn",
): [message: string, issues: ValidationIssue[]] {
  const worded = explainIssues(nodes, issues);
  const name = call.method ? `${call.method} (${call.id})` : call.id;
  const message =
    mode === "strict"
      ? `${name}: invalid request, nothing was sent (validateRequests: "warn" or "off" would send it)`
      : `${name}: the request does not match the spec; sent anyway (validateRequests: "warn"): ${worded
          .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
          .join("; ")}`;
  return [message, worded];
}
