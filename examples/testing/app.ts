/**
 * A tiny piece of a shop's backend, as a user of gigstack-ts writes it: when a sale is paid,
 * stamp its CFDI, keep the PDF for the customer's account page, and register the payment in
 * gigstack (once, whatever retries happen). Its test, app.test.ts, runs it against the mock of
 * `gigstack-ts/testing`: no API key, no account, no network.
 */
import { type Gigstack, isGigstackError } from "gigstack-ts";

export interface Sale {
  orderId: string;
  customer: { rfc: string; legalName: string; taxSystem: "601" | "612" | "626"; email: string; zip: string };
  lines: { description: string; quantity: number; unitPrice: number; productKey: string; unitKey: string }[];
}

export type SaleOutcome =
  | { status: "invoiced"; uuid: string; pdf: Uint8Array; paymentId: string }
  /** The SAT (through the PAC) refused the customer's data: someone must fix it; nothing was charged twice. */
  | { status: "needs-review"; reason: string };

export async function invoicePaidSale(gigstack: Gigstack, sale: Sale): Promise<SaleOutcome> {
  const items = sale.lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unit_price: line.unitPrice,
    product_key: line.productKey,
    unit_key: line.unitKey,
    taxes: [{ type: "IVA" as const, rate: 0.16, factor: "Tasa" as const, withholding: false }],
  }));

  let invoice: Awaited<ReturnType<Gigstack["invoices"]["income"]["create"]>>;
  try {
    invoice = await gigstack.invoices.income.create({
      client: {
        search: { on_key: "tax_id", on_value: sale.customer.rfc, auto_create: true },
        legal_name: sale.customer.legalName,
        tax_id: sale.customer.rfc,
        tax_system: sale.customer.taxSystem,
        email: sale.customer.email,
        address: { zip: sale.customer.zip, country: "Mexico" },
      },
      items,
      payment_form: "03", // transferencia
      payment_method: "PUE", // paid in one go
      use: "G03",
      currency: "MXN",
      metadata: { order_id: sale.orderId },
    });
  } catch (err) {
    // A stamping refusal (wrong regime, zip…) is the customer's data, not an outage: flag it.
    if (isGigstackError(err, "cfdi_service_error")) return { status: "needs-review", reason: err.message };
    throw err;
  }
  const uuid = invoice.uuid ?? invoice.id;
  if (!uuid) throw new Error(`order ${sale.orderId}: the invoice came back without its UUID`);
  const pdf = await gigstack.invoices.download(uuid, "pdf");

  // The invoice is already issued: the payment is recorded without issuing anything more, under
  // a key derived from the order so that a job that runs twice registers it once.
  const payment = await gigstack.payments.register({
    client: { search: { on_key: "tax_id", on_value: sale.customer.rfc } },
    items,
    payment_form: "03",
    automation_type: "none",
    currency: "MXN",
    metadata: { order_id: sale.orderId, invoice_uuid: uuid },
    idempotency_key: `payment-${sale.orderId}`,
  });
  return { status: "invoiced", uuid, pdf, paymentId: payment.id };
}
