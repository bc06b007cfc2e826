// What the validation suites share: how a refusal is read, and the valid bodies they start from.
import { expect } from "vitest";
import { type BodyOf, GigstackValidationError, type ValidationIssue } from "../../src/index.js";
import { rejection } from "./sdk.js";

/** The issues of a call refused locally; fails the test if it was not a GigstackValidationError. */
export async function refusal(promise: PromiseLike<unknown>): Promise<ValidationIssue[]> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(GigstackValidationError);
  return (error as GigstackValidationError).issues;
}

/** A persona moral with a valid RFC, regime and CFDI use: passes the schema and the fiscal checks. */
export const moralClient = {
  email: "facturas@kemper.mx",
  legal_name: "ESCUELA KEMPER URGATE",
  tax_id: "EKU9003173C9",
  tax_system: "601",
  use: "G03",
  address: { zip: "42501", country: "Mexico" },
} satisfies BodyOf<"createClient">;

/** An income invoice that passes the schema and the fiscal checks. */
export const incomeInvoice = {
  client: { id: "client_8Zr2XwQk1pLm" },
  items: [{ quantity: 1, description: "Consultoría", unit_price: 1000, product_key: "80111600", unit_key: "E48" }],
  payment_form: "03",
  payment_method: "PUE",
  use: "G03",
  currency: "MXN",
} satisfies BodyOf<"createIncomeInvoice">;
