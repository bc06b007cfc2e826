// The escape hatches of local validation: `validateRequests` ("strict" | "warn" | "off", per
// client and per call, the call's winning) for the schema checks, and `skipFiscalChecks` (per
// client and per call) for the SAT checks. They exist because the spec is written without access
// to the live API, which changes faster than releases: a call the API accepts must never be
// blocked without a way around. A local server over a real socket records what was sent.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type BodyOf,
  type ClientOptions,
  Gigstack,
  GigstackConfigError,
  GigstackValidationError,
} from "../src/index.js";
import { incomeInvoice, moralClient } from "./support/validation.js";

let server: Server;
let baseUrl: string;
let received: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ method: req.method ?? "", url: req.url ?? "", body });
      const list = req.method === "GET" && !req.url?.startsWith("/v2/receipts/");
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ data: list ? [] : { id: "x_1" }, has_more: false }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

function setup(options: ClientOptions = {}) {
  const warnings: string[] = [];
  const gigstack = new Gigstack({
    apiKey: "sk_test_modes",
    baseUrl,
    logger: { warn: (m) => warnings.push(m) },
    ...options,
  });
  return { gigstack, warnings };
}

const client = moralClient;
/** A CFDI use no catalogue has: the schema refuses it; the fiscal checks leave unknown codes alone. */
const badUse = { ...client, use: "Z99" } as unknown as BodyOf<"createClient">;

const invoice = incomeInvoice;
/** Schema-valid, but PPD with a payment form other than 99: only the fiscal checks refuse it. */
const ppdWithTransfer = {
  ...invoice,
  payment_method: "PPD",
  payment_form: "03",
} satisfies BodyOf<"createIncomeInvoice">;

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("validateRequests", () => {
  it("is strict by default: refused locally, nothing sent, the method and how to get past it named", async () => {
    const { gigstack, warnings } = setup();
    const error = await rejection(gigstack.clients.create(badUse));
    expect(error).toBeInstanceOf(GigstackValidationError);
    expect(error).toMatchObject({ operationId: "createClient", sdkMethod: "clients.create" });
    expect((error as Error).message).toMatch(/^clients\.create \(createClient\): invalid request, nothing was sent/);
    expect((error as Error).message).toContain('validateRequests: "warn" or "off"');
    expect(received).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('"warn" sends the request and logs once per operation, naming the method and the field', async () => {
    const { gigstack, warnings } = setup({ validateRequests: "warn" });
    await gigstack.clients.create(badUse);
    await gigstack.clients.create({ ...badUse, name: "otra vez" } as never);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^clients\.create \(createClient\): the request does not match the spec; sent anyway/);
    expect(warnings[0]).toContain('use: got "Z99"');
    // Another operation gets its own warning.
    await gigstack.clients.update("client_1", { use: "Z99" } as never);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^clients\.update \(updateClient\)/);
    expect(received.map((r) => [r.method, JSON.parse(r.body).use])).toEqual([
      ["POST", "Z99"],
      ["POST", "Z99"],
      ["PUT", "Z99"],
    ]);
  });

  it('"warn" reports once per client: another client warns again', async () => {
    const first = setup({ validateRequests: "warn" });
    const second = setup({ validateRequests: "warn" });
    await first.gigstack.clients.create(badUse);
    await second.gigstack.clients.create(badUse);
    expect([first.warnings.length, second.warnings.length]).toEqual([1, 1]);
  });

  it('"off" sends a body the schema refuses, as given, and says nothing', async () => {
    const { gigstack, warnings } = setup({ validateRequests: "off" });
    const body = { ...badUse, tax_system: 601, surprise: { nested: true } } as never;
    await gigstack.clients.create(body);
    // A query the schema refuses too (limit above 100).
    await gigstack.clients.list({ limit: 500 });
    expect(received.map((r) => r.body)).toEqual([JSON.stringify(body), ""]);
    expect(received[1]?.url).toContain("limit=500");
    expect(warnings).toEqual([]);
  });

  it("the call's mode wins over the client's, both ways", async () => {
    const strict = setup();
    await strict.gigstack.clients.create(badUse, { validateRequests: "off" });
    await strict.gigstack.clients.create(badUse, { validateRequests: "warn" });
    expect(received).toHaveLength(2);
    expect(strict.warnings).toHaveLength(1);

    const off = setup({ validateRequests: "off" });
    const error = await rejection(off.gigstack.clients.create(badUse, { validateRequests: "strict" }));
    expect(error).toBeInstanceOf(GigstackValidationError);
    expect(received).toHaveLength(2);
  });

  it("an unknown mode is a configuration error, per client and per call", async () => {
    expect(() => setup({ validateRequests: "lenient" as never })).toThrow(GigstackConfigError);
    const { gigstack } = setup();
    const error = await rejection(gigstack.clients.create(client, { validateRequests: "lenient" as never }));
    expect(error).toBeInstanceOf(GigstackConfigError);
    expect(received).toEqual([]);
  });

  it("leaves calls without a body or query unchecked, in every mode", async () => {
    for (const validateRequests of ["strict", "warn", "off"] as const) {
      await setup({ validateRequests }).gigstack.receipts.get("rec_1");
    }
    expect(received.map((r) => r.url)).toEqual(["/v2/receipts/rec_1", "/v2/receipts/rec_1", "/v2/receipts/rec_1"]);
  });
});

