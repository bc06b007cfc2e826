// Refusals a person can act on: each issue once; a value that fits none of a union's shapes is
// told which shape came closest and what it lacks; a code outside a SAT catalogue is shown the
// codes in the catalogue's order with their SAT names; the message names the SDK method beside
// the operation. Unit cases run on small hand-made rule tables (so that they hold whatever the
// spec says), the rest through the client with a fetch that must never be called.
import { describe, expect, it } from "vitest";
import { operations } from "../generated/operations.js";
import { CFDI_USES, PAYMENT_FORMS } from "../src/catalogs.js";
import { explainIssues } from "../src/explain.js";
import { Gigstack, GigstackValidationError, type ValidationIssue } from "../src/index.js";
import { ruleIssues } from "../src/rules.js";
import { method, methodPathOf } from "./support/sdk.js";

const explain = (nodes: unknown[], value: unknown, index = nodes.length - 1) =>
  explainIssues(nodes, ruleIssues(nodes, index, value));

function gigstack() {
  const sent: string[] = [];
  const client = new Gigstack({
    apiKey: "sk_test_messages",
    baseUrl: "http://127.0.0.1:9/v2",
    fetch: (async (input: RequestInfo | URL) => {
      sent.push(String(input));
      throw new Error("nothing may be sent");
    }) as typeof fetch,
  });
  return { client, sent };
}

async function refusal(promise: PromiseLike<unknown>): Promise<GigstackValidationError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GigstackValidationError);
  return error as GigstackValidationError;
}

describe("each issue is listed once", () => {
  // clients.create's body is allOf(the client fields, {email required}): both sides check
  // `email`, and each reported it.
  const nodes = [
    ["s", [["re", "^[^@]+@[^@]+$", "", "email"]]],
    ["?", 0],
    ["o", [["email", 1]], 0, 0],
    ["o", [["email", 0]], 0, 0],
    ["i", 2, 3],
  ];

  it("a field both sides of an intersection check", () => {
    expect(explain(nodes, { email: "not-an-email" })).toEqual([{ path: ["email"], message: "must be a valid email" }]);
  });

  it("while a field only one side requires is still reported", () => {
    expect(explain(nodes, {})).toEqual([{ path: ["email"], message: "required (string)" }]);
  });
});

describe("a value that fits none of a union's shapes", () => {
  // As an invoice item: a reference to a saved service, or an inline line.
  const nodes = [
    ["s", []],
    ["n", 0, [["gt", 0]]],
    ["?", 1],
    [
      "o",
      [
        ["id", 0],
        ["quantity", 2],
      ],
      1,
      0,
    ],
    [
      "o",
      [
        ["description", 0],
        ["product_key", 0],
        ["unit_price", 1],
        ["quantity", 2],
        ["unit_key", 5],
      ],
      1,
      0,
    ],
    ["?", 0],
    ["u", [3, 4]],
    ["a", 6, 0, -1],
    ["o", [["items", 7]], 0, 0],
  ];

  it("says which shape came closest and what it lacks", () => {
    const [issue, ...rest] = explain(nodes, { items: [{ description: "Consultoría", unit_price: 100 }] });
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(["items", 0]);
    expect(issue?.message).toBe(
      "matches none of the 2 accepted shapes; closest is {description, product_key, unit_price, unit_key?, …}: missing product_key",
    );
  });

  it("and what it has wrong: a misspelled field, a value of the wrong type", () => {
    const [issue] = explain(nodes, { items: [{ id: "service_1", quantity: "2", descripcion: "x" }] });
    expect(issue?.message).toMatch(/^matches none of the 2 accepted shapes; closest is \{id, …\}: /);
    expect(issue?.message).toContain("quantity: expected number, got string");
    expect(issue?.message).toContain('unknown field "descripcion"');
  });

  it("a value of none of the accepted types says which types those are", () => {
    const scalar = [
      ["s", []],
      ["n", 1, []],
      ["e", ["auto"]],
      ["u", [0, 1, 2]],
    ];
    expect(explain(scalar, true)).toEqual([{ path: [], message: 'expected a string, a number or "auto", got true' }]);
  });

  it("through the client: a file given neither as XML nor as base64", async () => {
    const { client, sent } = gigstack();
    const error = await refusal(client.invoices.import({ files: [{ filename: "a.xml" }] } as never));
    const issue = error.issues.find((i) => i.path.join(".") === "files.0");
    expect(issue?.message).toMatch(
      /^matches none of the 2 accepted shapes; closest is \{filename, \w+\}: missing \w+$/,
    );
    expect(error.message).not.toContain("does not match any of the accepted shapes");
    expect(sent).toEqual([]);
  });
});

