// The request schemas against the evidence, both ways (issue 11): a misspelt item field fails to
// compile and fails local validation on every operation that takes items; the schema and
// validateRfc agree on which RFCs have the right shape (either case); impossible values stay refused.
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { nodes, requestRules } from "../generated/request-rules.js";
import { validateRfc } from "../src/fiscal.js";
import { Gigstack } from "../src/index.js";
import { ruleIssues } from "../src/rules.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { refusal } from "./support/validation.js";

const baseUrl = inject("prismUrl");

function setup() {
  const log: Exchange[] = [];
  const gigstack = new Gigstack({ apiKey: "sk_test_evidence", baseUrl, fetch: recordingFetch(log) });
  return { gigstack, log };
}

/** Local verdict of the compiled rules on an operation's body (what the client checks). */
const bodyIssues = (id: string, body: unknown) => ruleIssues(nodes, requestRules[id]?.body as number, body);

const client = { id: "client_8Zr2XwQk1pLm" };

describe("a misspelt item field is refused", () => {
  // Compile time: each marked line is a type error (tsc -p . checks this file, and an unused
  // expect-error directive fails it). The item shapes are real, not unknown[].
  function compileChecks(g: Gigstack) {
    // @ts-expect-error unitPrice is not an item field (unit_price is)
    void g.invoices.income.create({ client, items: [{ unitPrice: 100 }] });
    // @ts-expect-error descripcion is not an item field
    void g.invoices.egress.create({ client, items: [{ descripcion: "x" }] });
    // @ts-expect-error drafts take the same items
    void g.invoices.drafts.create({ invoice_type: "I", items: [{ unitPrice: 100 }] });
    // @ts-expect-error so do batch entries
    void g.invoices.income.batch.create({ invoices: [{ idempotency_key: "k1", client, items: [{ unitPrice: 1 }] }] });
    void g.payments.register({
      client,
      // @ts-expect-error and payments
      items: [{ id: "service_1", unitPrice: 100 }],
      payment_form: "03",
      automation_type: "pue_invoice",
    });
  }
  void compileChecks;

  const typo = { unitPrice: 100 };
  const cases: [string, string, unknown][] = [
    ["invoices.income.create", "createIncomeInvoice", { client, items: [typo] }],
    ["invoices.egress.create", "createEgressInvoice", { client, items: [{ descripcion: "x" }] }],
    ["invoices.drafts.create", "createDraftInvoice", { invoice_type: "I", items: [typo] }],
    ["invoices.drafts.update", "updateDraftInvoice", { invoice_type: "I", items: [typo] }],
    [
      "invoices.income.batch.create",
      "createIncomeInvoiceBatch",
      { invoices: [{ idempotency_key: "k", client, items: [typo] }] },
    ],
    ["invoices.transfer.create", "createTransferInvoice", { client, items: [typo] }],
    [
      "payments.register",
      "registerPayment",
      { client, items: [{ id: "service_1", ...typo }], payment_form: "03", automation_type: "none" },
    ],
    ["payments.request", "requestPayment", { client, items: [typo], automation_type: "none" }],
    ["receipts.create", "createReceipt", { client, items: [typo] }],
  ];
  it.each(cases)("%s", (_method, id, body) => {
    const issues = bodyIssues(id, body);
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThan(0);
    expect(
      issues.every((i) =>
        i.path.join(".").startsWith(id === "createIncomeInvoiceBatch" ? "invoices.0.items.0" : "items.0"),
      ),
    ).toBe(true);
  });

  it("and the same items, spelt right, pass", () => {
    const item = { unit_price: 100, description: "Consultoría", product_key: "80111600", unit_key: "E48" };
    expect(bodyIssues("createIncomeInvoice", { client, items: [item] })).toEqual([]);
    expect(bodyIssues("createIncomeInvoice", { client, items: [{ id: "service_1" }] })).toEqual([]);
    expect(
      bodyIssues("registerPayment", {
        client,
        items: [{ id: "service_1" }],
        payment_form: "03",
        automation_type: "none",
      }),
    ).toEqual([]);
  });

  it("the client refuses the typo before sending", async () => {
    const { gigstack, log } = setup();
    const issues = await refusal(gigstack.invoices.income.create({ client, items: [typo] } as never));
    expect(issues[0]?.path.slice(0, 2)).toEqual(["items", 0]);
    expect(log).toHaveLength(0);
  });
});