describe("skipFiscalChecks", () => {
  it("runs by default, and refuses what the SAT would reject, naming the switch", async () => {
    const { gigstack } = setup();
    const error = await rejection(gigstack.invoices.income.create(ppdWithTransfer));
    expect(error).toBeInstanceOf(GigstackValidationError);
    expect((error as GigstackValidationError).issues).toContainEqual(
      expect.objectContaining({ path: ["payment_form"], rule: "ppd-payment-form" }),
    );
    expect((error as Error).message).toMatch(/^invoices\.income\.create \(createIncomeInvoice\): .*skipFiscalChecks/);
    expect(received).toEqual([]);
  });

  it("is a layer of its own: validateRequests off does not turn it off", async () => {
    const { gigstack } = setup({ validateRequests: "off" });
    expect(await rejection(gigstack.invoices.income.create(ppdWithTransfer))).toBeInstanceOf(GigstackValidationError);
    expect(received).toEqual([]);
  });

  it("can be switched off for the whole client, and a call can switch it back on", async () => {
    const { gigstack } = setup({ skipFiscalChecks: true });
    await gigstack.invoices.income.create(ppdWithTransfer);
    expect(received).toHaveLength(1);
    const error = await rejection(gigstack.invoices.income.create(ppdWithTransfer, { skipFiscalChecks: false }));
    expect(error).toBeInstanceOf(GigstackValidationError);
    expect(received).toHaveLength(1);
  });

  it('must be a boolean: a "false" string (truthy) is refused, not read as "skip"', async () => {
    expect(() => setup({ skipFiscalChecks: "false" as never })).toThrow(GigstackConfigError);
    const { gigstack } = setup();
    const error = await rejection(
      gigstack.invoices.income.create(ppdWithTransfer, { skipFiscalChecks: "false" as never }),
    );
    expect(error).toBeInstanceOf(GigstackConfigError);
    expect(received).toEqual([]);
  });

  it("can be switched off per call", async () => {
    const { gigstack } = setup();
    await gigstack.invoices.income.create(ppdWithTransfer, { skipFiscalChecks: true });
    expect(JSON.parse(received[0]?.body ?? "{}")).toMatchObject({ payment_method: "PPD", payment_form: "03" });
  });

  it("a client scoped with withTeam() keeps the client's modes", async () => {
    const { gigstack, warnings } = setup({ skipFiscalChecks: true, validateRequests: "warn" });
    const scoped = gigstack.withTeam("team_a");
    await scoped.invoices.income.create(ppdWithTransfer);
    await scoped.clients.create(badUse);
    expect(received).toHaveLength(2);
    expect(warnings).toHaveLength(1);
  });
});