describe("a code outside a SAT catalogue", () => {
  /** The codes a message lists, in its order, each with the name it gives. */
  const listed = (message: string) =>
    [...message.matchAll(/"([^"]+)" \(((?:[^()]|\([^()]*\))*)\)/g)].map((m) => [m[1], m[2]]);

  it("lists the catalogue's codes in its order, each with its SAT name, after the code given", async () => {
    const { client } = gigstack();
    const error = await refusal(
      client.payments.register({
        client: { id: "client_1" },
        items: [{ id: "service_1", quantity: 1 }],
        payment_form: "45",
        automation_type: "none",
      } as never),
    );
    const issue = error.issues.find((i) => i.path.join(".") === "payment_form") as ValidationIssue;
    expect(issue.message).toMatch(/^got "45"; must be one of "01" \(Efectivo\), "02"/);
    // The spec's enum lists "12"…"99" before "01"; the message follows the SAT catalogue.
    const expected = PAYMENT_FORMS.map((row) => [row.code, row.description]);
    expect(listed(issue.message)).toEqual(expected.filter(([code]) => issue.message.includes(`"${code}"`)));
    expect(listed(issue.message).length).toBeGreaterThanOrEqual(20);
  });

  it("CFDI uses keep the catalogue's own order (G, I, D, S, CP, CN), not the alphabet's", () => {
    const nodes = [
      ["e", ["S01", "G03", "CN01", "D01", "P01"]],
      ["o", [["use", 0]], 0, 0],
    ];
    const [issue] = explain(nodes, { use: "Z99" });
    const order = CFDI_USES.map((row) => row.code).filter((code) => ["S01", "G03", "CN01", "D01"].includes(code));
    expect(listed(issue?.message ?? "").map(([code]) => code)).toEqual(order);
    // A code the spec accepts beyond the catalogue comes last, without a name.
    expect(issue?.message).toMatch(/, "P01"$/);
  });

  it("is named by the field, not by its codes: an `exports` code is not a cancellation motive", () => {
    const nodes = [
      ["e", ["01", "02", "03", "04"]],
      [
        "o",
        [
          ["exports", 0],
          ["motive", 0],
        ],
        0,
        0,
      ],
    ];
    const issues = explain(nodes, { exports: "09", motive: "09" });
    expect(issues[0]).toEqual({ path: ["exports"], message: 'got "09"; must be one of "01", "02", "03", "04"' });
    expect(issues[1]?.message).toMatch(
      /^got "09"; must be one of "01" \(Comprobante emitido con errores con relación\)/,
    );
  });

  it("quotes the value given cut short: it is the caller's input, and may be long", () => {
    const nodes = [
      ["e", ["PUE", "PPD"]],
      ["o", [["payment_method", 0]], 0, 0],
    ];
    const [issue] = explain(nodes, { payment_method: `PUE ${"x".repeat(200)}` });
    expect(issue?.message).toMatch(/^got "PUE x+…; must be one of "PUE" \(Pago en una sola exhibición\), "PPD"/);
    expect(issue?.message.length).toBeLessThan(160);
  });

  it("an enum that is no SAT catalogue keeps the spec's order, without names", () => {
    const nodes = [
      ["e", ["day", "week", "month"]],
      ["o", [["periodicity", 0]], 0, 0],
    ];
    expect(explain(nodes, {})).toEqual([
      { path: ["periodicity"], message: 'required; must be one of "day", "week", "month"' },
    ]);
  });
});

describe("the message names the SDK method beside the operation", () => {
  it.each([
    ["invoices.income.create", (g: Gigstack) => g.invoices.income.create(undefined as never)],
    ["teams.series.create", (g: Gigstack) => g.teams.series.create("team_1", undefined as never)],
    // Bound by hand in client.ts rather than from the tree.
    ["clients.uploadCsf", (g: Gigstack) => g.clients.uploadCsf("not a file" as never)],
  ])("%s", async (name, call) => {
    const { client, sent } = gigstack();
    const error = await refusal(call(client));
    const id = error.operationId as string;
    expect(error.sdkMethod).toBe(name);
    expect(error.message.split("\n")[0]).toMatch(new RegExp(`^${name.replace(/\./g, "\\.")} \\(${id}\\): `));
    expect(sent).toEqual([]);
  });

  it("for every method of the tree that requires a body", async () => {
    const { client, sent } = gigstack();
    let checked = 0;
    for (const [id, where] of methodPathOf) {
      const op = operations[id as keyof typeof operations];
      if (!op.bodyRequired || op.body !== "json") continue;
      const args = [...op.pathParams.map(() => "id_1"), undefined];
      const error = await refusal(method(client, id)(...args) as Promise<unknown>);
      expect([error.operationId, error.sdkMethod]).toEqual([id, where.join(".")]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(sent).toEqual([]);
  });
});
