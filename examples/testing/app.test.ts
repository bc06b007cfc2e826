/**
 * The shop's test of app.ts against the gigstack mock of `gigstack-ts/testing`: Prism started
 * from the spec gigstack-ts was generated from. It answers with the spec's examples (not with
 * state: the invoice created is not the one fetched later) and checks every request the app
 * sends against the spec.
 *
 * Needs: npm i -D gigstack-ts vitest @stoplight/prism-cli@5.14.2
 */
import { GigstackApiError, NotFoundError } from "gigstack-ts";
// Types `gigstack.raw` (the spec-typed openapi-fetch client) for this file.
import "gigstack-ts/raw";
import { type MockServer, prefer, startMockServer } from "gigstack-ts/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { invoicePaidSale, type Sale } from "./app.js";

const sale: Sale = {
  orderId: "ORD-1042",
  customer: {
    rfc: "XIA190128J61",
    legalName: "XENON INDUSTRIAL ARTICLES",
    taxSystem: "601",
    email: "cuentasporpagar@xenon-industrial.mx",
    zip: "76343",
  },
  lines: [
    { description: "Desarrollo de software", quantity: 2, unitPrice: 5000, productKey: "81111500", unitKey: "E48" },
  ],
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer(); // Prism takes a few seconds to start: once per file
}, 60_000);
afterAll(() => mock.close());
beforeEach(() => {
  mock.requests.length = 0;
});

const apiCalls = () => mock.requests.filter((r) => r.target === "api").map((r) => `${r.method} ${r.url.split("?")[0]}`);

describe("invoicePaidSale", () => {
  it("stamps the invoice, keeps its PDF and registers the payment once, with requests the API accepts", async () => {
    const outcome = await invoicePaidSale(mock.client(), sale);

    expect(outcome.status).toBe("invoiced");
    if (outcome.status !== "invoiced") return;
    expect(new TextDecoder().decode(outcome.pdf.slice(0, 5))).toBe("%PDF-");
    expect(apiCalls()).toEqual([
      "POST /invoices/income",
      `GET /invoices/${outcome.uuid}/files`,
      "POST /payments/register",
    ]);
    // Prism's verdict on each request: the spec accepts it.
    for (const request of mock.requests) expect(request.violations, request.url).toEqual([]);
    const payment = mock.requests.find((r) => r.url.startsWith("/payments/register"));
    expect(payment?.body).toMatchObject({ idempotency_key: "payment-ORD-1042", automation_type: "none" });
    // The PDF came from the mock's file server, which never saw the API key.
    const download = mock.requests.find((r) => r.target === "file");
    expect(download?.headers.authorization).toBeUndefined();
  });

  it("flags the sale for review when the SAT refuses the customer's data, and registers no payment", async () => {
    // The app calls the SDK itself, so the answer is chosen on the mock: the spec's 422 example.
    mock.preferNext({ code: 422 }, { method: "POST", path: "/invoices/income" });

    const outcome = await invoicePaidSale(mock.client(), sale);

    expect(outcome).toEqual({ status: "needs-review", reason: expect.stringContaining("CFDI40147") });
    expect(apiCalls()).toEqual(["POST /invoices/income"]);
  });
});

describe("the mock", () => {
  it("answers with a typed error when asked for one", async () => {
    const gigstack = mock.client();
    await expect(gigstack.invoices.income.get("no-such-uuid", prefer({ code: 404 }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // 429 is retried by the SDK (and every retry gets a 429 too): no retries, to see it at once.
    const limited = await gigstack.clients.get("client_1", prefer({ code: 429 }, { maxRetries: 0 })).catch((e) => e);
    expect(limited).toBeInstanceOf(GigstackApiError);
    expect(limited.status).toBe(429);
  });

  it("reports a request that breaks the spec", async () => {
    const gigstack = mock.client();
    // The raw client (gigstack.raw) is typed by the spec's paths, so this only compiles with a
    // cast; at runtime the mock still checks it.
    const { response, error } = await gigstack.raw.POST("/invoices/income", {
      body: { items: [] } as never,
    });

    const [request] = mock.requests;
    expect(request?.accepted).toBe(false);
    expect(request?.violations.map((v) => v.message)).toContain("Request body must have required property 'client'");
    // Like the API, the mock answers an invalid request with a 400 that says what is wrong.
    expect(response.status).toBe(400);
    expect(error?.message).toContain("must have required property 'client'");
  });
});
