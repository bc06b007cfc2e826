// Bad input is refused before any request leaves: schema checks from the spec, SAT rules from
// src/fiscal.ts, path and team checks, and the client's configuration.
import { describe, expect, inject, it } from "vitest";
import { type BodyOf, Gigstack, GigstackConfigError, type ValidationIssue } from "../src/index.js";
import { type Exchange, recordingFetch } from "./support/recorder.js";
import { incomeInvoice, moralClient, refusal } from "./support/validation.js";

const baseUrl = inject("prismUrl");

function setup(extra: Record<string, unknown> = {}) {
  const log: Exchange[] = [];
  const gigstack = new Gigstack({ apiKey: "sk_test_local", baseUrl, fetch: recordingFetch(log), ...extra });
  return { gigstack, log };
}

const invoice = incomeInvoice;

describe("SAT rules refuse impossible CFDI data, naming the field and the rule", () => {
  const cases: [string, (g: Gigstack) => Promise<unknown>, Partial<ValidationIssue>][] = [
    [
      "a física-only regime on a 12-character RFC",
      (g) => g.clients.create({ ...moralClient, tax_system: "612" }),
      { path: ["tax_system"], rule: "regime-rfc-type" },
    ],
    [
      "a CFDI use the receiver's regime may not use",
      (g) => g.clients.create({ ...moralClient, tax_id: "CACX7605101P8", tax_system: "605", use: "G01" }),
      { path: ["use"], rule: "cfdi-use-regime" },
    ],
    [
      "an RFC whose check digit is wrong",
      (g) => g.clients.update("client_8Zr2XwQk1pLm", { tax_id: "EKU9003173C8" }),
      { path: ["tax_id"], rule: "rfc-check-digit" },
    ],
    [
      "PPD with a payment form other than 99",
      (g) => g.invoices.income.create({ ...invoice, payment_method: "PPD", payment_form: "03" }),
      { path: ["payment_form"], rule: "ppd-payment-form" },
    ],
    [
      "a foreign currency without exchange rate",
      (g) => g.invoices.income.create({ ...invoice, currency: "USD" }),
      { path: ["exchange_rate"], rule: "exchange-rate-required" },
    ],
    [
      "an inline receiver whose use does not fit its regime",
      (g) =>
        g.invoices.egress.create({
          ...invoice,
          client: { tax_id: "EKU9003173C9", tax_system: "601", legal_name: "ESCUELA KEMPER URGATE" },
          use: "D01",
        }),
      { path: ["use"], rule: "cfdi-use-rfc-type" },
    ],
    [
      "cancelling with motive 01 and no substitute",
      (g) => g.invoices.cancel("5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90", { motive: "01" }),
      { path: ["substitution_uuid"], rule: "substitution-uuid-required" },
    ],
  ];

  it.each(cases)("%s", async (_name, call, expected) => {
    const { gigstack, log } = setup();
    const issues = await refusal(call(gigstack));
    expect(issues).toContainEqual(expect.objectContaining(expected));
    expect(log).toHaveLength(0);
  });

  it("can be switched off per call, and the API then decides", async () => {
    const { gigstack, log } = setup();
    const body = { ...invoice, payment_method: "PPD", payment_form: "03" } satisfies BodyOf<"createIncomeInvoice">;
    await gigstack.invoices.income.create(body, { skipFiscalChecks: true });
    expect(log).toHaveLength(1);
    expect(log[0]?.violations).toBeNull();
  });

  it("lets valid fiscal data through", async () => {
    const { gigstack, log } = setup();
    await gigstack.clients.create(moralClient);
    await gigstack.invoices.income.create({ ...invoice, payment_method: "PPD", payment_form: "99" });
    expect(log.map((x) => x.violations)).toEqual([null, null]);
  });
});

describe("the spec's schemas refuse malformed input", () => {
  it("names every failing field, and sends nothing", async () => {
    const { gigstack, log } = setup();
    // (`email` is optional and has no format: gigstack's CLI creates clients without one, and no
    // source gives an e-mail format; see the spec's x-evidence.)
    const issues = await refusal(
      gigstack.clients.create({ name: "Sin correo", tax_system: "609", use: "Z99", bcc: [42] } as never),
    );
    const paths = issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["tax_system", "use", "bcc.0"]));
    // Readable, specific messages (zod/mini's own are all "Invalid input").
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]));
    // The code given, then the catalogue's codes in its order, each with its SAT name.
    expect(byPath.tax_system).toMatch(/^got "609"; must be one of "601" \(General de Ley Personas Morales\), "603"/);
    // The catalogue plus P01 (CfdiUseInput) is still one closed list: Z99 is refused, P01 listed last.
    expect(byPath.use).toMatch(/^got "Z99"; must be one of "G01" \(.*"P01"$/);
    expect(byPath["bcc.0"]).toBe("expected string, got number");
    expect(log).toHaveLength(0);
  });

  it("checks query parameters too", async () => {
    const { gigstack, log } = setup();
    const issues = await refusal(gigstack.clients.list({ limit: 500 }));
    expect(issues[0]).toMatchObject({ path: ["query", "limit"], message: "must be at most 100" });
    expect(log).toHaveLength(0);
  });

  it("requires a body where the operation needs one", async () => {
    const { gigstack, log } = setup();
    await refusal(gigstack.invoices.cancel("5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90", undefined as never));
    expect(log).toHaveLength(0);
  });

  it("checks upload parts: files must be bytes", async () => {
    const { gigstack, log } = setup();
    const issues = await refusal(gigstack.clients.uploadCsf("not a file" as never));
    expect(issues).toContainEqual(expect.objectContaining({ path: ["file"] }));
    expect(log).toHaveLength(0);
  });

  it.each(["", ".", ".."])("refuses the path id %j (it would change the path)", async (id) => {
    const { gigstack, log } = setup();
    await refusal(gigstack.clients.get(id));
    expect(log).toHaveLength(0);
  });
});