describe("impossible values stay refused", () => {
  const item = { id: "service_1" };
  it.each([
    [
      "payment form 45",
      "registerPayment",
      { client, items: [item], payment_form: "45", automation_type: "none" },
      "payment_form",
    ],
    ["use Z99 on an invoice", "createIncomeInvoice", { client, items: [item], use: "Z99" }, "use"],
    ["use Z99 on a client", "createClient", { use: "Z99" }, "use"],
    ['quantity "abc"', "createIncomeInvoice", { client, items: [{ ...item, quantity: "abc" }] }, "items.0.quantity"],
    ["quantity 0", "createIncomeInvoice", { client, items: [{ ...item, quantity: 0 }] }, "items.0.quantity"],
    [
      "a negative tax rate",
      "createIncomeInvoice",
      { client, items: [{ ...item, taxes: [{ type: "IVA", rate: -0.16 }] }] },
      "items.0.taxes.0.rate",
    ],
    [
      "tax type VAT",
      "createIncomeInvoice",
      { client, items: [{ ...item, taxes: [{ type: "VAT", rate: 0.16 }] }] },
      "items.0.taxes.0.type",
    ],
    [
      "a 7-digit product key",
      "createIncomeInvoice",
      { client, items: [{ ...item, product_key: "8014150" }] },
      "items.0.product_key",
    ],
    ["an empty item", "createIncomeInvoice", { client, items: [{}] }, "items.0"],
    ["motive 05", "cancelInvoice", { motive: "05" }, "motive"],
    [
      "automation_type typo",
      "registerPayment",
      { client, items: [item], payment_form: "03", automation_type: "pue" },
      "automation_type",
    ],
  ] as const)("%s", (_name, id, body, path) => {
    expect(bodyIssues(id, body).map((i) => i.path.join("."))).toContain(path);
  });

  it("while what the evidence shows passes", () => {
    // IEPS: a Tasa above 1 (1.60) and a Cuota amount per unit; docs' lower-case `iva`.
    const taxes = [
      { type: "IEPS", rate: 1.6, factor: "Tasa" },
      { type: "IEPS", rate: 6.4555, factor: "Cuota" },
      { type: "iva", rate: 0.16, factor: "Tasa" },
    ];
    expect(bodyIssues("createIncomeInvoice", { client, items: [{ ...item, taxes }] })).toEqual([]);
    // folio_number 0 (docs show it on drafts; no source bounds the field).
    expect(bodyIssues("createDraftInvoice", { invoice_type: "I", folio_number: 0 })).toEqual([]);
    // gigstack's invoice uuids (invoice_… in docs examples) in related documents and cancellations.
    expect(
      bodyIssues("createEgressInvoice", {
        client,
        items: [item],
        related_documents: [{ relationship: "01", documents: ["invoice_7Hk2Lm9Qx4Rt"] }],
      }),
    ).toEqual([]);
    expect(bodyIssues("cancelInvoice", { motive: "01", substitution_uuid: "invoice_7Hk2Lm9Qx4Rt" })).toEqual([]);
    // A foreign address's postal code.
    expect(bodyIssues("createClient", { name: "Acme Inc", address: { zip: "94107-1234", country: "USA" } })).toEqual(
      [],
    );
  });
});

