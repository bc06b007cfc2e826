/**
 * A sale receipt the customer turns into an invoice themselves (autofactura): create it at the
 * till, hand over its link, and stamp it yourself if the customer never did.
 *
 * Run: GIGSTACK_API_KEY=<test key> npx tsx examples/receipt-self-invoice.ts
 */
import { pathToFileURL } from "node:url";
import { Gigstack } from "../src/index.js"; // in your code: from "gigstack-ts"

export async function main(gigstack: Gigstack) {
  const ticket = "000871";

  // 1. At the till. The ticket number is the idempotency key: if this call is repeated (a retry,
  //    a double click), gigstack returns the receipt it already made instead of a second one.
  const receipt = await gigstack.receipts.create({
    client: { id: "client_3Vd8PnQr5TmK" }, // or inline data, or omit for an anonymous customer
    items: [{ id: "service_2Wf5KpLm8QxD", quantity: 2, unit_price: 250 }], // a catalogue service
    payment_form: "01", // efectivo
    periodicity: "month", // how long the link stays valid
    idempotency_key: `ticket-${ticket}`,
    metadata: { store: "Sucursal Coyoacán", ticket },
  });
  console.log(`Receipt ${receipt.id} for ${receipt.total} ${receipt.currency}`);
  console.log(`Print this link (or a QR of it) on the ticket: ${receipt.url}`);

  // 2. Later: has the customer invoiced it? If not, and you need the CFDI now, stamp it yourself:
  //    to the receipt's client, or to público en general (unclaimed receipts otherwise go into the
  //    month-end global invoice on their own).
  const later = await gigstack.receipts.get(receipt.id);
  if (later.status === "pending") {
    const invoice = await gigstack.receipts.stamp(receipt.id, { stamp_to: "general_public_national" });
    console.log(`Not self-invoiced; stamped as ${invoice.series}-${invoice.folio_number} (${invoice.uuid})`);
    return { receipt, invoice };
  }
  console.log(`Receipt status: ${later.status}`);
  return { receipt, invoice: undefined };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(new Gigstack()).catch((err: unknown) => {
    console.error(String(err));
    process.exitCode = 1;
  });
}