describe("Connect team conflicts are refused", () => {
  it("a query team that contradicts the scoped team", async () => {
    const { gigstack, log } = setup();
    const call = gigstack.withTeam("team_a").clients.list({ team: "team_b" });
    await expect(Promise.resolve(call)).rejects.toBeInstanceOf(GigstackConfigError);
    expect(log).toHaveLength(0);
  });

  it("a query team that agrees is fine, and one without a scope is used", async () => {
    const { gigstack, log } = setup();
    await gigstack.withTeam("team_a").clients.list({ team: "team_a" });
    await gigstack.clients.list({ team: "team_c" });
    expect(log.map((x) => x.url.searchParams.getAll("team"))).toEqual([["team_a"], ["team_c"]]);
  });

  it("an empty team is a configuration error", () => {
    const { gigstack } = setup();
    expect(() => gigstack.withTeam("")).toThrow(GigstackConfigError);
  });
});

describe("payment registration always carries an idempotency key", () => {
  const payment = {
    client: { id: "client_8Zr2XwQk1pLm" },
    items: [{ id: "service_4Hq9TkLm2Wx", quantity: 1 }],
    payment_form: "03",
    automation_type: "pue_invoice",
    currency: "MXN",
  } satisfies BodyOf<"registerPayment">;

  it("generates a UUID v4 when the caller gives none", async () => {
    const { gigstack, log } = setup();
    await gigstack.payments.register(payment);
    await gigstack.payments.register(payment);
    const keys = log.map((x) => JSON.parse(x.requestBody).idempotency_key);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(log.map((x) => x.violations)).toEqual([null, null]);
  });

  it("keeps the caller's key", async () => {
    const { gigstack, log } = setup();
    await gigstack.payments.register({ ...payment, idempotency_key: "order-2291" });
    expect(JSON.parse(log[0]?.requestBody ?? "{}").idempotency_key).toBe("order-2291");
  });
});

describe("configuration is checked before any request", () => {
  it.each([
    [{ apiKey: "" }, /No API key/],
    [{ baseUrl: "http://api.gigstack.io/v2" }, /https/],
    [{ baseUrl: "not a url" }, /not a URL/],
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ maxRetries: -1 }, /maxRetries/],
    [{ validateRequests: "sometimes" }, /validateRequests must be "off", "warn" or "strict"/],
    [{ validateResponses: "sometimes" }, /validateResponses must be/],
    // Renamed before the first release: a JavaScript caller still passing it is told, not ignored.
    [{ validate: "strict" }, /validate was renamed validateResponses/],
  ])("%j", (options, message) => {
    expect(() => new Gigstack({ apiKey: "k", ...options } as never)).toThrow(message);
    expect(() => new Gigstack({ apiKey: "k", ...options } as never)).toThrow(GigstackConfigError);
  });

  it.each(["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])("allows plain http to %s", (url) => {
    expect(new Gigstack({ apiKey: "k", baseUrl: url })).toBeInstanceOf(Gigstack);
  });
});

describe("values that cannot travel are refused, not thrown raw", () => {
  it("an id or query value with an unpaired surrogate", async () => {
    const { gigstack, log } = setup();
    expect((await refusal(gigstack.clients.get("client_\uD800")))[0]?.message).toMatch(/surrogate/);
    expect((await refusal(gigstack.clients.list({ next: "c\uDFFF" })))[0]?.path).toEqual(["query", "next"]);
    expect(log).toHaveLength(0);
  });

  it("a body JSON cannot carry (a BigInt, a cycle)", async () => {
    const { gigstack, log } = setup();
    const cyclic: Record<string, unknown> = { ...moralClient, metadata: {} };
    (cyclic.metadata as Record<string, unknown>).self = cyclic;
    await refusal(gigstack.clients.create({ ...moralClient, metadata: { n: 10n } } as never));
    await refusal(gigstack.clients.create(cyclic as never));
    expect(log).toHaveLength(0);
  });
});

describe("JSON Schema keywords the zod plugin drops are enforced anyway", () => {
  it("minProperties: an update with nothing to update", async () => {
    const { gigstack, log } = setup();
    const issues = await refusal(gigstack.payments.update("payment_4Hq9TzLm2VbX", {}));
    expect(issues[0]?.message).toBe("needs at least 1 field");
    expect(log).toHaveLength(0);
  });

  it("additionalProperties: false: an item field the API rejects", async () => {
    const { gigstack, log } = setup();
    await refusal(
      gigstack.payments.update("payment_4Hq9TzLm2VbX", {
        items: [{ id: "item_1", description: "Consultoría", unit_price: 5 } as never],
      }),
    );
    expect(log).toHaveLength(0);
  });

  it("oneOf: a client named both by id and by e-mail, a file given both as XML and as base64", async () => {
    const { gigstack, log } = setup();
    await refusal(gigstack.clients.portalToken({ id: "client_8Zr2XwQk1pLm", email: "a@b.mx" } as never));
    await refusal(
      gigstack.invoices.import({ files: [{ filename: "a.xml", xml: "<cfdi/>", content: "PGNmZGkvPg==" } as never] }),
    );
    expect(log).toHaveLength(0);
    await gigstack.clients.portalToken({ email: "facturas@kemper.mx" });
    expect(log.map((x) => x.violations)).toEqual([null]);
  });
});
