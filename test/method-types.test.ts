// The methods' explicit signatures (generated/methods.ts) against the types computed from the
// operation table (src/types.ts), what an editor shows for them, and the named types in use.
// The compile-time parts are checked by `npm run typecheck` (this file is in tsconfig.json).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { GigstackResources } from "../generated/methods.js";
import { operations } from "../generated/operations.js";
import type {
  ClientListItem,
  ClientListQuery,
  Gigstack,
  Invoice,
  InvoiceIncomeCreateParams,
  InvoiceIncomeCreateResult,
  PaymentRegisterParams,
  PaymentRegisterResult,
  Schemas,
} from "../src/index.js";
import type { resources } from "../src/resources.js";
import type { BodyOf, DataOf, ItemOf, Method, OperationId, QueryOf } from "../src/types.js";
import { editor } from "./support/editor.js";

/** Exact type equality (optional vs required, parameter types, unions and literals all count). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The operationIds (or group names) of the tree whose generated member is missing or differs. */
type Differing<T, G> = {
  [K in keyof T]: K extends keyof G
    ? T[K] extends OperationId
      ? Equal<G[K], Method<T[K]>> extends true
        ? never
        : T[K]
      : Differing<T[K], G[K]>
    : K;
}[keyof T];
/** Members of the generated interfaces that the tree does not have. */
type Extra<T, G> = {
  [K in keyof G]: K extends keyof T ? (T[K] extends OperationId ? never : Extra<T[K], G[K]>) : K;
}[keyof G];

describe("generated method signatures", () => {
  it("exist for every method of resources.ts and equal the computed Method<K>", () => {
    expectTypeOf<Differing<typeof resources, GigstackResources>>().toEqualTypeOf<never>();
    expectTypeOf<Extra<typeof resources, GigstackResources>>().toEqualTypeOf<never>();
    // The comparison can fail: an optional argument made required, a body of another operation.
    expectTypeOf<Equal<(a?: string) => void, (a: string) => void>>().toEqualTypeOf<false>();
    expectTypeOf<
      Equal<(body: BodyOf<"createClient">) => void, (body: BodyOf<"createService">) => void>
    >().toEqualTypeOf<false>();
  });

  it("are what the client's methods are typed by", () => {
    expectTypeOf<Gigstack["payments"]>().toEqualTypeOf<GigstackResources["payments"]>();
    expectTypeOf<Gigstack["invoices"]["income"]>().toEqualTypeOf<GigstackResources["invoices"]["income"]>();
    expectTypeOf<Gigstack["clients"]["list"]>().toEqualTypeOf<Method<"listClients">>();
  });

  it("name each body, query, result and list element after the method", () => {
    expectTypeOf<InvoiceIncomeCreateParams>().toEqualTypeOf<BodyOf<"createIncomeInvoice">>();
    expectTypeOf<InvoiceIncomeCreateResult>().toEqualTypeOf<DataOf<"createIncomeInvoice">>();
    expectTypeOf<PaymentRegisterParams>().toEqualTypeOf<BodyOf<"registerPayment">>();
    expectTypeOf<PaymentRegisterResult>().toEqualTypeOf<DataOf<"registerPayment">>();
    expectTypeOf<ClientListQuery>().toEqualTypeOf<QueryOf<"listClients">>();
    expectTypeOf<ClientListItem>().toEqualTypeOf<ItemOf<"listClients">>();
    expectTypeOf<Invoice>().toEqualTypeOf<Schemas["Invoice"]>();
  });

  it("let a body be built in a typed variable first (issue 14)", () => {
    // Never run: the point is that it compiles, and that a wrong SAT code does not.
    async function invoiceASale(gigstack: Gigstack): Promise<string | undefined> {
      const body: InvoiceIncomeCreateParams = {
        client: { id: "client_8Zr2XwQk1pLm" },
        items: [{ id: "service_6Tb1MxRq9WcZ", quantity: 1 }],
        payment_form: "03",
        use: "G03",
      };
      const invoice: InvoiceIncomeCreateResult = await gigstack.invoices.income.create(body);
      // @ts-expect-error payment_form is a SAT c_FormaPago code: "3" is not one
      const typo: InvoiceIncomeCreateParams = { ...body, payment_form: "3" };
      return invoice.uuid ?? typo.series;
    }
    expect(typeof invoiceASale).toBe("function");
  });
});

describe("what an editor shows (TypeScript language service)", () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const probe = `import type { Gigstack } from "../src/index.js";
declare const gigstack: Gigstack;
gigstack.payments.register({} as never);
gigstack.teams.members.update("team_1", "member_1", {});
`;
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json cannot be read");
  const probed = editor(`${root}test/hover-probe.ts`, probe, config.options, root);

  it("a method's hover shows its named parameters, its route and its docs page", () => {
    const hover = probed.hover("register");
    expect(hover.signature).toContain(
      "register(body: PaymentRegisterParams, options?: RequestOptions): Promise<PaymentRegisterResult>",
    );
    expect(hover.signature).not.toContain("Method<");
    expect(hover.documentation).toContain("POST /payments/register");
    expect(hover.see.join(" ")).toContain("https://docs.gigstack.io/register-payment-20352682e0");
  }, 60_000);

  it("signature help names path parameters as the spec does", () => {
    const help = probed.signatureHelp(`"member_1"`);
    expect(help.parameters).toEqual([
      "id: string",
      "memberId: string",
      "body: TeamMemberUpdateParams",
      "options?: RequestOptions",
    ]);
    expect(help.argumentIndex).toBe(1);
  }, 60_000);
});

describe("docs pages (scripts/docs-pages.json)", () => {
  const pages = JSON.parse(readFileSync(new URL("../scripts/docs-pages.json", import.meta.url), "utf8")) as {
    pages: Record<string, string>;
  };
  it("name operations of the spec only", () => {
    const unknown = Object.keys(pages.pages).filter((id) => !(id in operations));
    expect(unknown).toEqual([]);
    expect(Object.keys(pages.pages).length).toBeGreaterThan(0);
  });
});