describe("RFC case: the schema and validateRfc agree", () => {
  // The schema's tax_id pattern (either case, no surrounding space) accepts exactly the strings
  // whose shape validateRfc accepts once it has upper-cased them (its date and check-digit
  // rules are fiscal checks, not the schema's).
  const schemaAccepts = (rfc: string) => bodyIssues("createClient", { tax_id: rfc }).length === 0;
  const shapeOk = (rfc: string) => {
    const r = validateRfc(rfc);
    return rfc === rfc.trim() && (r.valid || (r.reason !== "length" && r.reason !== "format"));
  };

  it.each(["EKU9003173C9", "eku9003173c9", "Eku9003173c9", "CACX7605101P8", "cacx7605101p8", "ñaña900101ab1"])(
    "%s passes both",
    (rfc) => {
      expect(schemaAccepts(rfc)).toBe(true);
      expect(shapeOk(rfc)).toBe(true);
    },
  );

  it("lower case is normalised by validateRfc, which returns the form to send", () => {
    expect(validateRfc("eku9003173c9")).toMatchObject({ valid: true, rfc: "EKU9003173C9", personType: "moral" });
  });

  it("on any string over the RFC alphabet", () => {
    const char = fc.constantFrom(..."ABCXYZabcxyzÑñ&0123456789 -".split(""));
    const rfc = fc.oneof(
      fc.array(char, { minLength: 10, maxLength: 14 }).map((cs) => cs.join("")),
      fc.constantFrom("EKU9003173C9", "CACX7605101P8").map((s) => s.toLowerCase()),
    );
    fc.assert(
      fc.property(rfc, (s) => schemaAccepts(s) === shapeOk(s)),
      { numRuns: 2000 },
    );
  });
});

describe("what the issue lists as refused-but-valid now passes local validation", () => {
  it.each([
    ["clients.create without email", "createClient", { name: "Sin correo", tax_id: "EKU9003173C9" }],
    ["users.create without email", "createUser", { first_name: "Ana" }],
    ["webhooks.create without events", "createWebhook", { url: "https://example.mx/hooks" }],
    ["use P01 on a client", "createClient", { use: "P01" }],
    ["use P01 on an invoice", "createIncomeInvoice", { client, items: [{ id: "service_1" }], use: "P01" }],
    [
      "use P01 on an inline client",
      "createIncomeInvoice",
      { client: { tax_id: "EKU9003173C9", use: "P01" }, items: [{ id: "service_1" }] },
    ],
    [
      "automation_type payment",
      "registerPayment",
      { client, items: [{ id: "service_1" }], payment_form: "03", automation_type: "payment" },
    ],
    [
      "automation_type payment_and_complement",
      "registerPayment",
      { client, items: [{ id: "service_1" }], payment_form: "03", automation_type: "payment_and_complement" },
    ],
    ["clients.update clearing with null", "updateClient", { phone: null, metadata: {} }],
    ["cancel with replacement", "cancelInvoice", { motive: "01", replacement: "invoice_7Hk2Lm9Qx4Rt" }],
    [
      "an item without quantity",
      "createIncomeInvoice",
      { client, items: [{ description: "x", unit_price: 1, product_key: "80141503", unit_key: "E48" }] },
    ],
    [
      "a service item without quantity",
      "requestPayment",
      { client, items: [{ id: "service_1" }], automation_type: "none" },
    ],
    ["a lower-case RFC", "createClient", { tax_id: "eku9003173c9" }],
    ["an e-mail zod's format refuses", "createClient", { email: "facturación@empresa.mx" }],
    ["receipts.stamp with an empty body", "stampReceipt", {}],
  ] as const)("%s", (_name, id, body) => {
    expect(bodyIssues(id, body)).toEqual([]);
  });

  it("receipts.stamp(id) and payments.refund(id) with no body at all are sent", async () => {
    const { gigstack, log } = setup();
    await gigstack.receipts.stamp("receipt_5Lq8TzWm3Nc");
    await gigstack.payments.refund("payment_9Xk2WqLm4Rt");
    expect(log.map((x) => `${x.method} ${x.url.pathname} ${x.violations}`)).toEqual([
      "POST /receipts/receipt_5Lq8TzWm3Nc/stamp null",
      "POST /payments/payment_9Xk2WqLm4Rt/refund null",
    ]);
  });
});
