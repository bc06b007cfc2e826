// Response types carry what real code reads (issue 11 point 6, reference §3.17): a production
// integration reads client `fiscal_validation`, `is_valid`, `livemode` and `team` as an id or
// `{id}`; invoice `verification_url`; the validate-client answer's `fiscal_validation`; payment
// `invoices[]` as ids or objects, `client` and `team` as an id or an object. The types have
// them, and response validation accepts every shape the evidence shows.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { DataOf } from "../src/index.js";
import { responseIssues } from "../src/response-validation.js";

type Client = DataOf<"getClient">;
type Invoice = DataOf<"getIncomeInvoice">;
type Payment = DataOf<"getPayment">;
type Validation = DataOf<"validateClient">;

describe("the types", () => {
  it("have the fields, optional, as wide as the evidence", () => {
    expectTypeOf<Client["fiscal_validation"]>().toEqualTypeOf<
      ({ status?: string; message?: string } & { [key: string]: unknown }) | undefined
    >();
    expectTypeOf<Client["is_valid"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Client["livemode"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Client["team"]>().toEqualTypeOf<string | ({ id: string } & { [key: string]: unknown }) | undefined>();
    expectTypeOf<Invoice["verification_url"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Validation["fiscal_validation"]>().toEqualTypeOf<Client["fiscal_validation"]>();
    expectTypeOf<NonNullable<Payment["invoices"]>[number]>().toEqualTypeOf<
      string | ({ id?: string; uuid?: string } & { [key: string]: unknown })
    >();
    expectTypeOf<Payment["team"]>().toEqualTypeOf<Client["team"]>();
    expectTypeOf<Extract<Payment["client"], string>>().toEqualTypeOf<string>();
  });
});

describe("response validation accepts each shape", () => {
  const envelope = (data: unknown) => ({ message: "ok", data });
  it.each([
    ["getClient", { id: "client_1", team: "team_1", livemode: false, is_valid: true }],
    ["getClient", { id: "client_1", team: { id: "team_1" }, fiscal_validation: { status: "valid", message: "OK" } }],
    ["validateClient", { fiscal_validation: { status: "invalid", message: "RFC no registrado" } }],
    [
      "getIncomeInvoice",
      {
        uuid: "invoice_1",
        status: "valid",
        livemode: true,
        verification_url: "https://verificacfdi.facturaelectronica.sat.gob.mx/?id=1",
      },
    ],
    [
      "getPayment",
      { id: "payment_1", status: "succeeded", invoices: ["invoice_1"], client: "client_1", team: "team_1" },
    ],
    [
      "getPayment",
      {
        id: "payment_1",
        invoices: [{ id: "invoice_1", uuid: "5f0c3a1e-7b2d-4c8e-9a61-2d4f8b7e3c90" }],
        client: { id: "client_1" },
        team: { id: "team_1" },
      },
    ],
    ["registerPayment", { id: "payment_1", livemode: false, invoices: [{ id: "invoice_1" }], team: { id: "team_1" } }],
  ] as const)("%s %j", async (id, data) => {
    expect(responseIssues(id, envelope(data))).toEqual([]);
  });

  it("and still refuses a wrong type there", () => {
    expect(responseIssues("getClient", envelope({ id: "client_1", team: 7 })).map((i) => i.path.join("."))).toEqual([
      "data.team",
    ]);
    expect(responseIssues("getPayment", envelope({ id: "p", invoices: [3] })).length).toBeGreaterThan(0);
  });
});
